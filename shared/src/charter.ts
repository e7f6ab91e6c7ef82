import { addCalendarDays } from './events';
import type { ResourceArea } from './resources';

/**
 * Charter, periods and commitments (章程与承诺). Measured metrics are computed from the ledgers (topics, claims,
 * publications, resources, requests, events), never typed in; a manual commitment counts the evidence the
 * secretariat verified. Progress is judged against the target pro-rated to today; the formula is shown to users.
 */

export const PERIOD_KINDS = ['YEAR', 'QUARTER'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const COMMITMENT_METRICS = [
  'TOPICS_PROPOSED',
  'TOPICS_CO_SPONSORED',
  'ASSIGNMENTS_ACCEPTED',
  'PIECES_REPUBLISHED',
  'PIECES_OFFERED',
  'REQUESTS_FULFILLED',
  'EVENT_PLACES_FILLED',
  'EVENTS_ATTENDED',
  'ON_TIME_RATE',
  'MANUAL',
] as const;
export type CommitmentMetric = (typeof COMMITMENT_METRICS)[number];

/** Metrics counted from the ledgers (everything but MANUAL). */
export const MEASURED_METRICS: readonly CommitmentMetric[] = COMMITMENT_METRICS.filter((metric) => metric !== 'MANUAL');

/** A rate (a percentage of what fell due), not a count: no pro-rating, and nothing due means nothing to judge. */
export function isRateMetric(metric: CommitmentMetric): boolean {
  return metric === 'ON_TIME_RATE';
}

export const COMMITMENT_STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'BEHIND'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const EVIDENCE_STATES = ['SUBMITTED', 'VERIFIED', 'REJECTED'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export const CHARTER_CHANGE_KINDS = ['ADDED', 'CHANGED', 'REMOVED'] as const;
export type CharterChangeKind = (typeof CHARTER_CHANGE_KINDS)[number];

export const CHARTER_LIMITS = {
  articles: 60,
  articleTitle: 80,
  articleBody: 4000,
  changeNote: 1000,
  commitmentsPerPeriod: 30,
  commitmentTitle: 120,
  commitmentDescription: 1000,
  /** Count targets; a rate target is a percentage (0–100). */
  target: 100_000,
  weightMin: 1,
  weightMax: 10,
  evidenceText: 2000,
  evidenceLinks: 10,
  decisionNote: 500,
  /** Years a period may be opened for. */
  yearMin: 2025,
  yearMax: 2100,
} as const;

/** Below this share of the pro-rated target a commitment is behind; at or above it (and under the target) at risk. */
export const AT_RISK_SHARE = 0.75;
/** A rate within this many percentage points under its target is at risk; further under, behind. */
export const RATE_AT_RISK_POINTS = 10;
/** "Who is quiet": members with no activity in the last N days. */
export const QUIET_DAYS = [30, 60, 90] as const;

/** The calendar days (YYYY-MM-DD, inclusive) a period covers. */
export function periodDates(kind: PeriodKind, year: number, quarter: number | null): { startsOn: string; endsOn: string } {
  if (kind === 'YEAR') return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
  if (!quarter || quarter < 1 || quarter > 4) throw new RangeError('a quarter is 1 to 4');
  const firstMonth = (quarter - 1) * 3 + 1;
  const startsOn = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextStart = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { startsOn, endsOn: addCalendarDays(nextStart, -1) };
}

/** Days from `from` to `to` inclusive (0 when `to` is before `from`). */
function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1);
}

/** How much of a period has passed on an alliance day: today counts as passed. */
export function periodElapsed(period: { startsOn: string; endsOn: string }, today: string): { elapsedDays: number; periodDays: number } {
  const periodDays = daysInclusive(period.startsOn, period.endsOn);
  const last = today < period.endsOn ? today : period.endsOn;
  return { elapsedDays: Math.min(periodDays, daysInclusive(period.startsOn, last)), periodDays };
}

export interface CommitmentProgressInput {
  metric: CommitmentMetric;
  target: number;
  /** A count, or for a rate the percentage (null: nothing fell due yet). */
  actual: number | null;
  period: { startsOn: string; endsOn: string };
  today: string;
  /** periodElapsed(period, today), when the caller judges many figures of one period on one day and has it already. */
  elapsed?: { elapsedDays: number; periodDays: number };
}

