import {
  canMoveTopic,
  CLAIMABLE_TOPIC_STATES,
  EDITABLE_TOPIC_STATES,
  isNewsroomEditor,
  isNewsroomMember,
  joinRefusal,
  mayAddWork,
  TERMINAL_TOPIC_STATES,
  TOPIC_ACTION_TARGETS,
  type AllianceRole,
  type CoSponsorStatus,
  type TopicAction,
  type TopicState,
} from '@yah/shared';
import type { Viewer } from '../../common/viewer';

export { TOPIC_ACTIONS, type TopicAction } from '@yah/shared';

/** What a policy needs to know about a topic. */
export interface TopicFacts {
  state: TopicState;
  proposerMemberId: string;
  /** Null until first proposed: never-proposed topics (drafts, and drafts cancelled) stay inside their member. */
  proposedAt: Date | null;
  /** The viewer's member's place on the topic, if any. */
  viewerMemberStatus: CoSponsorStatus | null;
}

/** The facts of a topic row and the viewer's member's place on it. */
export const topicFacts = (topic: Pick<TopicFacts, 'state' | 'proposerMemberId' | 'proposedAt'>, viewerMemberStatus: TopicFacts['viewerMemberStatus']): TopicFacts => ({
  state: topic.state,
  proposerMemberId: topic.proposerMemberId,
  proposedAt: topic.proposedAt,
  viewerMemberStatus,
});

const isProposerEditor = (viewer: Viewer, topic: Pick<TopicFacts, 'proposerMemberId'>) => isNewsroomEditor(viewer.role) && viewer.memberId === topic.proposerMemberId;

export const topicPolicy = {
  canCreate: (viewer: Viewer) => isNewsroomEditor(viewer.role),

  /** What was never proposed (a draft, or a draft cancelled) stays inside the proposing member; the rest is alliance-wide. */
  canRead: (viewer: Viewer, topic: Pick<TopicFacts, 'proposedAt' | 'proposerMemberId'>) => topic.proposedAt !== null || viewer.memberId === topic.proposerMemberId,

  /** Editors of the proposing member and of joined co-sponsors run the topic's work (add assignments, start it). */
  isTopicEditor: (viewer: Viewer, topic: TopicFacts) => mayAddWork(viewer, topic),

  /** May see every claim on the topic's assignments: the topic's editors and the secretariat (which oversees, not reviews). */
  canSeeClaims: (viewer: Viewer, topic: TopicFacts) => viewer.role === 'SECRETARIAT' || topicPolicy.isTopicEditor(viewer, topic),

  /** Who can be invited to co-sponsor: another active member newsroom, not the secretariat unit. */
  isInvitable: (member: { id: string; status: string; allianceRole: AllianceRole }, topic: Pick<TopicFacts, 'proposerMemberId'>) =>
    member.status === 'ACTIVE' && member.id !== topic.proposerMemberId && isNewsroomMember(member),

  actions(viewer: Viewer, topic: TopicFacts): TopicAction[] {
    const actions: TopicAction[] = [];
    const proposer = isProposerEditor(viewer, topic);
    const secretariat = viewer.role === 'SECRETARIAT';
    const add = (action: TopicAction, allowed: boolean) => allowed && actions.push(action);
    const moves = (action: keyof typeof TOPIC_ACTION_TARGETS) => canMoveTopic(topic.state, TOPIC_ACTION_TARGETS[action]);
    add('EDIT', proposer && EDITABLE_TOPIC_STATES.includes(topic.state));
    add('PROPOSE', proposer && moves('PROPOSE'));
    add('APPROVE', secretariat && moves('APPROVE'));
    add('REJECT', secretariat && moves('REJECT'));
    add('START', topicPolicy.isTopicEditor(viewer, topic) && moves('START'));
    add('COMPLETE', proposer && moves('COMPLETE'));
    add('CANCEL', (proposer || secretariat) && moves('CANCEL'));
    add('JOIN', joinRefusal(viewer, topic) === null);
    add('INVITE', proposer && !TERMINAL_TOPIC_STATES.includes(topic.state));
    add('ADD_ASSIGNMENT', topicPolicy.isTopicEditor(viewer, topic) && CLAIMABLE_TOPIC_STATES.includes(topic.state));
    add('COMMENT', topicPolicy.canRead(viewer, topic));
    return actions;
  },
};
