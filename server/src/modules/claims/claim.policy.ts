import { claimActionsFor, isNewsroomEditor, mayTakeClaimAction, type ClaimAction, type ClaimState, type WorkOwners } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { topicPolicy, type TopicFacts } from '../topics/topic.policy';

/** What a policy needs to know about a claim. */
export interface ClaimFacts {
  state: ClaimState;
  reporterId: string;
  work: WorkOwners;
  topic: TopicFacts;
}

export const claimPolicy = {
  /** Reporters of any member claim work. */
  canClaim: (viewer: Viewer) => viewer.role === 'REPORTER',

  /** Editors and chief editors have a review queue (the secretariat's is empty: it reviews no work); reporters have none. */
  hasReviewQueue: (viewer: Viewer) => viewer.role !== 'REPORTER',

  /** Reviews work at all (which work: `mayReviewWork` in @yah/shared): newsroom editors, not the secretariat or reporters. */
  reviewsWork: (viewer: Viewer) => isNewsroomEditor(viewer.role),

  /** A claim is its reporter's to release and submit. */
  isOwnClaim: (viewer: Viewer, reporterId: string) => viewer.userId === reporterId,

  /** The reporter, the topic's editors and the secretariat read a claim. */
  canRead: (viewer: Viewer, claim: Pick<ClaimFacts, 'reporterId' | 'topic'>) =>
    claimPolicy.isOwnClaim(viewer, claim.reporterId) || topicPolicy.canSeeClaims(viewer, claim.topic),

  /** Whose the action is (the state is checked by the state machine): FORBIDDEN when this is false. */
  mayTake: (viewer: Viewer, claim: Pick<ClaimFacts, 'reporterId' | 'work'>, action: ClaimAction) => mayTakeClaimAction(viewer, claim, claim.work, action),

  /** The shared rule (`claimActionsFor` in @yah/shared): own work for the reporter, review for the work's owners. */
  actions: (viewer: Viewer, claim: ClaimFacts): ClaimAction[] => claimActionsFor(viewer, claim, claim.work),
};
