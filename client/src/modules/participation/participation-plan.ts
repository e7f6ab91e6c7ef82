import type { ParticipationPlan_PeriodFragment, ParticipationRow_RowFragment } from '@/__generated__/graphql';

/** A period's commitments and days passed: the same for every row, so asked once (ParticipationPlan_period). */
export type ParticipationPlan = ParticipationPlan_PeriodFragment;
export type PlanCommitment = ParticipationPlan['commitments'][number];
type RowCell = ParticipationRow_RowFragment['commitments'][number];

/** One commitment of one member: the row's own figures, with the period's commitment (title, metric, weight) and days. */
export type Progress = Omit<RowCell, 'commitment'> & Pick<ParticipationPlan, 'elapsedDays' | 'periodDays'> & { commitment: PlanCommitment };

/** A member's row with every figure joined to its commitment: what the ranking, scorecard, drawer, report and map read. */
export type Standing = Omit<ParticipationRow_RowFragment, 'commitments'> & { commitments: Progress[] };

/**
 * Joins rows (whose cells name their commitment by id) with their period's plan, in the row's commitment order. A cell
 * whose commitment the plan does not list (removed between the two reads) is left out.
 */
export function joinPlan(rows: readonly ParticipationRow_RowFragment[], plan: ParticipationPlan): Standing[] {
  const byId = new Map(plan.commitments.map((commitment) => [commitment.id, commitment]));
  const { elapsedDays, periodDays } = plan;
  return rows.map((row) => ({
    ...row,
    commitments: row.commitments.flatMap((cell) => {
      const commitment = byId.get(cell.commitment.id);
      return commitment ? [{ ...cell, commitment, elapsedDays, periodDays }] : [];
    }),
  }));
}
