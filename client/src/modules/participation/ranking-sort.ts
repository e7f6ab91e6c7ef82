import type { CommitmentStatus } from '@yah/shared';
import type { Standing } from './participation-plan';

type Row = Standing;

/** Worst first when sorted ascending by need of attention; "status ascending" reads best first. */
const STATUS_ORDER: Readonly<Record<CommitmentStatus, number>> = { MET: 0, ON_TRACK: 1, AT_RISK: 2, BEHIND: 3 };

/** A sort key of the ranking: rank, index, province (along the river), status, or a commitment's figure. */
export type RankingSortKey = 'rank' | 'index' | 'province' | 'status' | `commitment:${string}`;

function commitmentValue(row: Row, commitmentId: string): number {
  const progress = row.commitments.find((item) => item.commitment.id === commitmentId);
  // By how far along the target a member is (a rate with nothing due last), then by the raw figure.
  if (!progress) return -1;
  return (progress.ratio ?? -0.5) * 1e6 + (progress.actual ?? 0);
}

/** Compares two rows by a key, ascending (for a commitment: the furthest along first when descending). */
export function compareRows(key: RankingSortKey, a: Row, b: Row): number {
  if (key === 'rank') return a.rank - b.rank;
  if (key === 'index') return a.index - b.index;
  if (key === 'province') return a.member.province.riverOrder - b.member.province.riverOrder || a.rank - b.rank;
  if (key === 'status') return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.rank - b.rank;
  const id = key.slice('commitment:'.length);
  return commitmentValue(a, id) - commitmentValue(b, id);
}

/** The natural direction of each key: rank ascending, an index or a figure descending (best first). */
export function sortRows(rows: readonly Row[], key: RankingSortKey): Row[] {
  const descending = key === 'index' || key.startsWith('commitment:');
  return [...rows].sort((a, b) => (descending ? -compareRows(key, a, b) : compareRows(key, a, b)) || a.rank - b.rank);
}
