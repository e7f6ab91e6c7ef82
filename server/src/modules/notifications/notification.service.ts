import {
  allianceDate,
  CONFIGURABLE_NOTIFICATION_KINDS,
  DEFAULT_NOTIFICATION_DELIVERY,
  deliveriesFor,
  DIGEST_KIND,
  NEWSROOM_EDITOR_ROLES,
  WORK_PENDING_CLAIM_STATES,
  type AssignmentStatus,
  type NotificationDelivery,
} from '@yah/shared';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import type { Emit } from '../../common/transaction';
import { badInput } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export interface NewNotification {
  userIds: readonly string[];
  kind: NotificationKind;
  actorId?: string | null;
  topicId?: string | null;
  assignmentId?: string | null;
  claimId?: string | null;
  resourceId?: string | null;
  resourceRequestId?: string | null;
  eventId?: string | null;
  innovationRoundId?: string | null;
  commitmentEvidenceId?: string | null;
  announcementId?: string | null;
  detail?: string | null;
}

/**
 * How each of `userIds` wants `kind` delivered, in the caller's transaction: LIVE unless they chose otherwise (a
 * choice the kind no longer allows counts as LIVE).
 */
export async function deliveriesOf(manager: EntityManager, userIds: readonly string[], kind: NotificationKind): Promise<Map<string, NotificationDelivery>> {
  const choices = new Map<string, NotificationDelivery>();
  if (!userIds.length || !deliveriesFor(kind).length) return choices;
  const rows: { user_id: string; delivery: NotificationDelivery }[] = await manager.query(
    `SELECT user_id, delivery FROM notification_preferences WHERE user_id = ANY($1) AND kind = $2`,
    [userIds, kind],
  );
  for (const row of rows) if (deliveriesFor(kind).includes(row.delivery)) choices.set(row.user_id, row.delivery);
  return choices;
}

/**
 * The SQL a bulk `INSERT INTO notifications … SELECT` joins to honour preferences: `LEFT JOIN notification_preferences
 * <alias> ON <alias>.user_id = <user> AND <alias>.kind = <kind>`, then `deliveryFilter` in WHERE and `deliveryValue`
 * as the delivery column. The kind's allowed deliveries go in as a parameter (`allowedParam`).
 */
export const preferenceSql = (alias: string, allowedParam: string) => ({
  delivery: `(CASE WHEN ${alias}.delivery = 'DIGEST' AND 'DIGEST' = ANY(${allowedParam}) THEN 'DIGEST' ELSE 'LIVE' END)`,
  notOff: `(${alias}.delivery IS DISTINCT FROM 'OFF' OR NOT ('OFF' = ANY(${allowedParam})))`,
});

/** Writes notifications in the caller's transaction; they are announced live after it commits. */
export async function notify(manager: EntityManager, emit: Emit, note: NewNotification): Promise<void> {
  const addressed = [...new Set(note.userIds)].filter((userId) => userId !== note.actorId);
  const choices = await deliveriesOf(manager, addressed, note.kind);
  const recipients = addressed.filter((userId) => choices.get(userId) !== 'OFF');
  if (!recipients.length) return;
  const rows = recipients.map((userId) =>
    manager.create(NotificationEntity, {
      userId,
      kind: note.kind,
      actorId: note.actorId ?? null,
      topicId: note.topicId ?? null,
      assignmentId: note.assignmentId ?? null,
      claimId: note.claimId ?? null,
      resourceId: note.resourceId ?? null,
      resourceRequestId: note.resourceRequestId ?? null,
      eventId: note.eventId ?? null,
      innovationRoundId: note.innovationRoundId ?? null,
      commitmentEvidenceId: note.commitmentEvidenceId ?? null,
      announcementId: note.announcementId ?? null,
      detail: note.detail ?? null,
      delivery: choices.get(userId) === 'DIGEST' ? 'DIGEST' : 'LIVE',
      readAt: null,
    }),
  );
  await manager.save(rows);
  // A notification held for the digest is never announced live.
  for (const row of rows.filter((row) => row.delivery === 'LIVE')) emit({ name: 'NOTIFICATION_ADDED', payload: { userId: row.userId, notificationId: row.id } });
}

