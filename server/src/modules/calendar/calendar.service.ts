import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { DataSource } from 'typeorm';
import { addCalendarDays, allianceDate, ALLIANCE_TIME_ZONE, NEWSROOM_EDITOR_ROLES, startOfAllianceDay, type EventStatus, type ParticipantStatus } from '@yah/shared';
import { badInput } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';

export type CalendarEntryKind = 'ASSIGNMENT_DUE' | 'TOPIC_WINDOW' | 'EVENT_DAYS' | 'EVENT_STOP';

export interface CalendarEntry {
  kind: CalendarEntryKind;
  /** Instants; for all-day entries the first instant of the first day and of the day after the last (alliance time). */
  start: Date;
  end: Date;
  title: string;
  /** Calendar dates (YYYY-MM-DD, alliance time) of an all-day entry, both included; null for timed entries. */
  allDay: boolean;
  startsOn: string | null;
  endsOn: string | null;
  place: string | null;
  topicId: string | null;
  assignmentId: string | null;
  eventId: string | null;
  stopId: string | null;
}

/** A calendar day as ical-generator writes an all-day date: from the UTC fields of the Date (RFC 5545 VALUE=DATE). */
const icsDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The longest range one calendar request may ask for. */
const MAX_RANGE_DAYS = 62;
const MAX_ENTRIES = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface CalendarUser {
  id: string;
  member_id: string;
}

export class CalendarService {
  constructor(private readonly dataSource: DataSource) {}

  /** What matters to the viewer in a range: assignments due that are theirs or their newsroom's, and topic windows. */
  async entries(viewer: Pick<Viewer, 'userId' | 'memberId'>, from: Date, to: Date): Promise<CalendarEntry[]> {
    if (to <= from || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw badInput(`Ask for a range of at most ${MAX_RANGE_DAYS} days.`, 'VALIDATION', { to: 'range too long' });
    }
    return this.entriesFor({ id: viewer.userId, member_id: viewer.memberId }, from, to);
  }

