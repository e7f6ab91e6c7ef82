import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isResetToken, isUuid, PASSWORD_RESET, type ResetLinkState } from '@yah/shared';
import { AppError, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import type { SessionService } from '../auth/session.service';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import { MemberEntity } from '../members/member.entity';
import { accountPolicy } from './account.policy';
import { UserEntity } from './user.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What the issuer sees once: the secret (never stored) and when it stops working. */
export interface IssuedReset {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** What the public page learns about a link before the new password is typed: its state, and whose it is when valid. */
export interface ResetLinkInfo {
  state: ResetLinkState;
  displayName: string | null;
}

interface LinkRow {
  user_id: string;
  display_name: string;
  used: boolean;
  expired: boolean;
  usable_account: boolean;
}

const LINK_ERRORS: Record<Exclude<ResetLinkState, 'VALID'>, () => AppError> = {
  EXPIRED: () => new AppError('BAD_USER_INPUT', 'This reset link has expired. Ask for a new one.', { reason: 'RESET_LINK_EXPIRED' }),
  USED: () => new AppError('BAD_USER_INPUT', 'This reset link has already been used. Ask for a new one.', { reason: 'RESET_LINK_USED' }),
  INVALID: () => new AppError('BAD_USER_INPUT', 'This reset link is not valid. Ask for a new one.', { reason: 'RESET_LINK_INVALID' }),
};

/**
 * One-time password reset links, for a newsroom without a mail server: the chief editor (own member's accounts) or
 * the secretariat (any account) issues a link, hands it over, and the person sets a new password signed out.
 */
/**
 * Withdraws the unused reset links of an account, or of every account of a member: a link handed out before a
 * deactivation or suspension must not work again once the account or member is back.
 */
export async function withdrawPasswordResets(manager: EntityManager, of: { userId: string } | { memberId: string }): Promise<void> {
  if ('userId' in of) {
    await manager.query(`DELETE FROM password_resets WHERE used_at IS NULL AND user_id = $1`, [of.userId]);
  } else {
    await manager.query(`DELETE FROM password_resets WHERE used_at IS NULL AND user_id IN (SELECT id FROM users WHERE member_id = $1)`, [of.memberId]);
  }
}

export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Issues a new link for an account, replacing (and so invalidating) any earlier one. The secret is returned once. */
  async issue(viewer: Viewer, userId: string, requestId: string): Promise<IssuedReset> {
    if (!isUuid(userId)) throw notFound('The account');
    const token = randomBytes(PASSWORD_RESET.tokenBytes).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'for_no_key_update' } });
      if (!user) throw notFound('The account');
      authorize(accountPolicy.canIssuePasswordReset(viewer, user), "You may only reset passwords of your own member's accounts.");
      if (!user.active) throw conflict('This account is deactivated: activate it before resetting its password.', 'ACCOUNT_INACTIVE');
      const member = await manager.findOneByOrFail(MemberEntity, { id: user.memberId });
      if (member.status !== 'ACTIVE') throw conflict('This member is suspended: its accounts cannot sign in.', 'MEMBER_SUSPENDED');
      const rows: { expires_at: Date }[] = await manager.query(
        `INSERT INTO password_resets (user_id, token_hash, issued_by_id, expires_at)
         VALUES ($1, $2, $3, now() + $4 * interval '1 hour')
         ON CONFLICT (user_id) DO UPDATE
            SET token_hash = EXCLUDED.token_hash, issued_by_id = EXCLUDED.issued_by_id, expires_at = EXCLUDED.expires_at,
                used_at = NULL, created_at = now()
         RETURNING expires_at`,
        [user.id, hashToken(token), viewer.userId, PASSWORD_RESET.ttlHours],
      );
      const expiresAt = new Date(rows[0]?.expires_at ?? Date.now());
      await recordAudit(manager, viewer, requestId, {
        action: 'account.issue_password_reset',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, expiresAt: expiresAt.toISOString() },
      });
      return { token, expiresAt, user };
    });
  }

  /** Where a link stands (for the public page): never says whose an unusable link was. */
  async inspect(token: string): Promise<ResetLinkInfo> {
    const row = isResetToken(token) ? await this.linkRow(this.dataSource.manager, hashToken(token)) : null;
    const state = stateOf(row);
    return { state, displayName: state === 'VALID' ? (row?.display_name ?? null) : null };
  }

  /**
   * Sets a new password with a link: the link is spent in one guarded UPDATE (of two uses at once exactly one wins),
   * every session of the account ends (their sockets close), and the audit log records it. Attempts are throttled per
   * client address like sign-in; a valid link gives its attempt back.
   */
  async reset(token: string, newPassword: string, client: { ip: string }, requestId: string): Promise<void> {
    const { passwordMatches: valid, failure } = await this.throttle.resetLinkCheck(client.ip, async () => {
      const tokenHash = isResetToken(token) ? hashToken(token) : null;
      if (!tokenHash) return { passwordMatches: false, failure: 'INVALID' as const };
      // Hashed under the budget (it is the costly part) and before the transaction (which holds the link's row).
      const passwordHash = await hashPassword(newPassword);
      return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
        // An UPDATE … RETURNING answers [rows, affected] through TypeORM.
        const [used]: [{ user_id: string }[], number] = await manager.query(
          `UPDATE password_resets r SET used_at = now()
             FROM users u JOIN members m ON m.id = u.member_id
            WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now()
              AND u.id = r.user_id AND u.active AND m.status = 'ACTIVE'
           RETURNING r.user_id`,
          [tokenHash],
        );
        const userId = used[0]?.user_id;
        if (!userId) {
          const state = stateOf(await this.linkRow(manager, tokenHash));
          return { passwordMatches: false, failure: state === 'VALID' ? ('USED' as const) : state };
        }
        const user = await manager.findOneByOrFail(UserEntity, { id: userId });
        await manager.update(UserEntity, { id: userId }, { passwordHash });
        await this.sessions.revokeAllForUser(manager, emit, userId);
        // The person acts on their own account, signed out: they are the actor.
        await recordAudit(manager, { userId, memberId: user.memberId }, requestId, {
          action: 'account.reset_password',
          entityType: 'user',
          entityId: userId,
        });
        return { passwordMatches: true, failure: null };
      });
    });
    if (!valid) throw LINK_ERRORS[failure ?? 'INVALID']();
  }

  private async linkRow(manager: EntityManager, tokenHash: string): Promise<LinkRow | null> {
    const rows: LinkRow[] = await manager.query(
      `SELECT r.user_id, u.display_name, r.used_at IS NOT NULL AS used, r.expires_at <= now() AS expired,
              (u.active AND m.status = 'ACTIVE') AS usable_account
         FROM password_resets r JOIN users u ON u.id = r.user_id JOIN members m ON m.id = u.member_id
        WHERE r.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}

function stateOf(row: LinkRow | null): ResetLinkState {
  if (!row || !row.usable_account) return 'INVALID';
  if (row.used) return 'USED';
  if (row.expired) return 'EXPIRED';
  return 'VALID';
}
