import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CHECK_IN_METHODS,
  EVENT_ACTIONS,
  EVENT_KINDS,
  EVENT_PHASES,
  EVENT_STATUSES,
  PARTICIPANT_STATUSES,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATUSES,
  type CheckInMethod,
  type EventKind,
  type EventStatus,
  type ParticipantStatus,
  type RegistrationStatus,
} from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';

export const EventKindEnum = enumOf(EVENT_KINDS);
export const EventStatusEnum = enumOf(EVENT_STATUSES);
export const EventPhaseEnum = enumOf(EVENT_PHASES);
export const RegistrationStatusEnum = enumOf(REGISTRATION_STATUSES);
export const ParticipantStatusEnum = enumOf(PARTICIPANT_STATUSES);
export const CheckInMethodEnum = enumOf(CHECK_IN_METHODS);
export const EventActionEnum = enumOf(EVENT_ACTIONS);
export const RegistrationActionEnum = enumOf(REGISTRATION_ACTIONS);
export const EVENT_WHEN = ['UPCOMING', 'PAST', 'ALL'] as const;
export type EventWhen = (typeof EVENT_WHEN)[number];
export const EventWhenEnum = enumOf(EVENT_WHEN);

registerEnumType(EventKindEnum, { name: 'EventKind', description: 'A joint reporting trip (联合采访), a conference or a training' });
registerEnumType(EventStatusEnum, { name: 'EventStatus', description: 'DRAFT → PUBLISHED (members invited) → CANCELLED' });
registerEnumType(EventPhaseEnum, { name: 'EventPhase', description: 'Where the event stands today in alliance time (derived from status, dates and deadline)' });
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus', description: 'PENDING until the host confirms; WITHDRAWN by the member' });
registerEnumType(ParticipantStatusEnum, { name: 'ParticipantStatus', description: 'PLACED holds a place; WAITLISTED waits in order for a freed one' });
registerEnumType(CheckInMethodEnum, { name: 'CheckInMethod', description: "Ticked on the host's list, or by scanning the participant's personal QR code" });
registerEnumType(EventActionEnum, { name: 'EventAction', description: 'What the viewer may do with an event' });
registerEnumType(RegistrationActionEnum, { name: 'RegistrationAction', description: 'What the viewer may do with a registration' });
registerEnumType(EventWhenEnum, { name: 'EventWhen', description: 'UPCOMING: not yet over (soonest first); PAST: over (latest first)' });

/**
 * A joint reporting trip, conference or training (e.g. 百家党媒看荆州). Relations, the derived phase, counts, the
 * viewer's registration and pass, attendance and the report are field resolvers.
 */
@ObjectType('Event')
export class EventType {
  @Field(() => ID)
  id: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD, first calendar day in alliance time' })
  startsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD, last calendar day in alliance time (included)' })
  endsOn: string;

  @Field(() => String)
  place: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String)
  description: string;

  @Field(() => Int, { description: 'places in total' })
  capacity: number;

  @Field(() => Int, { description: 'the most one member may hold, placed and waiting' })
  placesPerMember: number;

  @Field(() => Int, { description: 'PLACED participants' })
  placesTaken: number;

  @Field(() => Date)
  registrationClosesAt: Date;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field(() => Boolean)
  invitesAllMembers: boolean;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('EventConnection')
export class EventConnection extends Connection(EventType) {}

@ObjectType('EventStop', { description: 'One stop of the itinerary, at a wall-clock time in alliance time' })
export class EventStopType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  day: string;

  @Field(() => String, { description: 'HH:MM, alliance time' })
  startsAt: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, alliance time' })
  endsAt: string | null;

  @Field(() => String)
  place: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String)
  activity: string;

  @Field(() => String, { nullable: true })
  leader: string | null;

  @Field(() => Int)
  position: number;
}

@ObjectType('EventDay', { description: 'One calendar day of an event with its stops in time order' })
export class EventDayType {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => [EventStopType])
  stops: EventStopType[];
}

@ObjectType('EventRegistration', { description: "A member's registration: the named people it sends" })
export class EventRegistrationType {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('EventRegistrationConnection')
export class EventRegistrationConnection extends Connection(EventRegistrationType) {}

@ObjectType('EventParticipant', { description: "A named person a member sends: one of its accounts, or a guest (no account)" })
export class EventParticipantType {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantStatusEnum)
  status: ParticipantStatus;
}

@ObjectType('EventCheckIn', { description: 'A participant present at one stop' })
export class EventCheckInType {
  @Field(() => ID)
  id: string;

  @Field(() => CheckInMethodEnum)
  method: CheckInMethod;

  @Field(() => Date)
  checkedInAt: Date;
}

@ObjectType('EventPass', { description: "The viewer's personal check-in code: a signed token, useful only to the host's staff of this event" })
export class EventPassType {
  @Field(() => ID)
  participantId: string;

  @Field(() => String)
  token: string;
}

@ObjectType('MemberAttendance')
export class MemberAttendanceType {
  @Field(() => Int)
  placed: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int, { description: 'distinct participants checked in at least once' })
  attended: number;
}
