import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { ResourceArea, ResourceRequestState, ResourceStatus } from '@yah/shared';
import { PublicationEntity } from '../claims/claim.entity';
import { reachLoader } from '../claims/publication.loaders';
import { groupBy } from '../topics/topic.loaders';
import { ResourceEntity } from './resource.entity';
import type { ExchangeBalanceType } from './resource.type';

/** Republications a piece's page lists (newest first); its reach sums them all. */
export const PUBLICATIONS_PER_RESOURCE = 100;

export function createResourceLoaders(dataSource: DataSource) {
  return {
    resourceById: new DataLoader<string, ResourceEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ResourceEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The newest PUBLICATIONS_PER_RESOURCE republications of each piece, in one statement for any number of pieces. */
    publicationsByResource: new DataLoader<string, PublicationEntity[]>(async (resourceIds) => {
      const rows = await dataSource
        .getRepository(PublicationEntity)
        .createQueryBuilder('p')
        .where(
          `p.id IN (SELECT id FROM (
             SELECT id, row_number() OVER (PARTITION BY resource_id ORDER BY published_at DESC, id DESC) AS rn
               FROM publications WHERE resource_id = ANY(:resourceIds)
           ) newest WHERE rn <= :limit)`,
          { resourceIds, limit: PUBLICATIONS_PER_RESOURCE },
        )
        .orderBy('p.published_at', 'DESC')
        .addOrderBy('p.id', 'DESC')
        .getMany();
      return groupBy(resourceIds, rows, (row) => row.resourceId ?? '');
    }),
    reachByResource: reachLoader(dataSource, 'resource_id'),
    /** Each member's give and take, in one statement for any number of members; both republication figures count records. */
    exchangeBalanceByMember: new DataLoader<string, ExchangeBalanceType>(async (memberIds) => {
      const rows: { id: string; offered_pieces: string; offered_other: string; from_others: string; by_others: string; fulfilled_for: string; fulfilled_to: string }[] =
        await dataSource.query(
          `SELECT m.id,
                  (SELECT count(*) FROM resources r WHERE r.owner_member_id = m.id AND r.status = $2 AND r.area = $3) AS offered_pieces,
                  (SELECT count(*) FROM resources r WHERE r.owner_member_id = m.id AND r.status = $2 AND r.area <> $3) AS offered_other,
                  (SELECT count(*) FROM publications p JOIN resources r ON r.id = p.resource_id
                    WHERE p.member_id = m.id AND r.owner_member_id <> m.id) AS from_others,
                  (SELECT count(*) FROM resources r JOIN publications p ON p.resource_id = r.id
                    WHERE r.owner_member_id = m.id AND p.member_id <> m.id) AS by_others,
                  (SELECT count(*) FROM resource_requests q WHERE q.owner_member_id = m.id AND q.state = $4) AS fulfilled_for,
                  (SELECT count(*) FROM resource_requests q WHERE q.requester_member_id = m.id AND q.state = $4) AS fulfilled_to
             FROM unnest($1::uuid[]) AS m(id)`,
          [memberIds, 'ACTIVE' satisfies ResourceStatus, 'CONTENT' satisfies ResourceArea, 'FULFILLED' satisfies ResourceRequestState],
        );
      const byMember = new Map(rows.map((row) => [row.id, row]));
      return memberIds.map((id) => {
        const row = byMember.get(id);
        return {
          piecesOffered: Number(row?.offered_pieces ?? 0),
          resourcesOffered: Number(row?.offered_other ?? 0),
          republishedFromOthers: Number(row?.from_others ?? 0),
          republishedByOthers: Number(row?.by_others ?? 0),
          requestsFulfilledForOthers: Number(row?.fulfilled_for ?? 0),
          requestsReceivedFulfilled: Number(row?.fulfilled_to ?? 0),
        };
      });
    }),
  };
}
