import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ALLIANCE_TIME_ZONE } from '@yah/shared';
import { authorize } from '../../common/policy';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import type { Viewer } from '../../common/viewer';
import { AuditLogEntity } from './audit-log.entity';
import type { AuditLogFilter } from './audit-log.input';
import { auditPolicy } from './audit.policy';

const FORBIDDEN_MESSAGE = 'Only the secretariat reads the audit log.';

/** The secretariat reads the append-only log, newest first, narrowed by member, person, kind and alliance days. */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page, keyset on (at, id) with `at` in microseconds as PostgreSQL keeps it. No total count: the log only grows,
   * and a count would read every matching row on each page; the indexes serve each filter with the newest-first order.
   */
  async list(viewer: Viewer, filter: AuditLogFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<AuditLogEntity>> {
    authorize(auditPolicy.mayReadLog(viewer), FORBIDDEN_MESSAGE);
    const size = pageSize(first);
    const query = this.filtered(filter);
    if (after) {
      const [atMicros, id] = decodeCursor(after, ['epochMicros', 'bigint']);
      query.andWhere(`(a.at, a.id) < (timestamptz 'epoch' + CAST(:micros AS bigint) * interval '1 microsecond', CAST(:afterId AS bigint))`, { micros: atMicros, afterId: id });
    }
    const { entities, raw } = await query
      .addSelect(`((extract(epoch FROM a.at - timestamptz 'epoch') * 1000000)::bigint)::text`, 'a_at_micros')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities<{ a_id: string; a_at_micros: string }>();
    const micros = new Map(raw.map((row) => [String(row.a_id), row.a_at_micros]));
    return toPage(entities, size, 0, (entry) => [micros.get(entry.id) ?? '0', entry.id]);
  }

  /** The newest `limit` entries matching the filter, for the CSV export (same rule as reading). */
  async exportRows(viewer: Viewer, filter: AuditLogFilter, limit: number): Promise<AuditLogEntity[]> {
    authorize(auditPolicy.mayReadLog(viewer), FORBIDDEN_MESSAGE);
    return this.filtered(filter).orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  private filtered(filter: AuditLogFilter | null | undefined): SelectQueryBuilder<AuditLogEntity> {
    const query = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a').where('TRUE');
    if (filter?.memberId) query.andWhere('a.actor_member_id = :memberId', { memberId: filter.memberId });
    if (filter?.actorId) query.andWhere('a.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter?.entityTypes?.length) query.andWhere('a.entity_type IN (:...entityTypes)', { entityTypes: filter.entityTypes });
    // Calendar days in alliance time: from its first instant, up to (not including) the first instant of the day after `to`.
    if (filter?.from) query.andWhere(`a.at >= (CAST(:from AS date)::timestamp AT TIME ZONE '${ALLIANCE_TIME_ZONE}')`, { from: filter.from });
    if (filter?.to) query.andWhere(`a.at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE '${ALLIANCE_TIME_ZONE}')`, { to: filter.to });
    return query;
  }
}
