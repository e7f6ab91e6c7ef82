import { Field, ID, ObjectType } from 'type-graphql';
import type { EventPayloads } from '../../common/events';
import type { Emit } from '../../common/transaction';
import { EventType } from './event.type';

export type EventChangePayload = EventPayloads['EVENT_CHANGED'];

/** Tells `eventChanged(eventId)` subscribers, once the caller's transaction commits, that something about the event changed. */
export function emitEventChanged(emit: Emit, eventId: string): void {
  emit({ name: 'EVENT_CHANGED', payload: { eventId } });
}

@ObjectType('EventChange', { description: 'Something about one event changed: details, itinerary, state, registrations or check-ins' })
export class EventChangeType {
  @Field(() => ID)
  eventId: string;

  @Field(() => EventType, { nullable: true, description: 'the event as it is now; null when the viewer may no longer read it' })
  event?: EventType | null;
}
