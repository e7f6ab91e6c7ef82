import { allianceDayOf, AT_RISK_SHARE, isRateMetric, RATE_AT_RISK_POINTS, type CommitmentMetric, type CommitmentStatus } from '@yah/shared';
import type { TFunction } from 'i18next';

/** One colour per status everywhere (tags, bars, figures, the map): the river map's. Each tag also carries an icon and its word. */
export { STATUS_COLORS } from './status-colors';

/** Soft backgrounds of the same four, for tags and the figures in the ranking. */
export const STATUS_SOFT: Readonly<Record<CommitmentStatus, string>> = {
  MET: '#e8f3e9',
  ON_TRACK: '#e9effd',
  AT_RISK: '#fbf0e3',
  BEHIND: '#fbeaea',
};

export interface PeriodLike {
  id: string;
  kind: 'YEAR' | 'QUARTER';
  year: number;
  quarter: number | null;
  isCurrent: boolean;
}

/** "2026 年度" / "2026 年第 2 季度" (en: "2026", "2026 Q2"). */
export function periodLabel(t: TFunction, period: Pick<PeriodLike, 'kind' | 'year' | 'quarter'>): string {
  return period.kind === 'YEAR'
    ? t('participation.period.year', { year: period.year })
    : t('participation.period.quarter', { year: period.year, quarter: period.quarter ?? 0 });
}

/** The period a page opens with: the current year, else the newest (the list comes newest first) — the server's own default. */
export function defaultPeriod<P extends PeriodLike>(periods: readonly P[]): P | null {
  return periods.find((period) => period.kind === 'YEAR' && period.isCurrent) ?? periods[0] ?? null;
}

/** A figure as people read it: whole numbers plain, others with one decimal. */
export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export interface ProgressLike {
  target: number;
  actual: number | null;
  due: number | null;
  expected: number;
  elapsedDays: number;
  periodDays: number;
  status: CommitmentStatus;
  commitment: { metric: CommitmentMetric };
}

/** "12 / 20", "80.0% / 90%", "— / 90%" (nothing due yet). */
export function figureText(progress: Pick<ProgressLike, 'actual' | 'target' | 'commitment'>): string {
  if (isRateMetric(progress.commitment.metric)) {
    return `${progress.actual === null ? '—' : `${progress.actual.toFixed(1)}%`} / ${progress.target}%`;
  }
  return `${formatFigure(progress.actual ?? 0)} / ${progress.target}`;
}

/** Claims delivered on time, back from the rate and its denominator (actual = round(100 × onTime ÷ due, 1)). */
export function onTimeCount(actual: number, due: number): number {
  return Math.round((actual * due) / 100);
}

/**
 * The formula behind a figure, in words and numbers: "实际 12 / 目标 20；按期进度应达 20 × 334/365 = 18.3 → 正常推进",
 * and the rule that turned it into a status.
 */
export function progressFormula(t: TFunction, progress: ProgressLike): { formula: string; rule: string } {
  const status = t(`participation.status.${progress.status}`);
  if (isRateMetric(progress.commitment.metric)) {
    const rule = t('participation.formula.rateRule', { points: RATE_AT_RISK_POINTS });
    if (progress.actual === null || !progress.due) {
      return { formula: t('participation.formula.rateNothingDue', { target: progress.target, status }), rule };
    }
    return {
      formula: t('participation.formula.rate', {
        onTime: onTimeCount(progress.actual, progress.due),
        due: progress.due,
        actual: progress.actual.toFixed(1),
        target: progress.target,
        status,
      }),
      rule,
    };
  }
  return {
    formula: t('participation.formula.count', {
      actual: formatFigure(progress.actual ?? 0),
      target: progress.target,
      elapsed: progress.elapsedDays,
      days: progress.periodDays,
      expected: formatFigure(progress.expected),
      status,
    }),
    rule: t('participation.formula.countRule', { share: Math.round(AT_RISK_SHARE * 100) }),
  };
}

/**
 * The index in numbers: Σ weight × min(actual ÷ target, 1) ÷ Σ weight × 100, over the commitments that can be judged
 * (a rate with nothing due is left out), e.g. "(2 × 1.00 + 1 × 0.60) ÷ 3 × 100 = 86.7".
 */
export function indexFormula(commitments: readonly { ratio: number | null; commitment: { weight: number } }[], index: number): string | null {
  const judged = commitments.filter((c): c is typeof c & { ratio: number } => c.ratio !== null);
  if (judged.length === 0) return null;
  const weights = judged.reduce((sum, c) => sum + c.commitment.weight, 0);
  const terms = judged.map((c) => `${c.commitment.weight} × ${c.ratio.toFixed(2)}`).join(' + ');
  return `(${terms}) ÷ ${weights} × 100 = ${index.toFixed(1)}`;
}

/** The alliance month (YYYY-MM) of an instant, by default now. */
export function allianceMonth(now: Date = new Date()): string {
  return allianceDayOf(now).slice(0, 7);
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
