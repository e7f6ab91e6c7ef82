import type { DataSource, EntityManager } from 'typeorm';
import { allianceDate, isNewsroomMember, isUuid, RESOURCE_LIMITS, textLength, type FollowKind } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import type { NotificationKind } from '../notifications/notification.entity';
import { FollowEntity } from './follow.entity';
import type { ResourceEntity } from './resource.entity';
import { plainText } from './rich-text';

/** The digest of a day is written from this hour (alliance time) of the next day. */
export const DIGEST_HOUR = 8;
/** How many titles a digest names. */
const DIGEST_TITLES = 3;

/** What a FOLLOW_DIGEST notification's `detail` holds, as JSON: how many pieces arrived and the first titles. */
export interface FollowDigestDetail {
  count: number;
  titles: string[];
}

/** The text keywords are looked for in: title, summary and themes always; the body only once anyone may read it. */
function matchableText(piece: ResourceEntity, now: Date): string {
  const embargoed = piece.embargoUntil !== null && piece.embargoUntil.getTime() > now.getTime();
  return [piece.title, piece.description, ...piece.themes, embargoed ? '' : plainText(piece.body)].join('\n').toLowerCase();
}

export class FollowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  async mine(viewer: Viewer): Promise<FollowEntity[]> {
    return this.dataSource.getRepository(FollowEntity).find({ where: { userId: viewer.userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async followMember(viewer: Viewer, memberId: string, requestId: string): Promise<FollowEntity> {
    if (!isUuid(memberId)) throw notFound('The member');
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: memberId });
    if (!member) throw notFound('The member');
    if (!isNewsroomMember(member)) throw badInput('Only newsroom members publish pieces: the secretariat is not followed.', 'VALIDATION', { memberId: 'memberId is not a newsroom member' });
    if (member.id === viewer.memberId) throw badInput("Your own member's pieces are yours already.", 'VALIDATION', { memberId: 'memberId is your own member' });
    return this.follow(viewer, 'MEMBER', memberId, requestId);
  }

  async followKeyword(viewer: Viewer, keyword: string, requestId: string): Promise<FollowEntity> {
    const clean = keyword.trim().toLowerCase();
    const length = textLength(clean);
    if (length < RESOURCE_LIMITS.keyword.min || length > RESOURCE_LIMITS.keyword.max) {
      throw badInput('A keyword is 2 to 30 characters.', 'VALIDATION', { keyword: `keyword must be ${RESOURCE_LIMITS.keyword.min}–${RESOURCE_LIMITS.keyword.max} characters` });
    }
    return this.follow(viewer, 'KEYWORD', clean, requestId);
  }

  /** Stops one of the viewer's own follows; false when there was none. */
  async unfollow(viewer: Viewer, id: string, requestId: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const follow = await manager.findOneBy(FollowEntity, { id, userId: viewer.userId });
      if (!follow) return false;
      await manager.delete(FollowEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'follow.delete', entityType: 'follow', entityId: id, before: { kind: follow.kind, memberId: follow.followedMemberId, keyword: follow.keyword } });
      return true;
    });
  }

  /**
   * Idempotent: following what one already follows returns the existing follow. The viewer's row is locked first so
   * that two follows at once cannot pass the limit together.
   */
  private async follow(viewer: Viewer, kind: FollowKind, target: string, requestId: string): Promise<FollowEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [viewer.userId]);
      const existing = await manager.findOneBy(FollowEntity, kind === 'MEMBER' ? { userId: viewer.userId, kind, followedMemberId: target } : { userId: viewer.userId, kind, keyword: target });
      if (existing) return existing;
      const count = await manager.countBy(FollowEntity, { userId: viewer.userId });
      if (count >= RESOURCE_LIMITS.followsPerUser.max) throw conflict(`You follow ${RESOURCE_LIMITS.followsPerUser.max} members and keywords already.`, 'TOO_MANY_FOLLOWS');
      const follow = await manager.save(
        manager.create(FollowEntity, { userId: viewer.userId, kind, followedMemberId: kind === 'MEMBER' ? target : null, keyword: kind === 'KEYWORD' ? target : null }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'follow.create', entityType: 'follow', entityId: follow.id, after: { kind, memberId: follow.followedMemberId, keyword: follow.keyword } });
      return follow;
    });
  }

  /**
   * Tells every active person following the piece's member, or a keyword in its title, summary or themes (or in its body
   * once no embargo holds it back), that a new library piece arrived — in the caller's transaction, in one statement.
   * Never the owner member's own people; each person at most once per piece (a partial unique index).
   */
  async notifyFollowersOfPiece(manager: EntityManager, emit: Emit, piece: ResourceEntity): Promise<void> {
    if (piece.area !== 'CONTENT' || piece.status !== 'ACTIVE') return;
    const rows: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, resource_id, detail)
       SELECT DISTINCT f.user_id, $1, $2::uuid, $3
         FROM follows f JOIN users u ON u.id = f.user_id
        WHERE u.active AND u.member_id <> $4
          AND ((f.kind = 'MEMBER' AND f.followed_member_id = $4) OR (f.kind = 'KEYWORD' AND strpos($5, f.keyword) > 0))
       ON CONFLICT (user_id, resource_id) WHERE kind = 'FOLLOWED_PIECE' DO NOTHING
       RETURNING id, user_id`,
      ['FOLLOWED_PIECE' satisfies NotificationKind, piece.id, piece.title, piece.ownerMemberId, matchableText(piece, new Date())],
    );
    for (const row of rows) emit({ name: 'NOTIFICATION_ADDED', payload: { userId: row.user_id, notificationId: row.id } });
  }

  /**
   * Once per alliance day, from 08:00 Asia/Shanghai: one FOLLOW_DIGEST for each active person who had followed-piece
   * notifications the day before, with the count and the first titles (`FollowDigestDetail` as JSON). Any number of server
   * copies may run it at any time: a unique index on (person, alliance day of writing) keeps one digest per day.
   */
  async writeDailyDigests(now: Date = new Date()): Promise<{ userId: string; notificationId: string }[]> {
    const today = allianceDate(now);
    const startOfToday = new Date(`${today}T00:00:00+08:00`);
    if (now.getTime() < startOfToday.getTime() + DIGEST_HOUR * 3_600_000) return [];
    const startOfYesterday = new Date(startOfToday.getTime() - 86_400_000);
    const rows: { id: string; user_id: string }[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, detail, created_at)
       SELECT n.user_id, $1, json_build_object('count', count(*), 'titles', (array_agg(n.detail ORDER BY n.created_at, n.id))[1:${DIGEST_TITLES}])::text, $4
         FROM notifications n JOIN users u ON u.id = n.user_id AND u.active
        WHERE n.kind = $2 AND n.created_at >= $3 AND n.created_at < $5
        GROUP BY n.user_id
       ON CONFLICT (user_id, ((timezone('Asia/Shanghai', created_at))::date)) WHERE kind = 'FOLLOW_DIGEST' DO NOTHING
       RETURNING id, user_id`,
      ['FOLLOW_DIGEST' satisfies NotificationKind, 'FOLLOWED_PIECE' satisfies NotificationKind, startOfYesterday, now, startOfToday],
    );
    return rows.map((row) => ({ userId: row.user_id, notificationId: row.id }));
  }
}
