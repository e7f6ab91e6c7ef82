import { Brackets, type DataSource } from 'typeorm';
import { isUuid, LIMITS } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import type { ReferenceData } from '../../common/reference-data';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { ProvinceEntity } from '../provinces/province.entity';
import { MemberEntity, memberSearchExpression } from './member.entity';
import type { AdmitMemberInput } from './member.input';
import { memberPolicy } from './member.policy';

export interface MemberFilter {
  provinceCode?: string | null;
  search?: string | null;
}

/** LIKE wildcards in a search term are matched literally. */
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change to a member clears this copy's snapshot (other copies see it within its few seconds). */
    private readonly reference: ReferenceData,
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