export interface CommitmentProgress {
  /** The target pro-rated to today: target × elapsedDays ÷ periodDays (a rate's target is not pro-rated). */
  expected: number;
  elapsedDays: number;
  periodDays: number;
  /** actual ÷ target, capped at 1; null when there is nothing to judge (a rate with nothing due). */
  ratio: number | null;
  status: CommitmentStatus;
}

/**
 * Where a commitment stands: MET at the target; ON_TRACK at or above the pro-rated target; AT_RISK within
 * AT_RISK_SHARE of it; BEHIND under that. A rate is MET at its target once the period is over (ON_TRACK before),
 * AT_RISK within RATE_AT_RISK_POINTS under it, BEHIND further under; with nothing due it is ON_TRACK.
 */
export function commitmentProgress({ metric, target, actual, period, today, elapsed }: CommitmentProgressInput): CommitmentProgress {
  const { elapsedDays, periodDays } = elapsed ?? periodElapsed(period, today);
  if (isRateMetric(metric)) {
    if (actual === null) return { expected: target, elapsedDays, periodDays, ratio: null, status: 'ON_TRACK' };
    const ratio = target <= 0 ? 1 : Math.min(1, actual / target);
    const over = today > period.endsOn;
    const status: CommitmentStatus =
      actual >= target ? (over ? 'MET' : 'ON_TRACK') : actual >= target - RATE_AT_RISK_POINTS ? 'AT_RISK' : 'BEHIND';
    return { expected: target, elapsedDays, periodDays, ratio, status };
  }
  const done = actual ?? 0;
  const expected = periodDays === 0 ? target : Math.round(((target * elapsedDays) / periodDays) * 10) / 10;
  const ratio = target <= 0 ? 1 : Math.min(1, done / target);
  const status: CommitmentStatus =
    done >= target ? 'MET' : done >= expected ? 'ON_TRACK' : done >= expected * AT_RISK_SHARE ? 'AT_RISK' : 'BEHIND';
  return { expected, elapsedDays, periodDays, ratio, status };
}

/**
 * The participation index (0–100): the weighted share of commitments met, each counting at most in full
 * (Σ weight × min(actual ÷ target, 1) ÷ Σ weight × 100, one decimal). Commitments with nothing to judge are left out.
 */
export function participationIndex(commitments: readonly { weight: number; ratio: number | null }[]): number {
  const judged = commitments.filter((c): c is { weight: number; ratio: number } => c.ratio !== null);
  const weights = judged.reduce((sum, c) => sum + c.weight, 0);
  if (weights === 0) return 0;
  return Math.round((judged.reduce((sum, c) => sum + c.weight * c.ratio, 0) / weights) * 1000) / 10;
}

/** A member's overall status: its index against the share of the period passed, by the same rule as a commitment. */
export function participationStatus(
  index: number,
  period: { startsOn: string; endsOn: string },
  today: string,
  elapsed?: CommitmentProgressInput['elapsed'],
): CommitmentStatus {
  return commitmentProgress({ metric: 'MANUAL', target: 100, actual: index, period, today, elapsed }).status;
}

/** One article of the charter as published: its number orders it and names it across versions. */
export interface CharterArticleText {
  number: number;
  title: string;
  body: string;
  area: ResourceArea | null;
}

export interface CharterChange<A extends CharterArticleText = CharterArticleText> {
  number: number;
  kind: CharterChangeKind;
  /** The article's title now, or (removed) as it was. */
  title: string;
  before: A | null;
  after: A | null;
}

/**
 * What changed from one version of the charter to the next, article by article (matched by number): ADDED, CHANGED
 * (title, body or area differ) or REMOVED, in number order. Unchanged articles are left out; `before` null compares
 * the first version with nothing (every article ADDED).
 */
export function charterChanges<A extends CharterArticleText>(before: readonly A[] | null, after: readonly A[]): CharterChange<A>[] {
  const was = new Map((before ?? []).map((article) => [article.number, article]));
  const now = new Map(after.map((article) => [article.number, article]));
  const numbers = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
  return numbers.flatMap((number): CharterChange<A>[] => {
    const old = was.get(number) ?? null;
    const next = now.get(number) ?? null;
    if (!old && next) return [{ number, kind: 'ADDED', title: next.title, before: null, after: next }];
    if (old && !next) return [{ number, kind: 'REMOVED', title: old.title, before: old, after: null }];
    if (old && next && (old.title !== next.title || old.body !== next.body || (old.area ?? null) !== (next.area ?? null))) {
      return [{ number, kind: 'CHANGED', title: next.title, before: old, after: next }];
    }
    return [];
  });
}
