import type { DataSource } from 'typeorm';
import { AppError, badInput } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import type { SessionService } from './session.service';
import type { SignInThrottle } from './sign-in-throttle';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

const invalidCredentials = () =>
  // One message for an unknown email, a wrong password and a deactivated account: no enumeration.
  new AppError('UNAUTHENTICATED', 'The email or password is incorrect.', { reason: 'INVALID_CREDENTIALS' });

const memberSuspended = () =>
  new AppError('UNAUTHENTICATED', "Your member unit is suspended by the alliance secretariat: its accounts cannot sign in. Ask the secretariat.", {
    reason: 'MEMBER_SUSPENDED',
  });

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly pubSub: AppPubSub,
  ) {}

  async signIn(rawEmail: string, password: string, client: ClientInfo): Promise<{ user: UserEntity; token: string }> {
    const email = rawEmail.trim().toLowerCase();
    // The check is reserved before the password is verified: parallel guesses cannot slip between a check
    // and a record. A right password gives the reservation back, so only wrong guesses use up the budgets.
    const { user, passwordMatches } = await this.throttle.signIn(email, client.ip, async () => {
      const found = await this.dataSource
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.email = :email', { email })
        .getOne();
      return { user: found, passwordMatches: (await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password)) && found !== null };
    });
    if (!user || !passwordMatches || !user.active) throw invalidCredentials();
    // Told only to someone who knows the password: the account is theirs, and they need to know why it is shut.
    const member = await this.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: user.memberId });
    if (member.status !== 'ACTIVE') throw memberSuspended();
    const token = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastSignInAt: new Date() });
      return this.sessions.create(user.id, { ip: client.ip, userAgent: client.userAgent }, manager);
    });
    return { user, token };
  }

  async signOut(viewer: Viewer): Promise<void> {
    await this.sessions.revoke(viewer.sessionId);
  }

  /** Changing the password ends every other session of the account (and their open sockets). */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, requestId: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: viewer.userId })
      .getOneOrFail();
    // The same budget as signing in to this account: a stolen session cannot guess the password faster.
    const { passwordMatches } = await this.throttle.passwordCheck(user.email, async () => ({
      passwordMatches: await verifyPassword(user.passwordHash, currentPassword),
    }));
    if (!passwordMatches) {
      throw badInput('The current password is incorrect.', 'WRONG_CURRENT_PASSWORD', { currentPassword: 'incorrect' });
    }
    if (currentPassword === newPassword) {
      throw badInput('The new password must differ from the current one.', 'VALIDATION', { newPassword: 'same as current' });
    }
    const passwordHash = await hashPassword(newPassword);
    await inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllForUser(manager, emit, user.id, viewer.sessionId);
      await recordAudit(manager, viewer, requestId, { action: 'account.change_password', entityType: 'user', entityId: user.id });
    });
  }
}
