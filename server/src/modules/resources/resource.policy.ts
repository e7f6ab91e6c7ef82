import { isNewsroomEditor, type ResourceAction, type ResourceArea, type ResourceStatus } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { topicPolicy, type TopicFacts } from '../topics/topic.policy';

/** What the policies need to know about a resource. */
export interface ResourceFacts {
  area: ResourceArea;
  status: ResourceStatus;
  ownerMemberId: string;
  embargoUntil: Date | null;
  body: string;
}

/** An active library piece with a body: something another outlet can run. */
const isRunnable = (resource: Pick<ResourceFacts, 'area' | 'status' | 'body'>) => resource.area === 'CONTENT' && resource.status === 'ACTIVE' && resource.body !== '';

const isOwnMember = (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId'>) => viewer.memberId === resource.ownerMemberId;

export const resourcePolicy = {
  /** Editors and chief editors of member newsrooms offer resources, in their own member's name. */
  mayShare: (viewer: Viewer) => isNewsroomEditor(viewer.role) && !viewer.memberIsSecretariat,

  /** What is on offer is read by every member; a withdrawn resource only by its own member. */
  mayRead: (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId' | 'status'>) => resource.status === 'ACTIVE' || isOwnMember(viewer, resource),

  /**
   * An accepted claim goes into the library, in the reporter's member's name, offered by an editor of the topic's
   * editing members or of the reporter's own member.
   */
  mayOfferClaim: (viewer: Viewer, claim: { topic: TopicFacts; reporterMemberId: string }) =>
    resourcePolicy.mayShare(viewer) && (topicPolicy.isTopicEditor(viewer, claim.topic) || viewer.memberId === claim.reporterMemberId),

  /**
   * Recording where a piece ran: an editor who may republish it, for their own member; the secretariat for any
   * member newsroom but the piece's own, once the piece may run.
   */
  mayRecordRepublication(viewer: Viewer, resource: ResourceFacts, memberId: string, now: Date = new Date()): boolean {
    if (viewer.role === 'SECRETARIAT') {
      return isRunnable(resource) && memberId !== resource.ownerMemberId && this.maySeeContent(viewer, resource, now);
    }
    return memberId === viewer.memberId && this.mayRepublish(viewer, resource, now);
  },

  /** The owning member's editors change or withdraw what it offers. */
  mayChange: (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId'>) => isOwnMember(viewer, resource) && isNewsroomEditor(viewer.role),

  /**
   * Body, media, byline, original link and package: the owner's member always; everyone else while it is on offer
   * and once the embargo has lifted (a withdrawn piece is not read elsewhere, whichever way it is reached).
   */
  maySeeContent(viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId' | 'embargoUntil' | 'status'>, now: Date = new Date()): boolean {
    if (isOwnMember(viewer, resource)) return true;
    return resource.status === 'ACTIVE' && (!resource.embargoUntil || resource.embargoUntil.getTime() <= now.getTime());
  },

  /** Editors and chief editors of other member newsrooms ask for what is on offer (the secretariat shares nothing, so it asks for nothing). */
  mayRequest: (viewer: Viewer, resource: Pick<ResourceFacts, 'ownerMemberId' | 'status'>) =>
    resource.status === 'ACTIVE' && !isOwnMember(viewer, resource) && resourcePolicy.mayShare(viewer),

  /** Editors of other member newsrooms republish a library piece whose content they may see. */
  mayRepublish(viewer: Viewer, resource: ResourceFacts, now: Date = new Date()): boolean {
    return (
      isRunnable(resource) &&
      !isOwnMember(viewer, resource) &&
      isNewsroomEditor(viewer.role) &&
      !viewer.memberIsSecretariat &&
      this.maySeeContent(viewer, resource, now)
    );
  },

  /** `ownerSuspended`: the sharing member is suspended, and takes no requests until it is reactivated. */
  actions(viewer: Viewer, resource: ResourceFacts, { now = new Date(), ownerSuspended = false }: { now?: Date; ownerSuspended?: boolean } = {}): ResourceAction[] {
    const actions: ResourceAction[] = [];
    if (resource.status === 'ACTIVE' && this.mayChange(viewer, resource)) actions.push('EDIT', 'WITHDRAW');
    if (!ownerSuspended && this.mayRequest(viewer, resource)) actions.push('REQUEST');
    if (this.mayRepublish(viewer, resource, now)) actions.push('REPUBLISH');
    if (resource.area === 'CONTENT' && resource.body !== '' && this.maySeeContent(viewer, resource, now)) actions.push('COPY_PACKAGE');
    return actions;
  },
};
