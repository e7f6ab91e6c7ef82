import { Brackets, type DataSource } from 'typeorm';
import { isUuid, LIMITS, MEMBER_STATUS_MOVES, type MemberStatusMove } from '@yah/shared';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { inTransaction } from '../../common/transaction';
import type { SessionService } from '../auth/session.service';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import type { ReferenceData } from '../../common/reference-data';
import type { Viewer } from '../../common/viewer';
import { withdrawPasswordResets } from '../accounts/password-reset.service';
import { recordAudit } from '../audit/audit.service';
import { ProvinceEntity } from '../provinces/province.entity';
import { MemberEntity, memberSearchExpression } from './member.entity';
import type { AdmitMemberInput } from './member.input';
import { memberPolicy } from './member.policy';

export interface MemberFilter {
  provinceCode?: string | null;
  search?: string | null;
  /** Leave out the secretariat unit: it is not one of the alliance's member newsrooms (the directory, its count). */
  newsroomsOnly?: boolean | null;
}

/** LIKE wildcards in a search term are matched literally. */
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change to a member clears this copy's snapshot (other copies see it within its few seconds). */
    private readonly reference: ReferenceData,
    private readonly sessions: SessionService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The directory: members along the river (upstream first), then by slug. */
  async list(filter: MemberFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<MemberEntity>> {
    const size = pageSize(first);
    const search = filter.search?.trim().toLowerCase() ?? '';
    if (search.length > LIMITS.search.max) throw badInput(`Search at most ${LIMITS.search.max} characters.`, 'VALIDATION', { search: 'too long' });

    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .innerJoin(ProvinceEntity, 'p', 'p.code = m.province_code');
    if (filter.newsroomsOnly) query.andWhere(`m.alliance_role <> 'SECRETARIAT'`);
    if (filter.provinceCode) query.andWhere('m.province_code = :provinceCode', { provinceCode: filter.provinceCode });
    if (search) query.andWhere(`${memberSearchExpression('m')} LIKE :search`, { search: `%${escapeLike(search)}%` });

    const totalCount = await query.clone().getCount();
    if (after) {
      const [riverOrder, slug] = decodeCursor(after, ['integer', 'slug']);
      query.andWhere(new Brackets((where) => where.where('(p.river_order, m.slug) > (:riverOrder, :slug)', { riverOrder, slug })));
    }
    const rows = await query
      .addSelect('p.river_order', 'river_order')
      .orderBy('p.river_order', 'ASC')
      .addOrderBy('m.slug', 'ASC')
      .limit(size + 1)
      .getRawAndEntities();
    const riverOrderOf = new Map(rows.raw.map((raw: { m_id: string; river_order: number }) => [raw.m_id, raw.river_order]));
    return toPage(rows.entities, size, totalCount, (member) => [riverOrderOf.get(member.id) ?? 0, member.slug]);
  }

  async byId(id: string): Promise<MemberEntity> {
    const member = isUuid(id) ? await this.dataSource.getRepository(MemberEntity).findOneBy({ id }) : null;
    if (!member) throw notFound('The member');
    return member;
  }

  /** The alliance's secretariat unit (not one of its member newsrooms), or null before it exists. */
  async secretariat(): Promise<MemberEntity | null> {
    return this.dataSource.getRepository(MemberEntity).findOne({ where: { allianceRole: 'SECRETARIAT' }, order: { createdAt: 'ASC' } });
  }

  /**
   * Suspends or reactivates a member, with a reason. Suspending ends every session of its accounts at once (their
   * sockets close) and keeps them from signing in; what the member did stays. The move is one guarded UPDATE, so two
   * at once cannot both succeed.
   */
  async changeStatus(viewer: Viewer, memberId: string, move: MemberStatusMove, reason: string, requestId: string): Promise<MemberEntity> {
    authorize(memberPolicy.canChangeStatus(viewer), 'Only the secretariat suspends and reactivates members.');
    if (!isUuid(memberId)) throw notFound('The member');
    const { from, to } = MEMBER_STATUS_MOVES[move];
    const changed = await inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const member = await manager.findOneBy(MemberEntity, { id: memberId });
      if (!member) throw notFound('The member');
      if (member.allianceRole === 'SECRETARIAT') throw forbidden('The secretariat unit cannot be suspended.', 'CANNOT_SUSPEND_SECRETARIAT');
      const result = await manager
        .createQueryBuilder()
        .update(MemberEntity)
        .set({ status: to, statusReason: reason, statusChangedAt: () => 'now()', version: () => 'version + 1' })
        .where('id = :id AND status = :from', { id: memberId, from })
        .execute();
      if (result.affected !== 1) {
        throw conflict(to === 'SUSPENDED' ? 'This member is already suspended.' : 'This member is not suspended.', 'MEMBER_STATUS_UNCHANGED');
      }
      const endedSessions = to === 'SUSPENDED' ? await this.sessions.revokeAllForMember(manager, emit, memberId) : 0;
      if (to === 'SUSPENDED') await withdrawPasswordResets(manager, { memberId });
      await recordAudit(manager, viewer, requestId, {
        action: to === 'SUSPENDED' ? 'member.suspend' : 'member.reactivate',
        entityType: 'member',
        entityId: memberId,
        before: { status: from, statusReason: member.statusReason },
        after: { status: to, statusReason: reason, endedSessions },
      });
      return manager.findOneByOrFail(MemberEntity, { id: memberId });
    });
    this.reference.members.invalidate();
    return changed;
  }

  async admit(viewer: Viewer, input: AdmitMemberInput, requestId: string): Promise<MemberEntity> {
    authorize(memberPolicy.canAdmit(viewer), 'Only the secretariat admits members.');
    const admitted = await this.dataSource.transaction(async (manager) => {
      const province = await manager.findOneBy(ProvinceEntity, { code: input.provinceCode });
      if (!province) throw badInput('There is no such province in the belt.', 'VALIDATION', { provinceCode: 'unknown province' });
      if (await manager.existsBy(MemberEntity, { slug: input.slug })) {
        throw conflict(`A member with the slug "${input.slug}" already exists.`, 'SLUG_TAKEN');
      }
      const member = manager.create(MemberEntity, {
        ...input,
        status: 'ACTIVE',
        channels: input.channels.map((channel) => ({ kind: channel.kind, name: channel.name, url: channel.url ?? null })),
        isDemo: false,
      });
      await manager.save(member).catch(rethrowUniqueViolation(() => conflict(`A member with the slug "${input.slug}" already exists.`, 'SLUG_TAKEN')));
      await recordAudit(manager, viewer, requestId, { action: 'member.admit', entityType: 'member', entityId: member.id, after: { ...input } });
      return member;
    });
    this.reference.members.invalidate();
    return admitted;
  }
}
