import { NEWSROOM_EDITOR_ROLES, WORK_PENDING_CLAIM_STATES, type AssignmentStatus } from '@yah/shared';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import type { Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
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
  detail?: string | null;
}

/** Writes notifications in the caller's transaction; they are announced live after it commits. */
export async function notify(manager: EntityManager, emit: Emit, note: NewNotification): Promise<void> {
  const recipients = [...new Set(note.userIds)].filter((userId) => userId !== note.actorId);
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
      detail: note.detail ?? null,
      readAt: null,
    }),
  );
  await manager.save(rows);
  for (const row of rows) emit({ name: 'NOTIFICATION_ADDED', payload: { userId: row.userId, notificationId: row.id } });
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

export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: Viewer, unreadOnly: boolean, first: number | null | undefined, after: string | null | undefined): Promise<Page<NotificationEntity> & { unreadCount: number }> {
    const size = pageSize(first);
    const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId: viewer.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    const [totalCount, unreadCount] = await Promise.all([
      query.clone().getCount(),
      this.dataSource.getRepository(NotificationEntity).countBy({ userId: viewer.userId, readAt: IsNull() }),
    ]);
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(size + 1).getMany();
    return { ...toPage(rows, size, totalCount, (row) => [row.createdAt.toISOString(), row.id]), unreadCount };
  }

  async byIdFor(viewer: Viewer, id: string): Promise<NotificationEntity | null> {
    return this.dataSource.getRepository(NotificationEntity).findOneBy({ id, userId: viewer.userId });
  }

  /** Marks the viewer's own notifications read; returns how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const where = { userId: viewer.userId, readAt: IsNull(), ...(ids ? { id: In([...ids]) } : {}) };
    const result = await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /**
   * Reminds reporters of live claims due within 24 hours, once per claim. Safe to run from several
   * server copies at once: a unique index keeps one reminder per claim.
   */
  async remindDueSoon(): Promise<{ userId: string; notificationId: string }[]> {
    const rows: { id: string; user_id: string }[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, topic_id, assignment_id, claim_id)
       SELECT c.reporter_id, $1, a.topic_id, a.id, c.id
         FROM claims c JOIN assignments a ON a.id = c.assignment_id
        WHERE c.state = ANY($2) AND a.status = $3
          AND a.due_at > now() AND a.due_at <= now() + interval '24 hours'
       ON CONFLICT (claim_id) WHERE kind = 'DUE_SOON' DO NOTHING
       RETURNING id, user_id`,
      ['DUE_SOON' satisfies NotificationKind, WORK_PENDING_CLAIM_STATES, 'OPEN' satisfies AssignmentStatus],
    );
    return rows.map((row) => ({ userId: row.user_id, notificationId: row.id }));
  }
}
