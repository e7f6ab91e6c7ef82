import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupBy } from '../topics/topic.loaders';
import { FileEntity } from './file.entity';

/** Per-request loaders of attached files: one statement per batch. */
export function createFileLoaders(dataSource: DataSource) {
  return {
    /** Each evidence's files in the order they were uploaded (whatever the evidence's state). */
    filesByEvidence: new DataLoader<string, FileEntity[]>(async (evidenceIds) => {
      const rows = await dataSource.getRepository(FileEntity).find({ where: { evidenceId: In([...evidenceIds]), state: 'READY' }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupBy(evidenceIds, rows, (row) => row.evidenceId ?? '');
    }),
    /** Each claim's files in the order they were uploaded. */
    filesByClaim: new DataLoader<string, FileEntity[]>(async (claimIds) => {
      const rows = await dataSource.getRepository(FileEntity).find({ where: { claimId: In([...claimIds]), state: 'READY' }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupBy(claimIds, rows, (row) => row.claimId ?? '');
    }),
  };
}
