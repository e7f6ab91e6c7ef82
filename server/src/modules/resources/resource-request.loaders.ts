import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { ResourceRequestEntity } from './resource-request.entity';

/** A resource's current capacity period: the key of its usage row. */
export interface CapacityKey {
  resourceId: string;
  periodStart: string;
}

export function createResourceRequestLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    resourceRequestById: new DataLoader<string, ResourceRequestEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ResourceRequestEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Units used in a resource's period (0 when none was asked for yet). */
    capacityUsed: new DataLoader<CapacityKey, number, string>(
      async (keys) => {
        const rows: { resource_id: string; period_start: string; used: number }[] = await dataSource.query(
          `SELECT u.resource_id, to_char(u.period_start, 'YYYY-MM-DD') AS period_start, u.used
             FROM resource_capacity_usage u
             JOIN unnest($1::uuid[], $2::date[]) AS k(resource_id, period_start) ON k.resource_id = u.resource_id AND k.period_start = u.period_start`,
          [keys.map((key) => key.resourceId), keys.map((key) => key.periodStart)],
        );
        const used = new Map(rows.map((row) => [`${row.resource_id}|${row.period_start}`, row.used]));
        return keys.map((key) => used.get(`${key.resourceId}|${key.periodStart}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.resourceId}|${key.periodStart}` },
    ),
    /** The viewer's member's latest request for each resource. */
    viewerRequestByResource: new DataLoader<string, ResourceRequestEntity | null>(async (resourceIds) => {
      if (!viewer) return resourceIds.map(() => null);
      const rows = await dataSource
        .getRepository(ResourceRequestEntity)
        .createQueryBuilder('r')
        .distinctOn(['r.resource_id'])
        .where('r.resource_id = ANY(:resourceIds) AND r.requester_member_id = :member', { resourceIds, member: viewer.memberId })
        .orderBy('r.resource_id')
        .addOrderBy('r.created_at', 'DESC')
        .getMany();
      const byResource = new Map(rows.map((row) => [row.resourceId, row]));
      return resourceIds.map((id) => byResource.get(id) ?? null);
    }),
  };
}
