import { isNewsroomEditor, type ResourceAction, type ResourceArea, type ResourceStatus } from '@yah/shared';
import type { Viewer } from '../../common/viewer';

/** What the policies need to know about a resource. */
export interface ResourceFacts {
  area: ResourceArea;
  status: ResourceStatus;
  ownerMemberId: string;
  embargoUntil: Date | null;
  body: string;
}

const isOwnMember = (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId'>) => viewer.memberId === resource.ownerMemberId;

export const resourcePolicy = {
  /** Editors and chief editors of member newsrooms offer resources, in their own member's name. */
  mayShare: (viewer: Viewer) => isNewsroomEditor(viewer.role) && !viewer.memberIsSecretariat,

  /** The owning member's editors change or withdraw what it offers. */
  mayChange: (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId'>) => isOwnMember(viewer, resource) && isNewsroomEditor(viewer.role),

  /** Body, media, byline, original link and package: the owner's member always; everyone else once the embargo has lifted. */
  maySeeContent(viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId' | 'embargoUntil'>, now: Date = new Date()): boolean {
    return isOwnMember(viewer, resource) || !resource.embargoUntil || resource.embargoUntil.getTime() <= now.getTime();
  },

  /** Editors and chief editors of other members, and the secretariat, ask for what is on offer. */
  mayRequest: (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId' | 'status'>) =>
    resource.status === 'ACTIVE' && !isOwnMember(viewer, resource) && (isNewsroomEditor(viewer.role) || viewer.role === 'SECRETARIAT'),

  /** Editors of other member newsrooms republish a library piece whose content they may see. */
  mayRepublish(viewer: Viewer, resource: ResourceFacts, now: Date = new Date()): boolean {
    return (
      resource.area === 'CONTENT' &&
      resource.status === 'ACTIVE' &&
      resource.body !== '' &&
      !isOwnMember(viewer, resource) &&
      isNewsroomEditor(viewer.role) &&
      !viewer.memberIsSecretariat &&
      this.maySeeContent(viewer, resource, now)
    );
  },

  actions(viewer: Viewer, resource: ResourceFacts, now: Date = new Date()): ResourceAction[] {
    const actions: ResourceAction[] = [];
    if (resource.status === 'ACTIVE' && this.mayChange(viewer, resource)) actions.push('EDIT', 'WITHDRAW');
    if (this.mayRequest(viewer, resource)) actions.push('REQUEST');
    if (this.mayRepublish(viewer, resource, now)) actions.push('REPUBLISH');
    if (resource.area === 'CONTENT' && resource.body !== '' && this.maySeeContent(viewer, resource, now)) actions.push('COPY_PACKAGE');
    return actions;
  },
};
