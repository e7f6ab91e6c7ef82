import type { TFunction } from 'i18next';
import { CHARTER_LIMITS, isRateMetric, MEASURED_METRICS } from '@yah/shared';
import type { CommitmentMetric, PeriodKind } from '@/__generated__/graphql';

export interface PeriodName {
  kind: PeriodKind;
  year: number;
  quarter: number | null;
}

/** "2026 年度" / "2026 年第 2 季度" (en: "2026" / "Q2 2026"). */
export function periodLabel(t: TFunction, period: PeriodName): string {
  return period.kind === 'YEAR' || period.quarter === null
    ? t('commitments.periodLabelYear', { year: period.year })
    : t('commitments.periodLabelQuarter', { year: period.year, quarter: period.quarter });
}

/** A target as people read it: a count, or for the on-time rate a percentage. */
export function formatTarget(t: TFunction, metric: CommitmentMetric, target: number): string {
  return isRateMetric(metric) ? t('commitments.targetRate', { value: target }) : String(target);
}

/** The largest target a metric takes: a rate is a percentage. */
export function targetMax(metric: CommitmentMetric | undefined | null): number {
  return metric && isRateMetric(metric) ? 100 : CHARTER_LIMITS.target;
}

/** Measured metrics are counted once per period (a manual commitment may appear several times). */
export function isMeasured(metric: CommitmentMetric): boolean {
  return MEASURED_METRICS.includes(metric);
}

/** The period a page opens on: the one asked for, else the current year, else any current period, else the newest. */
export function defaultPeriod<P extends { id: string; kind: PeriodKind; isCurrent: boolean }>(periods: readonly P[], asked: string | null): P | null {
  return (
    periods.find((period) => period.id === asked) ??
    periods.find((period) => period.isCurrent && period.kind === 'YEAR') ??
    periods.find((period) => period.isCurrent) ??
    periods[0] ??
    null
  );
}
