import type { DataSource, EntityManager } from 'typeorm';
import { audienceProblem, isUuid, type NotificationKind, type ReceiptFilter } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { AnnouncementEntity } from './announcement.entity';
import type { PostAnnouncementInput, UpdateAnnouncementInput } from './announcement.input';
import { announcementPolicy } from './announcement.policy';

const stale = () => conflict('Someone changed this announcement meanwhile. Reload it to see their changes.', 'STALE_VERSION');
const withdrawnAlready = () => conflict('This announcement was withdrawn: it cannot change any more.', 'NOT_ALLOWED_IN_STATE');

/** An addressed member's receipt: when its staff first opened the announcement and how many did. */
export interface AnnouncementReceipt {
  announcementId: string;
  memberId: string;
  firstReadAt: Date | null;
  readerCount: number;
}

export interface AnnouncementReader {
  userId: string;
  readAt: Date;
}

/** Whether the announcement was addressed to the viewer's member (always false for the secretariat). */
async function addressedTo(manager: EntityManager, announcementId: string, memberId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM announcement_recipients WHERE announcement_id = $1 AND member_id = $2`, [announcementId, memberId]);
  return rows.length > 0;
}

const snapshot = (row: AnnouncementEntity) => ({ title: row.title, body: row.body, important: row.important, state: row.state, version: row.version });

/** Announcements (公告): the secretariat posts them to members; members' staff read them; read receipts per member. */
export class AnnouncementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /**
   * Posts an announcement to every active newsroom member or to those of the chosen provinces; the addressed members
   * are fixed now (receipts count against them) and every active person of theirs is told (ANNOUNCEMENT_POSTED).
   */
  async post(viewer: Viewer, input: PostAnnouncementInput, requestId: string): Promise<AnnouncementEntity> {
    authorize(announcementPolicy.mayPost(viewer), 'Only the secretariat posts announcements.');
    const provinceCodes = input.audience === 'PROVINCES' ? [...new Set(input.provinceCodes ?? [])] : (input.provinceCodes ?? []);
    const problem = audienceProblem(input.audience, provinceCodes);
    if (problem) throw badInput('Choose the provinces for an announcement to chosen provinces, and none for one to all members.', 'VALIDATION', { provinceCodes: problem });
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      if (provinceCodes.length) {
        const known: { code: string }[] = await manager.query(`SELECT code FROM provinces WHERE code = ANY($1)`, [provinceCodes]);
        if (known.length !== provinceCodes.length) throw badInput('One of the provinces is not in the alliance.', 'VALIDATION', { provinceCodes: 'unknown province' });
      }
      const announcement = await manager.save(
        manager.create(AnnouncementEntity, {
          title: input.title,
          body: input.body,
          important: input.important ?? false,
          audience: input.audience,
          provinceCodes,
          postedById: viewer.userId,
          withdrawnAt: null,
        }),
      );
      const recipients: { member_id: string }[] = await manager.query(
        `INSERT INTO announcement_recipients (announcement_id, member_id)
         SELECT $1, m.id FROM members m
          WHERE m.status = 'ACTIVE' AND m.alliance_role <> 'SECRETARIAT' AND ($2 = 'ALL' OR m.province_code = ANY($3))
         RETURNING member_id`,
        [announcement.id, input.audience, provinceCodes],
      );
      if (!recipients.length) throw badInput('No active member is in the chosen provinces.', 'VALIDATION', { provinceCodes: 'no active member' });
      await recordAudit(manager, viewer, requestId, {
        action: 'announcement.post',
        entityType: 'announcement',
        entityId: announcement.id,
        after: { ...snapshot(announcement), audience: input.audience, provinceCodes, members: recipients.length },
      });
      const staff: { id: string }[] = await manager.query(`SELECT id FROM users WHERE member_id = ANY($1) AND active`, [recipients.map((row) => row.member_id)]);
      await notify(manager, emit, {
        userIds: staff.map((row) => row.id),
        kind: 'ANNOUNCEMENT_POSTED' satisfies NotificationKind,
        actorId: viewer.userId,
        announcementId: announcement.id,
        detail: announcement.title,
      });
      return announcement;
    });
  }

  /** Changes the title, text or importance of a published announcement; a stale version is CONFLICT. */
  async update(viewer: Viewer, id: string, input: UpdateAnnouncementInput, requestId: string): Promise<AnnouncementEntity> {
    return this.change(viewer, id, input.version, requestId, 'announcement.update', { title: input.title, body: input.body, important: input.important ?? false });
  }

  /** Withdraws a published announcement: members no longer see it; the secretariat still does, with its receipts. */
  async withdraw(viewer: Viewer, id: string, version: number, requestId: string): Promise<AnnouncementEntity> {
    return this.change(viewer, id, version, requestId, 'announcement.withdraw', { state: 'WITHDRAWN', withdrawnAt: new Date() });
  }

  /** One guarded statement: the row changes only while it is published and at the version the edit started from. */
  private async change(
    viewer: Viewer,
    id: string,
    version: number,
    requestId: string,
    action: string,
    changes: Partial<Pick<AnnouncementEntity, 'title' | 'body' | 'important' | 'state' | 'withdrawnAt'>>,
  ): Promise<AnnouncementEntity> {
    authorize(announcementPolicy.mayPost(viewer), 'Only the secretariat changes announcements.');
    if (!isUuid(id)) throw notFound('The announcement');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const before = await manager.findOneBy(AnnouncementEntity, { id });
      if (!before) throw notFound('The announcement');
      const result = await manager
        .createQueryBuilder()
        .update(AnnouncementEntity)
        .set(changes)
        .where('id = :id AND version = :version AND state = :state', { id, version, state: 'PUBLISHED' })
        .execute();
      if (result.affected !== 1) throw before.state !== 'PUBLISHED' ? withdrawnAlready() : stale();
      const after = await manager.findOneByOrFail(AnnouncementEntity, { id });
      await recordAudit(manager, viewer, requestId, { action, entityType: 'announcement', entityId: id, before: snapshot(before), after: snapshot(after) });
      return after;
    });
  }

  /**
   * Important ones first, then newest first. The secretariat sees every announcement; anyone else the published ones
   * addressed to their member (`unreadOnly`: those they have not opened).
   */
  async list(
    viewer: Viewer,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<AnnouncementEntity> & { unreadCount: number }> {
    const size = pageSize(first);
    const repository = this.dataSource.getRepository(AnnouncementEntity);
    const query = repository.createQueryBuilder('a');
    const unread = 'NOT EXISTS (SELECT 1 FROM announcement_reads rd WHERE rd.announcement_id = a.id AND rd.user_id = :userId)';
    if (announcementPolicy.listed(viewer) === 'ADDRESSED') {
      query
        .where("a.state = 'PUBLISHED'")
        .andWhere('EXISTS (SELECT 1 FROM announcement_recipients r WHERE r.announcement_id = a.id AND r.member_id = :memberId)', { memberId: viewer.memberId });
    }
    const unreadQuery = query.clone().andWhere(unread, { userId: viewer.userId });
    if (unreadOnly) query.andWhere(unread, { userId: viewer.userId });
    const [totalCount, unreadCount] = await Promise.all([
      query.clone().getCount(),
      announcementPolicy.listed(viewer) === 'ADDRESSED' ? unreadQuery.getCount() : Promise.resolve(0),
    ]);
    if (after) {
      const [important, postedAt, id] = decodeCursor(after, ['integer', 'timestamp', 'uuid']);
      query.andWhere('(a.important::int, a.posted_at, a.id) < (:important, :postedAt, :id)', { important, postedAt, id });
    }
    const rows = await query.orderBy('a.important', 'DESC').addOrderBy('a.posted_at', 'DESC').addOrderBy('a.id', 'DESC').limit(size + 1).getMany();
    return { ...toPage(rows, size, totalCount, (row) => [row.important ? 1 : 0, row.postedAt.toISOString(), row.id]), unreadCount };
  }

  /** The announcement when the viewer may read it; null otherwise (also for a withdrawn one, to members). */
  async byId(viewer: Viewer, id: string): Promise<AnnouncementEntity | null> {
    if (!isUuid(id)) return null;
    const announcement = await this.dataSource.getRepository(AnnouncementEntity).findOneBy({ id });
    if (!announcement) return null;
    const addressed = await addressedTo(this.dataSource.manager, id, viewer.memberId);
    return announcementPolicy.mayRead(viewer, announcement, addressed) ? announcement : null;
  }

  /**
   * The viewer opened the announcement: the first time counts as their member's reading (the secretariat's opening
   * counts for nobody). Their ANNOUNCEMENT_POSTED notification is marked read as well. Idempotent.
   */
  async markRead(viewer: Viewer, id: string): Promise<AnnouncementEntity> {
    const announcement = await this.byId(viewer, id);
    if (!announcement) throw notFound('The announcement');
    if (!announcementPolicy.countsAsRead(viewer, announcement, true)) return announcement;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO announcement_reads (announcement_id, user_id, member_id) VALUES ($1, $2, $3) ON CONFLICT (announcement_id, user_id) DO NOTHING`,
        [id, viewer.userId, viewer.memberId],
      );
      await manager.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND announcement_id = $2 AND read_at IS NULL`, [viewer.userId, id]);
    });
    return announcement;
  }

  /**
   * The addressed members, read or unread, in the river's order (province upstream → downstream, then name);
   * only for those who may see receipts (the policy's SEE_RECEIPTS).
   */
  async receipts(viewer: Viewer, id: string, filter: ReceiptFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<AnnouncementReceipt>> {
    authorize(announcementPolicy.mayPost(viewer), 'Only the secretariat sees read receipts.');
    if (!isUuid(id) || !(await this.dataSource.getRepository(AnnouncementEntity).existsBy({ id }))) throw notFound('The announcement');
    const size = pageSize(first);
    const readSide = filter === 'READ' ? 'EXISTS' : 'NOT EXISTS';
    const where = `r.announcement_id = $1 AND ${readSide} (SELECT 1 FROM announcement_reads x WHERE x.announcement_id = r.announcement_id AND x.member_id = r.member_id)`;
    const counted: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM announcement_recipients r WHERE ${where}`, [id]);
    const parameters: unknown[] = [id];
    let cursorSql = '';
    if (after) {
      const [order, slug] = decodeCursor(after, ['integer', 'slug']);
      parameters.push(order, slug);
      cursorSql = ' AND (p.river_order, m.slug) > ($2, $3)';
    }
    const rows: { member_id: string; river_order: number; slug: string; first_read_at: Date | null; readers: number }[] = await this.dataSource.query(
      `SELECT r.member_id, p.river_order, m.slug,
              (SELECT min(x.read_at) FROM announcement_reads x WHERE x.announcement_id = r.announcement_id AND x.member_id = r.member_id) AS first_read_at,
              (SELECT count(*)::int FROM announcement_reads x WHERE x.announcement_id = r.announcement_id AND x.member_id = r.member_id) AS readers
         FROM announcement_recipients r JOIN members m ON m.id = r.member_id JOIN provinces p ON p.code = m.province_code
        WHERE ${where}${cursorSql}
        ORDER BY p.river_order, m.slug
        LIMIT ${size + 1}`,
      parameters,
    );
    const page = toPage(rows, size, counted[0]?.n ?? 0, (row) => [row.river_order, row.slug]);
    return {
      ...page,
      nodes: page.nodes.map((row) => ({ announcementId: id, memberId: row.member_id, firstReadAt: row.first_read_at, readerCount: row.readers })),
    };
  }
}
