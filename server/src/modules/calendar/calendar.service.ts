import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';

export type CalendarEntryKind = 'ASSIGNMENT_DUE' | 'TOPIC_WINDOW';

export interface CalendarEntry {
  kind: CalendarEntryKind;
  start: Date;
  end: Date;
  title: string;
  topicId: string;
  assignmentId: string | null;
}

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
    for (const entry of entries) {
      const allDay = entry.kind === 'TOPIC_WINDOW';
      calendar.createEvent({
        id: `${entry.kind}-${entry.assignmentId ?? entry.topicId}@yangtze-alliance-hub`,
        start: entry.start,
        end: entry.end,
        allDay,
        summary: entry.title,
        url: `${appUrl}/topics/${entry.topicId}`,
      });
    }
    return calendar.toString();
  }

  private async entriesFor(user: CalendarUser, from: Date, to: Date): Promise<CalendarEntry[]> {
    const assignments: { id: string; topic_id: string; title: string; topic_title: string; due_at: Date }[] = await this.dataSource.query(
      `SELECT a.id, a.topic_id, a.title, t.title AS topic_title, a.due_at
         FROM assignments a JOIN topics t ON t.id = a.topic_id
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
        WHERE t.window_start < $3::date + 1 AND t.window_end >= $2::date
          AND (t.state IN ('APPROVED', 'IN_PROGRESS')
               OR (t.proposer_member_id = $1 AND t.state NOT IN ('CANCELLED', 'REJECTED'))
               OR EXISTS (SELECT 1 FROM topic_co_sponsors cs WHERE cs.topic_id = t.id AND cs.member_id = $1 AND cs.status = 'JOINED'))
        ORDER BY t.window_start LIMIT ${MAX_ENTRIES}`,
      [user.member_id, from, to],
    );
    return [
      ...assignments.map((row) => ({
        kind: 'ASSIGNMENT_DUE' as const,
        start: new Date(row.due_at),
        end: new Date(new Date(row.due_at).getTime() + 60 * 60 * 1000),
        title: `${row.title} · ${row.topic_title}`,
        topicId: row.topic_id,
        assignmentId: row.id,
      })),
      ...topics.map((row) => ({
        kind: 'TOPIC_WINDOW' as const,
        start: new Date(`${row.window_start}T00:00:00+08:00`),
        end: new Date(new Date(`${row.window_end}T00:00:00+08:00`).getTime() + DAY_MS),
        title: row.title,
        topicId: row.id,
        assignmentId: null,
      })),
    ];
  }
}
