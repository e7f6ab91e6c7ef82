import { canMoveTopic, EDITABLE_TOPIC_STATES, isTopicMove, TOPIC_ACTION_TARGETS, type TopicState } from '@yah/shared';
import type { TopicAction } from '@/__generated__/graphql';

/** Order of the buttons in the topic header: the forward move first, cancelling last. */
const ACTION_ORDER: readonly TopicAction[] = [
  'PROPOSE',
  'APPROVE',
  'START',
  'COMPLETE',
  'JOIN',
  'INVITE',
  'EDIT',
  'REJECT',
  'CANCEL',
  'ADD_ASSIGNMENT',
  'COMMENT',
];

/**
 * What the client offers: the server's `viewerActions` (who may), narrowed to the moves the shared state
 * machine allows from the current state (so a stale list never offers an impossible move).
 */
export function offeredTopicActions(state: TopicState, viewerActions: readonly TopicAction[]): TopicAction[] {
  const granted = new Set(viewerActions);
  return ACTION_ORDER.filter((action) => {
    if (!granted.has(action)) return false;
    if (isTopicMove(action)) return canMoveTopic(state, TOPIC_ACTION_TARGETS[action]);
    if (action === 'EDIT') return EDITABLE_TOPIC_STATES.includes(state);
    return true;
  });
}

export const TOPIC_STATE_COLORS: Readonly<Record<TopicState, string>> = {
  DRAFT: 'default',
  PROPOSED: 'gold',
  APPROVED: 'blue',
  REJECTED: 'red',
  IN_PROGRESS: 'processing',
  COMPLETED: 'green',
  CANCELLED: 'default',
};
