import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupBy } from '../topics/topic.loaders';
import { CharterVersionEntity, CommitmentEntity, CommitmentEvidenceEntity, CommitmentTargetEntity, ParticipationPeriodEntity } from './charter.entity';

const byKey = <K, V>(keys: readonly K[], rows: Map<K, V>): (V | null)[] => keys.map((key) => rows.get(key) ?? null);

/** Per-request loaders of the charter's versions, periods, commitments, targets and evidence: one statement per batch. */
export function createCharterLoaders(dataSource: DataSource) {
  return {
    /** A charter version by its number (CharterVersion.changes reads the one before). */
    charterVersionByNumber: new DataLoader<number, CharterVersionEntity | null>(async (versions) => {
      const rows = await dataSource.getRepository(CharterVersionEntity).findBy({ version: In([...versions]) });
      return byKey(versions, new Map(rows.map((row) => [row.version, row])));
    }),
    periodById: new DataLoader<string, ParticipationPeriodEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ParticipationPeriodEntity).findBy({ id: In([...ids]) });
      return byKey(ids, new Map(rows.map((row) => [row.id, row])));
    }),
    commitmentById: new DataLoader<string, CommitmentEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(CommitmentEntity).findBy({ id: In([...ids]) });
      return byKey(ids, new Map(rows.map((row) => [row.id, row])));
    }),
    /** A period's commitments in the order they were set. */
    commitmentsByPeriod: new DataLoader<string, CommitmentEntity[]>(async (periodIds) => {
      const rows = await dataSource.getRepository(CommitmentEntity).find({ where: { periodId: In([...periodIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupBy(periodIds, rows, (row) => row.periodId);
    }),
    /** Every per-member override of each commitment (the resolver shows what the viewer may see). */
    targetsByCommitment: new DataLoader<string, CommitmentTargetEntity[]>(async (commitmentIds) => {
      const rows = await dataSource.getRepository(CommitmentTargetEntity).find({ where: { commitmentId: In([...commitmentIds]) }, order: { memberId: 'ASC' } });
      return groupBy(commitmentIds, rows, (row) => row.commitmentId);
    }),
    commitmentEvidenceById: new DataLoader<string, CommitmentEvidenceEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(CommitmentEvidenceEntity).findBy({ id: In([...ids]) });
      return byKey(ids, new Map(rows.map((row) => [row.id, row])));
    }),
  };
}
