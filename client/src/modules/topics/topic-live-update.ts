import { isReference, type ApolloCache, type Reference } from '@apollo/client';

/** The parts of a live topic event the cache update reads (the subscription's result, as written to the cache). */
export interface TopicLiveEvent {
  topicId: string;
  kind: string;
  assignment?: { __typename?: 'Assignment'; id: string } | null;
  comment?: { __typename?: 'Comment'; id: string } | null;
}

interface StoredConnection {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  nodes: readonly Reference[];
}

/**
 * Puts a live topic event into the Apollo cache. The subscription's result has already been written (normalized): the
 * topic, and the changed assignment with the viewer's own fields, update every view of them by themselves. What is left
 * is list membership: a new assignment joins the topic's board, a new comment the end of its thread (when the thread's
 * last page is loaded; otherwise only the count grows). Answers the queries that still need fetching: none when the
 * payload said everything, else the names to refetch (a kind this client does not know, or a payload without its part).
 */
export function applyTopicEvent(cache: ApolloCache, event: TopicLiveEvent): string[] {
  const topic = cache.identify({ __typename: 'Topic', id: event.topicId });
  switch (event.kind) {
    case 'UPDATED':
      return [];
    case 'ASSIGNMENT_CHANGED':
    case 'CLAIM_CHANGED': {
      const assignment = event.assignment;
      if (!assignment || !topic) return ['TopicPage', 'AssignmentClaims'];
      const ref = cache.identify({ __typename: 'Assignment', id: assignment.id });
      cache.modify<{ assignments: readonly Reference[] }>({
        id: topic,
        fields: {
          assignments: (existing, { toReference }) => {
            if (!ref || existing.some((item) => item.__ref === ref)) return existing;
            const added = toReference(ref);
            return added ? [...existing, added] : existing;
          },
        },
      });
      // Who claimed is listed to the topic's editors only, in an expandable list of its own: refresh it if open.
      return event.kind === 'CLAIM_CHANGED' ? ['AssignmentClaims'] : [];
    }
    case 'COMMENT_ADDED': {
      const comment = event.comment;
      const ref = comment ? cache.identify({ __typename: 'Comment', id: comment.id }) : undefined;
      if (!ref || !topic) return ['TopicComments'];
      cache.modify<{ comments: StoredConnection }>({
        id: topic,
        fields: {
          comments: (existing, { toReference }) => {
            if (isReference(existing) || existing.nodes.some((node) => node.__ref === ref)) return existing;
            const added = toReference(ref);
            if (existing.pageInfo.hasNextPage || !added) return { ...existing, totalCount: existing.totalCount + 1 };
            return { ...existing, totalCount: existing.totalCount + 1, nodes: [...existing.nodes, added] };
          },
        },
      });
      return [];
    }
    default:
      return ['TopicPage', 'TopicComments', 'AssignmentClaims'];
  }
}
