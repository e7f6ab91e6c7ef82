import { assignmentProgress, CLAIMABLE_TOPIC_STATES, MANAGEABLE_ASSIGNMENT_STAGES, mayReviewWork, type AssignmentAction, type AssignmentStatus } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { claimPolicy } from '../claims/claim.policy';
import { publicationPolicy } from '../claims/publication.policy';
import { topicPolicy, type TopicFacts } from '../topics/topic.policy';

/** What a policy needs to know about an assignment. */
export interface AssignmentFacts {
  status: AssignmentStatus;
  slots: number;
  claimedCount: number;
  /** Slots holding accepted work. */
  acceptedCount: number;
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

  /** Offer a free slot to a named reporter: the editors who manage it, while a slot is free and it takes claims. */
  canOffer: (viewer: Viewer, facts: AssignmentFacts, now = new Date()) =>
    assignmentPolicy.canManage(viewer, facts) &&
    facts.status === 'OPEN' &&
    facts.claimedCount < facts.slots &&
    facts.dueAt > now &&
    CLAIMABLE_TOPIC_STATES.includes(facts.topic.state),
  /** Edit or cancel it now: its owners, while it is neither cancelled nor done (every slot accepted). */
  canChange: (viewer: Viewer, facts: Pick<AssignmentFacts, 'status' | 'slots' | 'claimedCount' | 'acceptedCount' | 'assignmentMemberId' | 'topic'>) =>
    MANAGEABLE_ASSIGNMENT_STAGES.includes(assignmentProgress(facts).stage) && assignmentPolicy.canManage(viewer, facts),

  actions(viewer: Viewer, facts: AssignmentFacts): AssignmentAction[] {
    const actions: AssignmentAction[] = [];
    const manages = assignmentPolicy.canChange(viewer, facts);
    if (assignmentPolicy.canClaim(viewer, facts)) actions.push('CLAIM');
    if (manages) actions.push('EDIT', 'CANCEL');
    if (assignmentPolicy.canOffer(viewer, facts)) actions.push('OFFER');
    if (topicPolicy.canSeeClaims(viewer, facts.topic)) actions.push('SEE_CLAIMS');
    if (publicationPolicy.canRecord(viewer, facts.topic)) actions.push('RECORD_PUBLICATION');
    return actions;
  },
};
