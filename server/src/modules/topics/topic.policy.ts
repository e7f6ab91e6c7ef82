import { canMoveTopic, CLAIMABLE_TOPIC_STATES, type TopicState } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import type { CoSponsorStatus } from './topic.entity';

export const TOPIC_ACTIONS = ['EDIT', 'PROPOSE', 'APPROVE', 'REJECT', 'START', 'COMPLETE', 'CANCEL', 'JOIN', 'INVITE', 'ADD_ASSIGNMENT', 'COMMENT'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

/** What a policy needs to know about a topic. */
export interface TopicFacts {
  state: TopicState;
  proposerMemberId: string;
  /** The viewer's member's place on the topic, if any. */
  viewerMemberStatus: CoSponsorStatus | null;
}

const isNewsroomEditor = (viewer: Viewer) => viewer.role === 'EDITOR' || viewer.role === 'CHIEF_EDITOR';
const isProposerEditor = (viewer: Viewer, topic: TopicFacts) => isNewsroomEditor(viewer) && viewer.memberId === topic.proposerMemberId;
const TERMINAL: readonly TopicState[] = ['REJECTED', 'COMPLETED', 'CANCELLED'];

export const topicPolicy = {
  canCreate: (viewer: Viewer) => isNewsroomEditor(viewer),

  /** Drafts stay inside the proposing newsroom; everything else is alliance-wide. */
  canRead: (viewer: Viewer, topic: TopicFacts) =>
    topic.state !== 'DRAFT' || viewer.memberId === topic.proposerMemberId,

  /** Editors of the proposing member and of joined co-sponsors run the topic's work. */
  isTopicEditor: (viewer: Viewer, topic: TopicFacts) =>
    isNewsroomEditor(viewer) && (viewer.memberId === topic.proposerMemberId || topic.viewerMemberStatus === 'JOINED'),

  /** May see claims and review submissions: the topic's editors and the secretariat. */
  canReview: (viewer: Viewer, topic: TopicFacts) => viewer.role === 'SECRETARIAT' || topicPolicy.isTopicEditor(viewer, topic),

  actions(viewer: Viewer, topic: TopicFacts): TopicAction[] {
    const actions: TopicAction[] = [];
    const proposer = isProposerEditor(viewer, topic);
    const secretariat = viewer.role === 'SECRETARIAT';
    const add = (action: TopicAction, allowed: boolean) => allowed && actions.push(action);
    add('EDIT', proposer && (topic.state === 'DRAFT' || topic.state === 'PROPOSED'));
    add('PROPOSE', proposer && canMoveTopic(topic.state, 'PROPOSED'));
    add('APPROVE', secretariat && canMoveTopic(topic.state, 'APPROVED'));
    add('REJECT', secretariat && canMoveTopic(topic.state, 'REJECTED'));
    add('START', topicPolicy.isTopicEditor(viewer, topic) && canMoveTopic(topic.state, 'IN_PROGRESS'));
    add('COMPLETE', proposer && canMoveTopic(topic.state, 'COMPLETED'));
    add('CANCEL', (proposer || secretariat) && canMoveTopic(topic.state, 'CANCELLED'));
    add(
      'JOIN',
      isNewsroomEditor(viewer) && viewer.memberId !== topic.proposerMemberId && topic.viewerMemberStatus !== 'JOINED' && topic.state !== 'DRAFT' && !TERMINAL.includes(topic.state),
    );
    add('INVITE', proposer && !TERMINAL.includes(topic.state));
    add('ADD_ASSIGNMENT', topicPolicy.isTopicEditor(viewer, topic) && CLAIMABLE_TOPIC_STATES.includes(topic.state));
    add('COMMENT', topicPolicy.canRead(viewer, topic));
    return actions;
  },
};
