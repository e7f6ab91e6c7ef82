import { claimActionsFor, isNewsroomEditor, mayReviewWork, mayTakeClaimAction, type ClaimAction, type ClaimState, type Role, type WorkOwners } from '@yah/shared';
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
  /** Offer the assignment's slots to named reporters: the editors who manage the assignment (`mayReviewWork`). */
  canOffer: (viewer: Viewer, work: WorkOwners) => mayReviewWork(viewer, work),

  /** An offer goes to an active reporter (of an active member) of any member. */
  mayReceiveOffer: (reporter: { role: Role; active: boolean }) => reporter.role === 'REPORTER' && reporter.active,

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