/** Active editors and chief editors of the given members: who hears about their member's topics. */
export async function newsroomEditorIds(manager: EntityManager, memberIds: readonly string[]): Promise<string[]> {
  if (!memberIds.length) return [];
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE member_id = ANY($1) AND role = ANY($2) AND active`,
    [memberIds, NEWSROOM_EDITOR_ROLES],
  );
  return rows.map((row) => row.id);
}

/** The digest of a day is written from this hour (alliance time) of the next day. */
export const DIGEST_HOUR = 8;
/** How many titles of followed pieces a digest names. */
const DIGEST_TITLES = 3;

/** One kind's delivery for one person, as the settings page shows it. */
export interface NotificationPreference {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  allowed: readonly NotificationDelivery[];
}

export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The viewer's inbox, newest first; `held` lists instead what was held back for the daily digest (kinds the viewer
   * chose to receive only in the digest).
   */
  async list(
    viewer: Viewer,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
    held = false,
  ): Promise<Page<NotificationEntity> & { unreadCount: number }> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: viewer.userId })
      .andWhere('n.delivery = :delivery', { delivery: held ? 'DIGEST' : 'LIVE' });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    const [totalCount, unreadCount] = await Promise.all([
      query.clone().getCount(),
      this.dataSource.getRepository(NotificationEntity).countBy({ userId: viewer.userId, readAt: IsNull(), delivery: 'LIVE' }),
    ]);
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(size + 1).getMany();
    return { ...toPage(rows, size, totalCount, (row) => [row.createdAt.toISOString(), row.id]), unreadCount };
  }

  async byIdFor(viewer: Viewer, id: string): Promise<NotificationEntity | null> {
    return this.dataSource.getRepository(NotificationEntity).findOneBy({ id, userId: viewer.userId, delivery: 'LIVE' });
  }

  /** Marks the viewer's own notifications read; returns how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const where = { userId: viewer.userId, readAt: IsNull(), ...(ids ? { id: In([...ids]) } : {}) };
    const result = await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Every kind the viewer may choose a delivery for, with their choice (LIVE when they made none). */
  async preferences(viewer: Viewer): Promise<NotificationPreference[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: viewer.userId });
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return CONFIGURABLE_NOTIFICATION_KINDS.map((kind) => {
      const allowed = deliveriesFor(kind);
      const delivery = chosen.get(kind);
      return { kind, allowed, delivery: delivery && allowed.includes(delivery) ? delivery : DEFAULT_NOTIFICATION_DELIVERY };
    });
  }

  /** The viewer's choice for one kind; LIVE (the default) removes the stored choice. */
  async setPreference(viewer: Viewer, kind: NotificationKind, delivery: NotificationDelivery, requestId: string): Promise<NotificationPreference> {
    const allowed = deliveriesFor(kind);
    if (!allowed.length) throw badInput('This kind of notification is not a choice.', 'DELIVERY_NOT_ALLOWED', { kind: 'not configurable' });
    if (!allowed.includes(delivery)) {
      throw badInput('This kind asks you to act: it may wait for the daily digest but cannot be switched off.', 'DELIVERY_NOT_ALLOWED', { delivery: `one of ${allowed.join(', ')}` });
    }
    await this.dataSource.transaction(async (manager) => {
      const before: { delivery: NotificationDelivery }[] = await manager.query(
        `SELECT delivery FROM notification_preferences WHERE user_id = $1 AND kind = $2 FOR UPDATE`,
        [viewer.userId, kind],
      );
      const previous = before[0]?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY;
      if (previous === delivery) return;
      if (delivery === DEFAULT_NOTIFICATION_DELIVERY) await manager.delete(NotificationPreferenceEntity, { userId: viewer.userId, kind });
      else {
        await manager.query(
          `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
          [viewer.userId, kind, delivery],
        );
      }
      await recordAudit(manager, viewer, requestId, {
        action: 'notification_preference.set',
        entityType: 'notification_preference',
        entityId: viewer.userId,
        before: { kind, delivery: previous },
        after: { kind, delivery },
      });
    });
    return { kind, delivery, allowed };
  }

  /**
   * Once per alliance day, from 08:00 Asia/Shanghai: one daily digest (FOLLOW_DIGEST) for each active person who, the
   * day before, had followed pieces arrive (live or held) or notifications of kinds they receive only in the digest —
   * with the count and first titles of the pieces and the held notifications per kind (`DigestDetail` as JSON). Any
   * number of server copies may run it at any time: a unique index on (person, alliance day of writing) keeps one
   * digest per person and day, and the insert of a second copy does nothing.
   */
  async writeDailyDigests(now: Date = new Date()): Promise<{ userId: string; notificationId: string }[]> {
    const today = allianceDate(now);
    const startOfToday = new Date(`${today}T00:00:00+08:00`);
    if (now.getTime() < startOfToday.getTime() + DIGEST_HOUR * 3_600_000) return [];
    const startOfYesterday = new Date(startOfToday.getTime() - 86_400_000);
    const rows: { id: string; user_id: string }[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, detail, created_at)
       SELECT n.user_id, $1,
              jsonb_strip_nulls(jsonb_build_object(
                'count', count(*) FILTER (WHERE n.kind = $2),
                'titles', coalesce((array_agg(n.detail::text ORDER BY n.created_at, n.id) FILTER (WHERE n.kind = $2))[1:${DIGEST_TITLES}], ARRAY[]::text[]),
                'held', (SELECT jsonb_agg(jsonb_build_object('kind', h.kind, 'count', h.n) ORDER BY h.kind)
                           FROM (SELECT kind, count(*) AS n FROM notifications
                                  WHERE user_id = n.user_id AND delivery = 'DIGEST' AND kind <> $2 AND created_at >= $3 AND created_at < $5
                                  GROUP BY kind) h)
              ))::text, $4
         FROM notifications n JOIN users u ON u.id = n.user_id AND u.active
        WHERE (n.kind = $2 OR n.delivery = 'DIGEST') AND n.created_at >= $3 AND n.created_at < $5
        GROUP BY n.user_id
       ON CONFLICT (user_id, ((timezone('Asia/Shanghai', created_at))::date)) WHERE kind = 'FOLLOW_DIGEST' DO NOTHING
       RETURNING id, user_id`,
      [DIGEST_KIND, 'FOLLOWED_PIECE' satisfies NotificationKind, startOfYesterday, now, startOfToday],
    );
    return rows.map((row) => ({ userId: row.user_id, notificationId: row.id }));
  }

  /**
   * Reminds reporters of live claims due within 24 hours, once per claim. Safe to run from several
   * server copies at once: a unique index keeps one reminder per claim.
   */
  async remindDueSoon(): Promise<{ userId: string; notificationId: string }[]> {
    const kind: NotificationKind = 'DUE_SOON';
    const preference = preferenceSql('p', '$4');
    const rows: { id: string; user_id: string; delivery: string }[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, topic_id, assignment_id, claim_id, delivery)
       SELECT c.reporter_id, $1, a.topic_id, a.id, c.id, ${preference.delivery}
         FROM claims c JOIN assignments a ON a.id = c.assignment_id
         LEFT JOIN notification_preferences p ON p.user_id = c.reporter_id AND p.kind = $1
        WHERE c.state = ANY($2) AND a.status = $3
          AND a.due_at > now() AND a.due_at <= now() + interval '24 hours' AND ${preference.notOff}
       ON CONFLICT (claim_id) WHERE kind = 'DUE_SOON' DO NOTHING
       RETURNING id, user_id, delivery`,
      [kind, WORK_PENDING_CLAIM_STATES, 'OPEN' satisfies AssignmentStatus, deliveriesFor(kind)],
    );
    return rows.filter((row) => row.delivery === 'LIVE').map((row) => ({ userId: row.user_id, notificationId: row.id }));
  }
}
