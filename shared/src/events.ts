/**
 * Joint reporting trips, conferences and trainings (联合采访活动 / 会议 / 培训): their states, registrations with
 * named participants, the waiting list, check-in per itinerary stop, and the limits both sides check.
 */

export const EVENT_KINDS = ['TRIP', 'CONFERENCE', 'TRAINING'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * DRAFT (the host prepares it; only the host and the secretariat see it) → PUBLISHED (members are invited and
 * register) → CANCELLED. Whether it is under way or over follows from its dates in alliance time, not from a state.
 */
export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['CANCELLED'],
  CANCELLED: [],
};

export function canMoveEvent(from: EventStatus, to: EventStatus): boolean {
  return EVENT_TRANSITIONS[from].includes(to);
}

/** Where an event stands for a viewer on a given alliance day (derived, never stored). */
export const EVENT_PHASES = ['DRAFT', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'UNDER_WAY', 'FINISHED', 'CANCELLED'] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

/**
 * The phase on `today` (YYYY-MM-DD, alliance time) at instant `now`. Registration is open until `registrationClosesAt`,
 * which may fall as late as the end of the first day (latecomers register on arrival); the event is under way from its
 * first day once registration has closed, and finished after its last day.
 */
export function eventPhase(
  event: { status: EventStatus; startsOn: string; endsOn: string; registrationClosesAt: Date },
  now: Date,
  today: string,
): EventPhase {
  if (event.status === 'CANCELLED') return 'CANCELLED';
  if (event.status === 'DRAFT') return 'DRAFT';
  if (today > event.endsOn) return 'FINISHED';
  if (now < event.registrationClosesAt) return 'REGISTRATION_OPEN';
  return today >= event.startsOn ? 'UNDER_WAY' : 'REGISTRATION_CLOSED';
}

/**
 * People are checked in on the trip itself: at a published event's stop from that stop's day (alliance time) until the
 * event's last day — never weeks ahead, and a stop of a later day only once it comes.
 */
export function checkInOpen(event: { status: EventStatus; endsOn: string }, stopDay: string, today: string): boolean {
  return event.status === 'PUBLISHED' && stopDay <= today && today <= event.endsOn;
}

/**
 * A member's registration: PENDING until the host confirms it; a change by the member after confirmation returns it to
 * PENDING; WITHDRAWN by the member (every participant leaves, their places go to the waiting list).
 */
export const REGISTRATION_STATUSES = ['PENDING', 'CONFIRMED', 'WITHDRAWN'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * One named person in a registration. PLACED holds one of the event's places (and one of the member's);
 * WAITLISTED holds one of the member's places only and waits, in order, for a place freed by anyone;
 * WITHDRAWN left (their places are given back).
 */
export const PARTICIPANT_STATUSES = ['PLACED', 'WAITLISTED', 'WITHDRAWN'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Participants that count against the member's places per event (a member never holds more than its places). */
export const MEMBER_PLACE_HOLDING_STATUSES: readonly ParticipantStatus[] = ['PLACED', 'WAITLISTED'];

/** How someone was checked in at a stop: ticked on the host's list, or by scanning the participant's personal QR code. */
export const CHECK_IN_METHODS = ['LIST', 'QR'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** Everything a viewer may be offered on an event (`Event.viewerActions`). */
export const EVENT_ACTIONS = ['EDIT', 'PUBLISH', 'CANCEL', 'REGISTER', 'MANAGE_REGISTRATIONS', 'CHECK_IN', 'EXPORT_ROSTER'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** Everything a viewer may be offered on a registration (`EventRegistration.viewerActions`). */
export const REGISTRATION_ACTIONS = ['CHANGE', 'WITHDRAW', 'CONFIRM'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/** Validation limits of events, in code points as PostgreSQL counts them. */
export const EVENT_LIMITS = {
  title: { min: 2, max: 120 },
  place: { min: 1, max: 120 },
  description: { max: 5000 },
  /** Days an event may last, first and last included. */
  days: { max: 31 },
  capacity: { min: 1, max: 5000 },
  placesPerMember: { min: 1, max: 200 },
  stops: { max: 80 },
  stopPlace: { min: 1, max: 120 },
  stopActivity: { min: 1, max: 500 },
  stopLeader: { max: 120 },
  materials: { max: 20 },
  topics: { max: 10 },
  invitedMembers: { max: 400 },
  /** Named people one request may add. */
  participantsPerRequest: { max: 50 },
  guestName: { min: 1, max: 60 },
  guestTitle: { max: 60 },
  /**
   * Where an event or a stop may be pinned: anywhere plausibly in China, not only along the belt (an annual meeting
   * may be held in Beijing or Shenzhen). Degrees; latitude and longitude come together or not at all.
   */
  coordinates: { latitude: { min: 18, max: 54 }, longitude: { min: 73, max: 135 } },
} as const;

/** A stop's wall-clock time in alliance time: HH:MM, 00:00–23:59. */
export const EVENT_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The calendar day `days` after `day` (both YYYY-MM-DD; negative goes back). */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Every calendar day from `startsOn` to `endsOn`, both included (empty when they are the wrong way round; at most EVENT_LIMITS.days). */
export function eventDates(startsOn: string, endsOn: string): string[] {
  const dates: string[] = [];
  for (let day = startsOn; day <= endsOn && dates.length < EVENT_LIMITS.days.max; day = addCalendarDays(day, 1)) dates.push(day);
  return dates;
}
