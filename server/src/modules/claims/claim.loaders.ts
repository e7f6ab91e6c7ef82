import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { SLOT_HOLDING_CLAIM_STATES } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { groupBy } from '../topics/topic.loaders';
import { ClaimEntity, PublicationEntity } from './claim.entity';

export function createClaimLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    claimById: new DataLoader<string, ClaimEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ClaimEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    claimsByAssignment: new DataLoader<string, ClaimEntity[]>(async (assignmentIds) => {
      const rows = await dataSource.getRepository(ClaimEntity).find({ where: { assignmentId: In([...assignmentIds]) }, order: { claimedAt: 'ASC' } });
      return groupBy(assignmentIds, rows, (row) => row.assignmentId);
    }),
    /** The viewer's slot-holding claim on each assignment. */
    viewerClaimByAssignment: new DataLoader<string, ClaimEntity | null>(async (assignmentIds) => {
      if (!viewer) return assignmentIds.map(() => null);
      const rows = await dataSource
        .getRepository(ClaimEntity)
        .createQueryBuilder('c')
        .where('c.assignment_id = ANY(:assignmentIds) AND c.reporter_id = :me', { assignmentIds, me: viewer.userId })
        .andWhere('c.state IN (:...holding)', { holding: SLOT_HOLDING_CLAIM_STATES })
        .getMany();
      const byAssignment = new Map(rows.map((row) => [row.assignmentId, row]));
      return assignmentIds.map((id) => byAssignment.get(id) ?? null);
    }),
    /** How many slots of each assignment hold accepted work (one grouped read for the whole list). */
    acceptedCountByAssignment: new DataLoader<string, number>(async (assignmentIds) => {
      const rows: { assignment_id: string; accepted: string }[] = await dataSource.query(
        `SELECT assignment_id, count(*) AS accepted FROM claims WHERE assignment_id = ANY($1) AND state = 'ACCEPTED' GROUP BY assignment_id`,
        [[...assignmentIds]],
      );
      const byAssignment = new Map(rows.map((row) => [row.assignment_id, Number(row.accepted)]));
      return assignmentIds.map((id) => byAssignment.get(id) ?? 0);
    }),
    publicationsByClaim: new DataLoader<string, PublicationEntity[]>(async (claimIds) => {
      const rows = await dataSource.getRepository(PublicationEntity).find({ where: { claimId: In([...claimIds]) }, order: { publishedAt: 'ASC' } });
      return groupBy(claimIds, rows, (row) => row.claimId ?? '');
    }),
  };
}
