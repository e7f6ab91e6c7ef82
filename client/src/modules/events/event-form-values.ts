import type { Dayjs } from 'dayjs';
import type { EventKind } from '@yah/shared';
import type { EventChangesInput, EventPage_EventFragment, EventStopInput, NewEventInput } from '@/__generated__/graphql';
import { allianceInstant, alliancePickerValue, pickerDate } from '@/app/time/alliance-time';

export interface StopValues {
  id?: string;
  /** YYYY-MM-DD, one of the event's days. */
  day: string;
  startsAt: string;
  endsAt?: string | null;
  place: string;
  latitude?: number | null;
  longitude?: number | null;
  activity: string;
  leader?: string | null;
}

export interface EventFormValues {
  kind: EventKind;
  title: string;
  hostMemberId?: string;
  /** Calendar days as the picker holds them; sent as YYYY-MM-DD, never as instants. */
  dates: [Dayjs, Dayjs];
  place: string;
  latitude?: number | null;
  longitude?: number | null;
  description?: string;
  capacity: number;
  placesPerMember: number;
  /** Alliance wall-clock time (北京时间) as shown in the picker. */
  deadline: Dayjs;
  invite: 'ALL' | 'CHOSEN';
  invitedMemberIds?: string[];
  materialIds?: string[];
  topicIds?: string[];
  stops?: StopValues[];
}

export const EVENT_FORM_FIELDS = [
  'kind',
  'title',
  'hostMemberId',
  'dates',
  'place',
  'latitude',
  'longitude',
  'description',
  'capacity',
  'placesPerMember',
  'deadline',
  'invite',
  'invitedMemberIds',
  'materialIds',
  'topicIds',
  'stops',
] as const;

/** The calendar day a picker shows, as the server's YYYY-MM-DD (the browser's zone plays no part). */
export const toDay = (picked: Dayjs): string => picked.format('YYYY-MM-DD');

/** A picker value showing the calendar day. */
export const fromDay = (day: string): Dayjs => pickerDate(day);

const orNull = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const text = (value: string | null | undefined) => (value ?? '').trim();

/** Stops in the order the itinerary shows them: by day, then by time, the form's order breaking ties. */
function toStops(stops: readonly StopValues[] = []): EventStopInput[] {
  return stops
    .map((stop, index) => ({ stop, index }))
    .sort((a, b) => a.stop.day.localeCompare(b.stop.day) || a.stop.startsAt.localeCompare(b.stop.startsAt) || a.index - b.index)
    .map(({ stop }) => ({
      ...(stop.id ? { id: stop.id } : {}),
      day: stop.day,
      startsAt: text(stop.startsAt),
      endsAt: text(stop.endsAt) || null,
      place: text(stop.place),
      latitude: orNull(stop.latitude),
      longitude: orNull(stop.longitude),
      activity: text(stop.activity),
      leader: text(stop.leader) || null,
    }));
}

export function toEventChanges(values: EventFormValues): EventChangesInput {
  const [first, last] = values.dates;
  return {
    title: text(values.title),
    startsOn: toDay(first),
    endsOn: toDay(last),
    place: text(values.place),
    latitude: orNull(values.latitude),
    longitude: orNull(values.longitude),
    description: text(values.description),
    capacity: values.capacity,
    placesPerMember: values.placesPerMember,
    registrationClosesAt: allianceInstant(values.deadline),
    invitesAllMembers: values.invite === 'ALL',
    invitedMemberIds: values.invite === 'ALL' ? [] : (values.invitedMemberIds ?? []),
    stops: toStops(values.stops),
    materialIds: values.materialIds ?? [],
    topicIds: values.topicIds ?? [],
  };
}

export function toNewEvent(values: EventFormValues): NewEventInput {
  const changes = toEventChanges(values);
  return {
    ...changes,
    kind: values.kind,
    title: changes.title ?? '',
    startsOn: changes.startsOn ?? '',
    endsOn: changes.endsOn ?? '',
    place: changes.place ?? '',
    description: changes.description ?? '',
    capacity: values.capacity,
    placesPerMember: values.placesPerMember,
    registrationClosesAt: changes.registrationClosesAt ?? '',
    invitesAllMembers: values.invite === 'ALL',
    ...(values.hostMemberId ? { hostMemberId: values.hostMemberId } : {}),
  };
}

export function fromEvent(event: EventPage_EventFragment): EventFormValues {
  return {
    kind: event.kind,
    title: event.title,
    dates: [fromDay(event.startsOn), fromDay(event.endsOn)],
    place: event.place,
    latitude: event.latitude,
    longitude: event.longitude,
    description: event.description,
    capacity: event.capacity,
    placesPerMember: event.placesPerMember,
    deadline: alliancePickerValue(event.registrationClosesAt),
    invite: event.invitesAllMembers ? 'ALL' : 'CHOSEN',
    invitedMemberIds: event.invitedMembers.map((member) => member.id),
    materialIds: event.materials.map((resource) => resource.id),
    topicIds: event.topics.map((topic) => topic.id),
    stops: event.days.flatMap((day) =>
      day.stops.map((stop) => ({
        id: stop.id,
        day: stop.day,
        startsAt: stop.startsAt,
        endsAt: stop.endsAt,
        place: stop.place,
        latitude: stop.latitude,
        longitude: stop.longitude,
        activity: stop.activity,
        leader: stop.leader,
      })),
    ),
  };
}
