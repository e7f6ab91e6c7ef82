import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';

export type TopicEventKind = 'UPDATED' | 'ASSIGNMENT_CHANGED' | 'CLAIM_CHANGED' | 'COMMENT_ADDED';
export type ResourceEventKind = 'UPDATED' | 'REPUBLISHED' | 'REQUEST_CHANGED';

/** Payloads of the live events; with Redis they travel between server copies. */
export interface EventPayloads {
  /** What changed rides along: the assignment (its own change or a claim's on it) or the new comment, when there is one. */
  TOPIC_CHANGED: { topicId: string; kind: TopicEventKind; assignmentId?: string; commentId?: string };
  NOTIFICATION_ADDED: { userId: string; notificationId: string };
  OPEN_ASSIGNMENTS_CHANGED: { assignmentId: string };
  RESOURCE_CHANGED: { resourceId: string; kind: ResourceEventKind };
  /** Anything about one event changed: its details, itinerary, state, registrations, check-ins. */
  EVENT_CHANGED: { eventId: string };
  /** Sessions just ended (sign-out, password change, deactivation): every server copy closes their sockets. */
  SESSION_REVOKED: { sessionIds: string[] };
}
export type EventName = keyof EventPayloads;
export type AppEvent = { [K in EventName]: { name: K; payload: EventPayloads[K] } }[EventName];

type ChannelMap = { [K in EventName]: [EventPayloads[K]] };
export type AppPubSub = PubSub<ChannelMap>;

/** In-process without Redis; through Redis channels with it (two connections: one publishes, one listens). */
/** In one process: every open subscription listens on the same target, so Node's leak warning at 10 is lifted. */
function inProcessEventTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}

export function createAppPubSub(redis: { publish: Redis; subscribe: Redis } | null): AppPubSub {
  return createPubSub<ChannelMap>({
    eventTarget: redis ? createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }) : inProcessEventTarget(),
  });
}

export function publishAll(pubSub: AppPubSub, events: readonly AppEvent[]): void {
  for (const event of events) (pubSub.publish as (name: EventName, payload: unknown) => void)(event.name, event.payload);
}