  /** Makes a new private feed URL path (the old one stops working). The secret is shown once, stored hashed. */
  async createFeed(viewer: Viewer): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(UserEntity).update({ id: viewer.userId }, { icsTokenHash: hashToken(token) });
    return `/calendar/${token}.ics`;
  }

  async revokeFeed(viewer: Viewer): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: viewer.userId }, { icsTokenHash: null });
  }

  async hasFeed(userId: string): Promise<boolean> {
    const rows: { has: boolean }[] = await this.dataSource.query(`SELECT ics_token_hash IS NOT NULL AS has FROM users WHERE id = $1`, [userId]);
    return rows[0]?.has ?? false;
  }

  /** The ICS document behind a feed token, or null for an unknown or revoked one. */
  async feed(token: string, appUrl: string): Promise<string | null> {
    if (!/^[\w-]{20,64}$/.test(token)) return null;
    const users: CalendarUser[] = await this.dataSource.query(`SELECT id, member_id FROM users WHERE ics_token_hash = $1 AND active`, [hashToken(token)]);
    const user = users[0];
    if (!user) return null;
    const now = Date.now();
    const entries = await this.entriesFor(user, new Date(now - 30 * DAY_MS), new Date(now + 120 * DAY_MS));
    const calendar = ical({ name: '长江融媒联盟 · Yangtze Alliance Hub', prodId: { company: 'yangtze-alliance-hub', product: 'calendar' }, ttl: 15 * 60 });
    for (const entry of entries) calendar.createEvent(icsEntry(entry, appUrl));
    return calendar.toString();
  }

  private async entriesFor(user: CalendarUser, from: Date, to: Date): Promise<CalendarEntry[]> {
    const assignments: { id: string; topic_id: string; title: string; topic_title: string; due_at: Date; place: string }[] = await this.dataSource.query(
      // Where the work happens: the place that is not a member city, with the nearest member city beside it, else the city.
      `SELECT a.id, a.topic_id, a.title, t.title AS topic_title, a.due_at,
              CASE WHEN a.place_name IS NULL THEN m.city_zh ELSE a.place_name || '（' || m.city_zh || '）' END AS place
         FROM assignments a JOIN topics t ON t.id = a.topic_id JOIN members m ON m.id = a.location_member_id
        WHERE a.status = 'OPEN' AND a.due_at >= $3 AND a.due_at < $4
          AND (EXISTS (SELECT 1 FROM claims c WHERE c.assignment_id = a.id AND c.reporter_id = $1 AND c.state IN ('CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED'))
               OR t.proposer_member_id = $2
               OR EXISTS (SELECT 1 FROM topic_co_sponsors cs WHERE cs.topic_id = t.id AND cs.member_id = $2 AND cs.status = 'JOINED'))
        ORDER BY a.due_at LIMIT ${MAX_ENTRIES}`,
      [user.id, user.member_id, from, to],
    );
    const topics: { id: string; title: string; window_start: string; window_end: string }[] = await this.dataSource.query(
      `SELECT t.id, t.title, to_char(t.window_start, 'YYYY-MM-DD') AS window_start, to_char(t.window_end, 'YYYY-MM-DD') AS window_end
         FROM topics t
        WHERE t.window_start <= $3::date AND t.window_end >= $2::date
          AND (t.state IN ('APPROVED', 'IN_PROGRESS')
               OR (t.proposer_member_id = $1 AND t.state NOT IN ('CANCELLED', 'REJECTED'))
               OR EXISTS (SELECT 1 FROM topic_co_sponsors cs WHERE cs.topic_id = t.id AND cs.member_id = $1 AND cs.status = 'JOINED'))
        ORDER BY t.window_start LIMIT ${MAX_ENTRIES}`,
      [user.member_id, allianceDate(from), allianceDate(new Date(to.getTime() - 1))],
    );
    const none = { place: null, eventId: null, stopId: null };
    return [
      ...assignments.map((row) => ({
        kind: 'ASSIGNMENT_DUE' as const,
        start: new Date(row.due_at),
        end: new Date(new Date(row.due_at).getTime() + 60 * 60 * 1000),
        title: `${row.title} · ${row.topic_title}`,
        allDay: false,
        startsOn: null,
        endsOn: null,
        topicId: row.topic_id,
        assignmentId: row.id,
        ...none,
        place: row.place,
      })),
      ...topics.map((row) => ({
        kind: 'TOPIC_WINDOW' as const,
        start: startOfAllianceDay(row.window_start),
        end: startOfAllianceDay(addCalendarDays(row.window_end, 1)),
        title: row.title,
        allDay: true,
        startsOn: row.window_start,
        endsOn: row.window_end,
        topicId: row.id,
        assignmentId: null,
        ...none,
      })),
      ...(await this.eventEntries(user, from, to)),
    ];
  }

  /**
   * Events: the days of published events the user's member is invited to or hosts, as one all-day entry each
   * (EVENT_DAYS); and the itinerary stops, timed in alliance time, of those where the user is a PLACED participant or
   * one of the host's editors (EVENT_STOP).
   */
  private async eventEntries(user: CalendarUser, from: Date, to: Date): Promise<CalendarEntry[]> {
    const published: EventStatus = 'PUBLISHED';
    const placed: ParticipantStatus = 'PLACED';
    const fromDay = allianceDate(from);
    const toDay = allianceDate(new Date(to.getTime() - 1));
    const days: { id: string; title: string; place: string; starts_on: string; ends_on: string }[] = await this.dataSource.query(
      `SELECT e.id, e.title, e.place, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(e.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM events e
        WHERE e.status = $2 AND e.ends_on >= $3::date AND e.starts_on <= $4::date
          AND (e.host_member_id = $1
               OR (NOT EXISTS (SELECT 1 FROM members m WHERE m.id = $1 AND m.alliance_role = 'SECRETARIAT')
                   AND (e.invites_all_members OR EXISTS (SELECT 1 FROM event_invitations i WHERE i.event_id = e.id AND i.member_id = $1))))
        ORDER BY e.starts_on, e.id LIMIT ${MAX_ENTRIES}`,
      [user.member_id, published, fromDay, toDay],
    );
    const stops: { id: string; event_id: string; title: string; activity: string; place: string; starts: Date; ends: Date }[] = await this.dataSource.query(
      `SELECT s.id, s.event_id, e.title, s.activity, s.place,
              (s.day + s.starts_at) AT TIME ZONE '${ALLIANCE_TIME_ZONE}' AS starts,
              COALESCE(s.day + s.ends_at, s.day + s.starts_at + interval '1 hour') AT TIME ZONE '${ALLIANCE_TIME_ZONE}' AS ends
         FROM event_stops s JOIN events e ON e.id = s.event_id
        WHERE e.status = $3 AND s.day >= $5::date - 1 AND s.day <= $6::date + 1
          AND (s.day + s.starts_at) AT TIME ZONE '${ALLIANCE_TIME_ZONE}' < $8
          AND COALESCE(s.day + s.ends_at, s.day + s.starts_at + interval '1 hour') AT TIME ZONE '${ALLIANCE_TIME_ZONE}' > $7
          AND (EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.user_id = $1 AND p.status = $4)
               OR EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND u.member_id = e.host_member_id AND u.member_id = $2 AND u.role = ANY($9)))
        ORDER BY s.day, s.starts_at, s.position LIMIT ${MAX_ENTRIES}`,
      [user.id, user.member_id, published, placed, fromDay, toDay, from, to, NEWSROOM_EDITOR_ROLES],
    );
    return [
      ...days.map((row) => ({
        kind: 'EVENT_DAYS' as const,
        start: startOfAllianceDay(row.starts_on),
        end: startOfAllianceDay(addCalendarDays(row.ends_on, 1)),
        title: row.title,
        allDay: true,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        place: row.place,
        topicId: null,
        assignmentId: null,
        eventId: row.id,
        stopId: null,
      })),
      ...stops.map((row) => ({
        kind: 'EVENT_STOP' as const,
        start: new Date(row.starts),
        end: new Date(row.ends),
        title: `${row.activity} · ${row.title}`,
        allDay: false,
        startsOn: null,
        endsOn: null,
        place: row.place,
        topicId: null,
        assignmentId: null,
        eventId: row.event_id,
        stopId: row.id,
      })),
    ];
  }
}

/**
 * One calendar entry in the ICS feed. A span of calendar days (a topic window, an event's days) is all-day:
 * DTSTART;VALUE=DATE is the first day and DTEND the day after the last (RFC 5545: the end of an all-day entry is
 * exclusive), written from the dates themselves, never from instants. A timed entry (an assignment due, a stop) is
 * written in UTC.
 */
function icsEntry(entry: CalendarEntry, appUrl: string) {
  const subject = entry.kind === 'EVENT_STOP' ? entry.stopId : entry.kind === 'EVENT_DAYS' ? entry.eventId : (entry.assignmentId ?? entry.topicId);
  const common = {
    id: `${entry.kind}-${subject}@yangtze-alliance-hub`,
    summary: entry.title,
    location: entry.place,
    url: entry.eventId ? `${appUrl}/events/${entry.eventId}` : `${appUrl}/topics/${entry.topicId}`,
  };
  if (entry.allDay && entry.startsOn && entry.endsOn) {
    return { ...common, allDay: true, start: icsDate(entry.startsOn), end: icsDate(addCalendarDays(entry.endsOn, 1)) };
  }
  return { ...common, start: entry.start, end: entry.end };
}
