import { CLAIMABLE_TOPIC_STATES, mayReviewWork, type AssignmentAction, type AssignmentStatus } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { claimPolicy } from '../claims/claim.policy';
import { topicPolicy, type TopicFacts } from '../topics/topic.policy';

/** What a policy needs to know about an assignment. */
export interface AssignmentFacts {
  status: AssignmentStatus;
  slots: number;
  claimedCount: number;
  dueAt: Date;
  /** The member of the editor who created the assignment. */
  assignmentMemberId: string;
  topic: TopicFacts;
  /** Whether the viewer holds a slot on it already. */
  viewerHoldsSlot: boolean;
}

export const assignmentPolicy = {
  /** Add assignments to a topic: editors of the proposing member and of joined co-sponsors, while the topic runs. */
  canCreateOn: (viewer: Viewer, topic: TopicFacts) => topicPolicy.isTopicEditor(viewer, topic),

  /** Edit or cancel it, and decide over the work on it: editors of the assignment's member and of the proposer. */
  canManage: (viewer: Viewer, facts: Pick<AssignmentFacts, 'assignmentMemberId' | 'topic'>) =>
    mayReviewWork(viewer, { proposerMemberId: facts.topic.proposerMemberId, assignmentMemberId: facts.assignmentMemberId }),

  /** A slot is claimable: a reporter without one, on an open, not yet due, not full assignment of an approved or running topic. */
  canClaim: (viewer: Viewer, facts: AssignmentFacts, now = new Date()) =>
    claimPolicy.canClaim(viewer) &&
    !facts.viewerHoldsSlot &&
    facts.status === 'OPEN' &&
    facts.claimedCount < facts.slots &&
    facts.dueAt > now &&
    CLAIMABLE_TOPIC_STATES.includes(facts.topic.state),

  actions(viewer: Viewer, facts: AssignmentFacts): AssignmentAction[] {
    const actions: AssignmentAction[] = [];
    const manages = facts.status === 'OPEN' && assignmentPolicy.canManage(viewer, facts);
    if (assignmentPolicy.canClaim(viewer, facts)) actions.push('CLAIM');
    if (manages) actions.push('EDIT', 'CANCEL');
    if (topicPolicy.canSeeClaims(viewer, facts.topic)) actions.push('SEE_CLAIMS');
    return actions;
  },
};
