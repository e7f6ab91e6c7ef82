import type { DataSource } from 'typeorm';
import { AppError, badInput } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';
import { recordAudit } from '../audit/audit.service';
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

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
  ) {}

  async signIn(rawEmail: string, password: string, client: ClientInfo): Promise<{ user: UserEntity; token: string }> {
    const email = rawEmail.trim().toLowerCase();
    const waitSeconds = await this.throttle.secondsUntilAllowed(email, client.ip);
    if (waitSeconds > 0) {
      throw new AppError('FORBIDDEN', `Too many failed sign-ins. Try again in ${Math.ceil(waitSeconds / 60)} minute(s).`, {
        reason: 'TOO_MANY_ATTEMPTS',
        extensions: { retryAfterSeconds: waitSeconds },
      });
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !passwordMatches || !user.active) {
      await this.throttle.recordFailure(email, client.ip);
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(email);
    const token = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastSignInAt: new Date() });
      return this.sessions.create(user.id, { ip: client.ip, userAgent: client.userAgent }, manager);
    });
    return { user, token };
  }

  async signOut(viewer: Viewer): Promise<void> {
    await this.sessions.revoke(viewer.sessionId);
  }

  /** Changing the password ends every other session of the account. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, requestId: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: viewer.userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput('The current password is incorrect.', 'WRONG_CURRENT_PASSWORD', { currentPassword: 'incorrect' });
    }
    if (currentPassword === newPassword) {
      throw badInput('The new password must differ from the current one.', 'VALIDATION', { newPassword: 'same as current' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllForUser(manager, user.id, viewer.sessionId);
      await recordAudit(manager, viewer, requestId, { action: 'account.change_password', entityType: 'user', entityId: user.id });
    });
  }
}
