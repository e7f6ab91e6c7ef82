import type { DataSource, EntityManager } from 'typeorm';
import { deliveriesFor, isNewsroomMember, isUuid, RESOURCE_LIMITS, textLength, type FollowKind } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import type { NotificationKind } from '../notifications/notification.entity';
import { preferenceSql } from '../notifications/notification.service';
import { FollowEntity } from './follow.entity';
import type { ResourceEntity } from './resource.entity';
import { plainText } from './rich-text';

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
    const kind: NotificationKind = 'FOLLOWED_PIECE';
    const preference = preferenceSql('p', '$6');
    const rows: { id: string; user_id: string; delivery: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, resource_id, detail, delivery)
       SELECT DISTINCT f.user_id, $1, $2::uuid, $3, ${preference.delivery}
         FROM follows f JOIN users u ON u.id = f.user_id
         LEFT JOIN notification_preferences p ON p.user_id = f.user_id AND p.kind = $1
        WHERE u.active AND u.member_id <> $4 AND ${preference.notOff}
          AND ((f.kind = 'MEMBER' AND f.followed_member_id = $4) OR (f.kind = 'KEYWORD' AND strpos($5, f.keyword) > 0))
       ON CONFLICT (user_id, resource_id) WHERE kind = 'FOLLOWED_PIECE' DO NOTHING
       RETURNING id, user_id, delivery`,
      [kind, piece.id, piece.title, piece.ownerMemberId, matchableText(piece, new Date()), deliveriesFor(kind)],
    );
    // Held for the digest: never announced live.
    for (const row of rows.filter((row) => row.delivery === 'LIVE')) emit({ name: 'NOTIFICATION_ADDED', payload: { userId: row.user_id, notificationId: row.id } });
  }
}
