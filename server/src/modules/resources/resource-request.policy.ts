import {
  canMoveResourceRequest,
  isNewsroomEditor,
  RESOURCE_REQUEST_ACTION_TARGETS,
  RESOURCE_REQUEST_ACTIONS,
  type ResourceRequestAction,
  type ResourceRequestState,
  type Role,
} from '@yah/shared';
import type { Viewer } from '../../common/viewer';

/** What the policies need to know about a request. */
export interface ResourceRequestFacts {
  state: ResourceRequestState;
  ownerMemberId: string;
  requesterMemberId: string;
  requestedById: string;
}

/** Who decides for a member: its chief editor, or an editor the chief editor delegated (`users.decides_resource_requests`). */
export const decidesForOwnMember = (role: Role, delegated: boolean) => role === 'CHIEF_EDITOR' || (role === 'EDITOR' && delegated);

export const resourceRequestPolicy = {
  /** The two members of a request (and the secretariat, which watches the exchange) read it. */
  mayRead: (viewer: Viewer, request: Pick<ResourceRequestFacts, 'ownerMemberId' | 'requesterMemberId'>) =>
    viewer.memberId === request.ownerMemberId || viewer.memberId === request.requesterMemberId || viewer.role === 'SECRETARIAT',

  /** A side of it: who sees it in a notification or on a resource. */
  isSide: (viewer: Viewer, request: Pick<ResourceRequestFacts, 'ownerMemberId' | 'requesterMemberId'>) =>
    viewer.memberId === request.ownerMemberId || viewer.memberId === request.requesterMemberId,

  /** Approve, decline and fulfil: the owning member's chief editor, or an editor of it they delegated. */
  mayDecide: (viewer: Viewer, viewerDecides: boolean, request: Pick<ResourceRequestFacts, 'ownerMemberId'>) =>
    viewer.memberId === request.ownerMemberId && decidesForOwnMember(viewer.role, viewerDecides),

  /** Cancel: whoever asked, and the requesting member's editors and chief editor (the secretariat for its own requests). */
  mayCancel: (viewer: Viewer, request: Pick<ResourceRequestFacts, 'requesterMemberId' | 'requestedById'>) =>
    viewer.userId === request.requestedById ||
    (viewer.memberId === request.requesterMemberId && (isNewsroomEditor(viewer.role) || viewer.role === 'SECRETARIAT')),

  /** Whose the action is, regardless of the state (FORBIDDEN when false). */
  mayTake(viewer: Viewer, viewerDecides: boolean, request: ResourceRequestFacts, action: ResourceRequestAction): boolean {
    return action === 'CANCEL' ? this.mayCancel(viewer, request) : this.mayDecide(viewer, viewerDecides, request);
  },

  /** What the viewer may do with it now: their right and the state's allowed moves. */
  actions(viewer: Viewer, viewerDecides: boolean, request: ResourceRequestFacts): ResourceRequestAction[] {
    return RESOURCE_REQUEST_ACTIONS.filter(
      (action) => canMoveResourceRequest(request.state, RESOURCE_REQUEST_ACTION_TARGETS[action]) && this.mayTake(viewer, viewerDecides, request, action),
    );
  },

  /** Whose accounts a delegation may name: the viewer's own member's (the secretariat's answers name anyone's); others are not found. */
  maySeeAccountForDelegation: (viewer: Viewer, target: { memberId: string }) => viewer.role === 'SECRETARIAT' || target.memberId === viewer.memberId,

  /** A chief editor delegates deciding to an active editor of their own member, and takes it back from anyone of it. */
  mayDelegate: (viewer: Viewer, target: { memberId: string; role: Role; active: boolean }, delegated: boolean) =>
    viewer.role === 'CHIEF_EDITOR' && target.memberId === viewer.memberId && (!delegated || (target.role === 'EDITOR' && target.active)),
};
