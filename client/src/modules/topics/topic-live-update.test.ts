import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '@/app/apollo-client';
import { applyTopicEvent, type TopicLiveEvent } from './topic-live-update';

const TOPIC = 't-1';

/** The slice of the topic page and its comment thread these tests look at. */
const PAGE = gql`
  query Page($id: ID!) {
    topic(id: $id) {
      id
      assignments {
        id
        openSlots
        myClaim {
          id
        }
      }
      comments(first: 20) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          body
        }
      }
    }
  }
`;

/** What the subscription writes to the cache before the page's handler runs. */
const EVENT = gql`
  subscription Event {
    topicChanged {
      topicId
      kind
      assignment {
        id
        openSlots
        myClaim {
          id
        }
      }
      comment {
        id
        body
      }
    }
  }
`;

interface Page {
  topic: {
    id: string;
    assignments: { id: string; openSlots: number; myClaim: { id: string } | null }[];
    comments: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { id: string; body: string }[] };
  };
}

function cacheWithPage(hasNextPage = false) {
  const cache = createCache();
  cache.writeQuery({
    query: PAGE,
    variables: { id: TOPIC },
    data: {
      topic: {
        __typename: 'Topic',
        id: TOPIC,
        assignments: [{ __typename: 'Assignment', id: 'a-1', openSlots: 2, myClaim: null }],
        comments: {
          __typename: 'CommentConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage },
          nodes: [{ __typename: 'Comment', id: 'c-1', body: '第一条' }],
        },
      },
    },
  });
  return cache;
}

/** Writes the event as the subscription does, then lets the page's handler add it to the lists. */
function deliver(cache: ReturnType<typeof createCache>, topicChanged: { kind: string; assignment?: Record<string, unknown>; comment?: Record<string, unknown> }) {
  const event = { __typename: 'TopicEvent', topicId: TOPIC, assignment: null, comment: null, ...topicChanged };
  cache.writeQuery({ query: EVENT, data: { topicChanged: event } });
  const live: TopicLiveEvent = {
    topicId: TOPIC,
    kind: event.kind,
    assignment: event.assignment ? { id: String(event.assignment.id) } : null,
    comment: event.comment ? { id: String(event.comment.id) } : null,
  };
  return applyTopicEvent(cache, live);
}

const page = (cache: ReturnType<typeof createCache>) => cache.readQuery<Page>({ query: PAGE, variables: { id: TOPIC } })?.topic;

describe('applyTopicEvent: live topic events update the cache instead of refetching the page', () => {
  it('a claim updates the assignment in place, with the viewer’s own claim, and refetches nothing of the page', () => {
    const cache = cacheWithPage();
    const refetch = deliver(cache, { kind: 'CLAIM_CHANGED', assignment: { __typename: 'Assignment', id: 'a-1', openSlots: 1, myClaim: { __typename: 'Claim', id: 'k-1' } } });
    expect(page(cache)?.assignments).toEqual([{ __typename: 'Assignment', id: 'a-1', openSlots: 1, myClaim: { __typename: 'Claim', id: 'k-1' } }]);
    expect(refetch).toEqual(['AssignmentClaims']);
  });

  it('a new assignment joins the board once', () => {
    const cache = cacheWithPage();
    const added = { __typename: 'Assignment', id: 'a-2', openSlots: 3, myClaim: null };
    expect(deliver(cache, { kind: 'ASSIGNMENT_CHANGED', assignment: added })).toEqual([]);
    deliver(cache, { kind: 'ASSIGNMENT_CHANGED', assignment: { ...added, openSlots: 2 } });
    expect(page(cache)?.assignments.map((a) => [a.id, a.openSlots])).toEqual([
      ['a-1', 2],
      ['a-2', 2],
    ]);
  });

  it('a new comment is appended to a thread whose last page is loaded, and counted', () => {
    const cache = cacheWithPage();
    expect(deliver(cache, { kind: 'COMMENT_ADDED', comment: { __typename: 'Comment', id: 'c-2', body: '明早八点码头集合' } })).toEqual([]);
    deliver(cache, { kind: 'COMMENT_ADDED', comment: { __typename: 'Comment', id: 'c-2', body: '明早八点码头集合' } });
    expect(page(cache)?.comments.nodes.map((c) => c.body)).toEqual(['第一条', '明早八点码头集合']);
    expect(page(cache)?.comments.totalCount).toBe(2);
  });

  it('a new comment beyond the loaded pages only grows the count (it comes with the next page)', () => {
    const cache = cacheWithPage(true);
    deliver(cache, { kind: 'COMMENT_ADDED', comment: { __typename: 'Comment', id: 'c-9', body: '后来的' } });
    expect(page(cache)?.comments.nodes.map((c) => c.id)).toEqual(['c-1']);
    expect(page(cache)?.comments.totalCount).toBe(2);
  });

  it('refetches when the payload cannot say: an unknown kind, or a change without its part', () => {
    const cache = cacheWithPage();
    expect(deliver(cache, { kind: 'SOMETHING_NEW' })).toEqual(['TopicPage', 'TopicComments', 'AssignmentClaims']);
    expect(deliver(cache, { kind: 'COMMENT_ADDED' })).toEqual(['TopicComments']);
    expect(deliver(cache, { kind: 'CLAIM_CHANGED' })).toEqual(['TopicPage', 'AssignmentClaims']);
    expect(deliver(cache, { kind: 'UPDATED' })).toEqual([]);
  });
});
