import type { DataSource } from 'typeorm';
import { isUuid } from '@yah/shared';
import { conflict, notFound } from '../../common/errors';
import { rethrowUniqueViolation } from '../../common/db-errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import type { SessionService } from '../auth/session.service';
import { withdrawParticipationsOf } from '../events/waitlist';
import { MemberEntity } from '../members/member.entity';
import type { CreateAccountInput, UpdateProfileInput } from './account.input';
import { accountPolicy } from './account.policy';
import { withdrawPasswordResets } from './password-reset.service';
import { UserEntity } from './user.entity';

/** What the audit log keeps of an account: never the password hash. */
const auditView = (user: UserEntity) => ({
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  memberId: user.memberId,
  locale: user.locale,
  active: user.active,
});

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly pubSub: AppPubSub,
  ) {}

  async byId(id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
    if (!user) throw notFound('The account');
    return user;
  }

  async listForMember(viewer: Viewer, memberId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<UserEntity>> {
    authorize(accountPolicy.canManageAccountsOf(viewer, memberId), "Only the secretariat and the member's chief editor see its accounts.");
    if (!isUuid(memberId)) throw notFound('The member');
    const size = pageSize(first);
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('u.member_id = :memberId', { memberId });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(u.created_at, u.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('u.created_at', 'ASC').addOrderBy('u.id', 'ASC').limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (user) => [user.createdAt.toISOString(), user.id]);
  }

  async create(viewer: Viewer, input: CreateAccountInput, requestId: string): Promise<UserEntity> {
    authorize(accountPolicy.canManageAccountsOf(viewer, input.memberId), 'You may only add accounts to your own member.');
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: input.memberId });
    if (!member) throw notFound('The member');
    authorize(
      accountPolicy.canGrantRole(viewer, input.role, member.allianceRole === 'SECRETARIAT'),
      `You may not give the role ${input.role} to an account of this member.`,
      'ROLE_NOT_ALLOWED',
    );
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const emailTaken = () => conflict('An account with this email already exists.', 'EMAIL_TAKEN');
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) throw emailTaken();
      const user = manager.create(UserEntity, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        locale: input.locale,
        memberId: member.id,
        active: true,
        lastSignInAt: null,
        isDemo: false,
      });
      await manager.save(user).catch(rethrowUniqueViolation(emailTaken));
      await recordAudit(manager, viewer, requestId, { action: 'account.create', entityType: 'user', entityId: user.id, after: auditView(user) });
      return user;
    });
  }

  /** Deactivating ends the account's sessions and closes their sockets at once, and withdraws it from events not over yet; nobody deactivates themselves. */
  async setActive(viewer: Viewer, userId: string, active: boolean, requestId: string): Promise<UserEntity> {
    if (!isUuid(userId)) throw notFound('The account');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      // FOR NO KEY UPDATE: rows that merely point at the account (a registration it makes meanwhile) do not wait for it,
      // while a registration naming the account (FOR SHARE) waits and then sees it inactive.
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'for_no_key_update' } });
      if (!user) throw notFound('The account');
      authorize(accountPolicy.canManageAccountsOf(viewer, user.memberId), "You may only manage your own member's accounts.");
      authorize(!(user.id === viewer.userId && !active), 'You cannot deactivate your own account.', 'CANNOT_DEACTIVATE_SELF');
      if (user.active === active) return user;
      const before = auditView(user);
      user.active = active;
      await manager.save(user);
      if (!active) {
        await this.sessions.revokeAllForUser(manager, emit, user.id);
        await withdrawPasswordResets(manager, { userId: user.id });
        // Nobody keeps an event place they can no longer use: it goes back and the waiting list moves up.
        await withdrawParticipationsOf(manager, emit, user.id, viewer, requestId);
      }
      await recordAudit(manager, viewer, requestId, {
        action: active ? 'account.activate' : 'account.deactivate',
        entityType: 'user',
        entityId: user.id,
        before,
        after: auditView(user),
      });
      return user;
    });
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput, requestId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('The account');
      const before = auditView(user);
      if (input.displayName != null) user.displayName = input.displayName.trim();
      if (input.locale != null) user.locale = input.locale;
      await manager.save(user);
      await recordAudit(manager, viewer, requestId, { action: 'account.update_profile', entityType: 'user', entityId: user.id, before, after: auditView(user) });
      return user;
    });
  }
}
