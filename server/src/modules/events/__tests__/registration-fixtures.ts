import { allianceDate } from '@yah/shared';
import type { DataSource } from 'typeorm';

export interface EventFixture {
  id: string;
  stopIds: string[];
}

export interface EventOptions {
  hostSlug?: string;
  title?: string;
  capacity?: number;
  placesPerMember?: number;
  /** Days from now until registration closes (negative: already closed). */
  closesInDays?: number;
  startsInDays?: number;
  days?: number;
  status?: 'DRAFT' | 'PUBLISHED' | 'CANCELLED';
  invitesAllMembers?: boolean;
  invitedSlugs?: string[];
  /** Stops as [day offset from the first day, "HH:MM"]. */
  stops?: [number, string][];
  topicIds?: string[];
}

const dayAfter = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** An event written straight into the database (the event module's own mutations are tested beside them). */
export async function insertEvent(dataSource: DataSource, options: EventOptions = {}): Promise<EventFixture> {
  const today = allianceDate(new Date());
  const startsOn = dayAfter(today, options.startsInDays ?? 14);
  const endsOn = dayAfter(startsOn, (options.days ?? 3) - 1);
  const [host]: { id: string; creator: string }[] = await dataSource.query(
    `SELECT m.id, (SELECT u.id FROM users u WHERE u.member_id = m.id AND u.role = 'CHIEF_EDITOR' LIMIT 1) AS creator FROM members m WHERE m.slug = $1`,
    [options.hostSlug ?? 'jingzhou'],
  );
  if (!host) throw new Error('no host member');
  const [event]: { id: string }[] = await dataSource.query(
    `INSERT INTO events (kind, title, host_member_id, starts_on, ends_on, place, capacity, places_per_member, registration_closes_at, status, invites_all_members, created_by_id, published_at)
     VALUES ('TRIP', $1, $2, $3, $4, '荆州', $5, $6, now() + make_interval(days => $7::int) + interval '1 hour', $8, $9, $10, now()) RETURNING id`,
    [
      options.title ?? `测试采访活动 ${Math.random().toString(36).slice(2, 8)}`,
      host.id,
      startsOn,
      endsOn,
      options.capacity ?? 30,
      options.placesPerMember ?? 4,
      options.closesInDays ?? 7,
      options.status ?? 'PUBLISHED',
      options.invitesAllMembers ?? true,
      host.creator,
    ],
  );
  if (!event) throw new Error('event not inserted');
  if (options.invitedSlugs?.length) {
    await dataSource.query(`INSERT INTO event_invitations (event_id, member_id) SELECT $1, id FROM members WHERE slug = ANY($2)`, [event.id, options.invitedSlugs]);
  }
  const stopIds: string[] = [];
  for (const [index, [offset, time]] of (options.stops ?? [[0, '09:00'], [0, '14:00'], [1, '09:00']]).entries()) {
    const [stop]: { id: string }[] = await dataSource.query(
      `INSERT INTO event_stops (event_id, day, starts_at, place, activity, position) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [event.id, dayAfter(startsOn, offset), time, `第${index + 1}站`, '采访', index],
    );
    if (stop) stopIds.push(stop.id);
  }
  for (const topicId of options.topicIds ?? []) await dataSource.query(`INSERT INTO event_topics (event_id, topic_id) VALUES ($1, $2)`, [event.id, topicId]);
  return { id: event.id, stopIds };
}

/** Moves an event so that it runs today (registration closed), keeping its stops' times; stops move with it. */
export async function runEventToday(dataSource: DataSource, eventId: string): Promise<void> {
  const today = allianceDate(new Date());
  await dataSource.query(
    `UPDATE event_stops s SET day = $2::date + (s.day - e.starts_on) FROM events e WHERE e.id = s.event_id AND e.id = $1`,
    [eventId, today],
  );
  await dataSource.query(`UPDATE events SET ends_on = $2::date + (ends_on - starts_on), starts_on = $2, registration_closes_at = now() - interval '1 hour' WHERE id = $1`, [eventId, today]);
}

export async function userIdOf(dataSource: DataSource, email: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
  if (!row) throw new Error(`no account ${email}`);
  return row.id;
}

/** The counters and the rows they count must agree. */
export async function countersOf(dataSource: DataSource, eventId: string) {
  const [row]: { taken: number; placed: number; waitlisted: number; held_mismatch: number }[] = await dataSource.query(
    `SELECT e.places_taken AS taken,
            (SELECT count(*)::int FROM event_participants p WHERE p.event_id = e.id AND p.status = 'PLACED') AS placed,
            (SELECT count(*)::int FROM event_participants p WHERE p.event_id = e.id AND p.status = 'WAITLISTED') AS waitlisted,
            (SELECT count(*)::int FROM event_member_places mp WHERE mp.event_id = e.id AND mp.held <>
               (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id AND p.member_id = mp.member_id AND p.status <> 'WITHDRAWN')) AS held_mismatch
       FROM events e WHERE e.id = $1`,
    [eventId],
  );
  return row!;
}

export const REGISTER = `mutation($eventId: ID!, $ids: [ID!]!, $guests: [GuestInput!], $wait: Boolean) {
  registerForEvent(eventId: $eventId, participantIds: $ids, guests: $guests, joinWaitlist: $wait) {
    id status version viewerActions member { slug } registeredBy { displayName }
    participants { id name title status waitlistPosition user { id } member { slug } }
    event { id placesTaken waitlistCount viewerMemberPlaces }
  }
}`;
export const WITHDRAW_PARTICIPANT = `mutation($id: ID!) { withdrawParticipant(participantId: $id) { id status participants { id status } event { placesTaken waitlistCount } } }`;
export const WITHDRAW_REGISTRATION = `mutation($id: ID!) { withdrawRegistration(id: $id) { id status participants { id } event { placesTaken waitlistCount } } }`;
export const CONFIRM = `mutation($id: ID!) { confirmRegistration(id: $id) { id status confirmedAt confirmedBy { displayName } viewerActions } }`;
export const CHECK_IN = `mutation($eventId: ID!, $userId: ID, $participantId: ID, $pass: String, $stopId: ID) {
  checkIn(eventId: $eventId, userId: $userId, participantId: $participantId, pass: $pass, stopId: $stopId) { id method stop { id } participant { id name } checkedInBy { displayName } }
}`;
export const UNDO_CHECK_IN = `mutation($id: ID!) { undoCheckIn(id: $id) }`;

export interface RegistrationView {
  id: string;
  status: string;
  version: number;
  viewerActions: string[];
  member: { slug: string };
  participants: { id: string; name: string; title: string | null; status: string; waitlistPosition: number | null; user: { id: string } | null; member: { slug: string } }[];
  event: { id: string; placesTaken: number; waitlistCount: number; viewerMemberPlaces: number };
}
