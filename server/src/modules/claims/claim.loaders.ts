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
    publicationsByClaim: new DataLoader<string, PublicationEntity[]>(async (claimIds) => {
      const rows = await dataSource.getRepository(PublicationEntity).find({ where: { claimId: In([...claimIds]) }, order: { publishedAt: 'ASC' } });
      return groupBy(claimIds, rows, (row) => row.claimId ?? '');
    }),
  };
}
