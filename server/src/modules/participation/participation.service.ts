import { In, type DataSource } from 'typeorm';
import {
  addCalendarDays,
  allianceDate,
  COMMITMENT_METRICS,
  COMMITMENT_STATUSES,
  commitmentProgress,
  isCalendarDate,
  isRateMetric,
  MEASURED_METRICS,
  participationIndex,
  participationStatus,
  periodElapsed,
  QUIET_DAYS,
  type CommitmentMetric,
} from '@yah/shared';
import { badInput, notFound } from '../../common/errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import type { Viewer } from '../../common/viewer';
import { CommitmentEntity, CommitmentTargetEntity, ParticipationPeriodEntity } from '../charter/charter.entity';
import { MemberEntity } from '../members/member.entity';
import { ProvinceEntity } from '../provinces/province.entity';
import { entriesStatement, entryCountStatement, figuresStatement, type EntryRow, type FigureRow, type SourceWindow } from './metric-sources';
import { LAST_ACTIVITY_SQL, rollupFiguresStatement } from './participation-rollup';
import { participationPolicy } from './participation.policy';
import type {
  CommitmentProgressType,
  MetricTotalType,
  MonthlyReportType,
  ParticipationEntryType,
  ParticipationRowType,
  ParticipationTotalsType,
  ParticipationType,
  QuietMemberType,
  ReportEventType,
  ReportPublicationType,
} from './participation.type';

const FORBIDDEN_DASHBOARD = 'Only the secretariat and chief editors read participation.';
const FORBIDDEN_MEMBER = "Only the secretariat, and the member's own chief editor, read a member's participation.";
const FORBIDDEN_REPORT = 'Only the secretariat reads the monthly report.';
const FORBIDDEN_PROVINCES = "Only the secretariat reads a province's participation.";
const INT_MAX = 2 ** 31 - 1;
const TOP_PUBLICATIONS = 5;

const round1 = (value: number) => Math.round(value * 10) / 10;
/** The first instant of an alliance calendar day (UTC+8 all year). */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
/** "2026-12" → "2027-01". */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The instants a period covers: [startsOn 00:00, endsOn + 1 00:00) alliance time. */
export function periodWindow(period: Pick<ParticipationPeriodEntity, 'startsOn' | 'endsOn'>, now: Date, commitments: string[] = []): SourceWindow {
  return { from: startOfDay(period.startsOn), to: startOfDay(addCalendarDays(period.endsOn, 1)), now, commitments };
}

interface Tally {
  n: number;
  onTime: number;
}

/**
 * What one metric's figures statement returned, indexed for the sums the dashboard needs: rows per member (and month, or
 * per member alone) and, from the rollup, rows per month over the dashboard's scope (member_id null).
 */
class MetricFigures {
  private readonly byMember = new Map<string, Tally>();
  private readonly byMemberCommitment = new Map<string, number>();
  /** Month → the scope's tally: what the trend shows. */
  readonly scopeMonths = new Map<string, Tally>();

  constructor(rows: FigureRow[]) {
    for (const row of rows) {
      if (row.member_id === null) {
        if (row.month !== null) this.scopeMonths.set(row.month, { n: row.n, onTime: row.on_time });
        continue;
      }
      const tally = this.byMember.get(row.member_id) ?? { n: 0, onTime: 0 };
      tally.n += row.n;
      tally.onTime += row.on_time;
      this.byMember.set(row.member_id, tally);
      if (row.commitment_id) {
        const key = `${row.member_id}/${row.commitment_id}`;
        this.byMemberCommitment.set(key, (this.byMemberCommitment.get(key) ?? 0) + row.n);
      }
    }
  }

  member(memberId: string): Tally {
    return this.byMember.get(memberId) ?? { n: 0, onTime: 0 };
  }

  commitment(memberId: string, commitmentId: string): number {
    return this.byMemberCommitment.get(`${memberId}/${commitmentId}`) ?? 0;
  }

  /** The sum over some members. */
  total(members: ReadonlySet<string>): Tally {
    const tally = { n: 0, onTime: 0 };
    for (const member of members) {
      const own = this.byMember.get(member);
      tally.n += own?.n ?? 0;
      tally.onTime += own?.onTime ?? 0;
    }
    return tally;
  }

  /** The scope's sum in one month. */
  month(month: string): Tally {
    return this.scopeMonths.get(month) ?? { n: 0, onTime: 0 };
  }
}

/** A count, or for a rate the percentage on time (null when nothing fell due). */
const valueOf = (metric: CommitmentMetric, tally: Tally): number | null =>
  isRateMetric(metric) ? (tally.n === 0 ? null : round1((100 * tally.onTime) / tally.n)) : tally.n;

/** A period with its commitments and per-member targets. */
interface Plan {
  period: ParticipationPeriodEntity;
  commitments: CommitmentEntity[];
  /** Commitment id → member id → the member's own target (else the commitment's default). */
  targets: Map<string, Map<string, number>>;
  /** Distinct metrics of the commitments, in metric order. */
  metrics: CommitmentMetric[];
}

interface Scored {
  rows: ParticipationRowType[];
  figures: Map<CommitmentMetric, MetricFigures>;
}

export interface EntriesArgs {
  periodId: string;
  memberId: string;
  metric: CommitmentMetric;
  commitmentId?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The participation dashboard, scorecards, the rows behind every figure and the monthly report — the figures from the
 * rollup the database keeps of the metric sources (participation-rollup.ts), the rows behind them live from the sources
 * (metric-sources.ts) — in a number of statements that does not depend on the number of members: the period, its commitments, their targets, the members, the provinces, one statement per metric
 * the period commits to, and one for everyone's last activity.
 */
export class ParticipationService {
  constructor(private readonly dataSource: DataSource) {}

  async participation(viewer: Viewer, periodId: string, provinceCode: string | null | undefined): Promise<ParticipationType> {
    const scope = participationPolicy.scope(viewer);
    authorize(scope !== 'NONE', FORBIDDEN_DASHBOARD);
    const comparing = participationPolicy.mayCompareMembers(viewer);
    // A province's totals compare its members with the rest (with two members, nearly a member's own figure).
    authorize(!provinceCode || comparing, FORBIDDEN_PROVINCES);
    const now = new Date();
    const today = allianceDate(now);
    const period = await this.period(periodId);
    const [plan, ranked, provinces] = await Promise.all([this.plan(period), this.rankedMembers(), this.provinces()]);
    // Every row shows its member's province: hand it over now rather than through a loader per row.
    const provinceOf = new Map(provinces.map((province) => [province.code, province]));
    for (const member of ranked) member.province ??= provinceOf.get(member.provinceCode);
    if (provinceCode && !provinces.some((province) => province.code === provinceCode)) {
      throw badInput('There is no such province.', 'VALIDATION', { provinceCode: 'unknown province' });
    }
    const inScope = ranked.filter((member) => !provinceCode || member.provinceCode === provinceCode);
    const visible = scope === 'ALL' ? inScope : inScope.filter((member) => member.id === viewer.memberId);
    const [scored, lastActivity] = await Promise.all([
      this.score(plan, ranked, inScope, now, today),
      this.lastActivity((comparing ? inScope : visible).map((member) => member.id)),
    ]);
    const rowOf = new Map(scored.rows.map((row) => [row.member.id, row]));
    const scopeIds = new Set(inScope.map((member) => member.id));
    const rows = visible.flatMap((member) => {
      const row = rowOf.get(member.id);
      return row ? [{ ...row, lastActivityAt: lastActivity.get(member.id) ?? null }] : [];
    });
    rows.sort((a, b) => a.rank - b.rank);
    const provinceOrder = new Map(provinces.map((province) => [province.code, province.riverOrder]));
    return {
      period,
      rows,
      totals: this.totals(plan, scored, inScope, scopeIds),
      provinces: comparing
        ? provinces.map((province) => {
            const members = ranked.filter((member) => member.provinceCode === province.code);
            const ids = new Set(members.map((member) => member.id));
            const totals = this.totals(plan, scored, members, ids);
            return { province, members: members.length, averageIndex: totals.averageIndex, metrics: totals.metrics };
          })
        : [],
      trend: this.trend(plan, scored.figures, today),
      quietCandidates: comparing
        ? [...inScope]
            .sort((a, b) => (provinceOrder.get(a.provinceCode) ?? 0) - (provinceOrder.get(b.provinceCode) ?? 0) || a.slug.localeCompare(b.slug))
            .map((member) => {
              const lastActivityAt = lastActivity.get(member.id) ?? null;
              return { member, lastActivityAt, daysQuiet: lastActivityAt ? daysBetween(allianceDate(lastActivityAt), today) : null };
            })
        : [],
    };
  }

  /** Members in scope with no activity in the last `days` alliance days (today included), never-active first, then longest quiet. */
  quiet(participation: ParticipationType, days: number): QuietMemberType[] {
    if (!(QUIET_DAYS as readonly number[]).includes(days)) {
      throw badInput(`days must be one of ${QUIET_DAYS.join(', ')}.`, 'VALIDATION', { days: QUIET_DAYS.join('/') });
    }
    return participation.quietCandidates
      .filter((quiet) => quiet.daysQuiet === null || quiet.daysQuiet >= days)
      .sort((a, b) => (a.daysQuiet === null ? (b.daysQuiet === null ? 0 : -1) : b.daysQuiet === null ? 1 : b.daysQuiet - a.daysQuiet));
  }

  /**
   * One member's row: its commitments, index, rank among the ranked members (a member that is not ranked — suspended,
   * or the secretariat — gets the rank its index would have) and last activity. Null without a period, or while the
   * period has no commitments. periodId null: the current YEAR period, else the newest.
   */
  async scorecard(viewer: Viewer, memberId: string, periodId: string | null | undefined): Promise<ParticipationRowType | null> {
    authorize(participationPolicy.mayReadMember(viewer, memberId), FORBIDDEN_MEMBER);
    const now = new Date();
    const today = allianceDate(now);
    const [member, period] = await Promise.all([
      this.dataSource.getRepository(MemberEntity).findOneBy({ id: memberId }),
      periodId ? this.period(periodId) : this.defaultPeriod(today),
    ]);
    if (!member) throw notFound('Member');
    // The secretariat runs the alliance and is not one of the members it measures: it has no scorecard.
    if (!period || member.allianceRole === 'SECRETARIAT') return null;
    const [plan, ranked] = await Promise.all([this.plan(period), this.rankedMembers()]);
    if (plan.commitments.length === 0) return null;
    const isRanked = ranked.some((candidate) => candidate.id === memberId);
    const [scored, lastActivity] = await Promise.all([this.score(plan, isRanked ? ranked : [...ranked, member], [], now, today), this.lastActivity([memberId])]);
    const row = scored.rows.find((candidate) => candidate.member.id === memberId);
    if (!row) return null;
    if (!isRanked) row.rank = 1 + scored.rows.filter((other) => other.member.id !== memberId && other.index > row.index).length;
    return { ...row, lastActivityAt: lastActivity.get(memberId) ?? null };
  }

  /** The ledger rows behind one figure of one member, newest first; totalCount is the figure. */
  async entries(viewer: Viewer, args: EntriesArgs): Promise<Page<ParticipationEntryType>> {
    authorize(participationPolicy.mayReadMember(viewer, args.memberId), FORBIDDEN_MEMBER);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ['epochMicros', 'uuid']) : null;
    if (args.metric === 'MANUAL' && !args.commitmentId) {
      throw badInput('Name the manual commitment whose evidence to list.', 'VALIDATION', { commitmentId: 'required for MANUAL' });
    }
    const [period, member, commitment] = await Promise.all([
      this.period(args.periodId),
      this.dataSource.getRepository(MemberEntity).findOneBy({ id: args.memberId }),
      args.commitmentId ? this.dataSource.getRepository(CommitmentEntity).findOneBy({ id: args.commitmentId }) : null,
    ]);
    if (!member) throw notFound('Member');
    if (args.commitmentId) {
      if (!commitment || commitment.periodId !== period.id) throw notFound('Commitment');
      if (commitment.metric !== args.metric) throw badInput("The commitment counts another metric.", 'VALIDATION', { commitmentId: 'counts another metric' });
    }
    const window = periodWindow(period, new Date(), commitment ? [commitment.id] : []);
    const manual = args.metric === 'MANUAL' ? (commitment?.id ?? null) : null;
    const [rows, [count]] = (await Promise.all([
      this.dataSource.query(...entriesStatement(args.metric, window, member.id, manual, after ? { micros: after[0], id: after[1] } : null, size + 1)),
      this.dataSource.query(...entryCountStatement(args.metric, window, member.id, manual)),
    ])) as [EntryRow[], { n: number }[]];
    const nodes = rows.map((row) => ({
      entityType: row.entity_type,
      entityId: row.entity_id,
      title: row.title ?? '',
      at: new Date(row.at),
      onTime: row.on_time,
      path: row.path,
      detail: row.detail,
      micros: row.at_micros,
    }));
    return toPage(nodes, size, count?.n ?? 0, (node) => [node.micros, node.entityId]);
  }

  /** The secretariat's monthly report: every measured metric over the month, its widest-reaching pieces, its events, its new members. */
  async monthlyReport(viewer: Viewer, month: string): Promise<MonthlyReportType> {
    authorize(participationPolicy.mayReadMonthlyReport(viewer), FORBIDDEN_REPORT);
    if (!/^\d{4}-\d{2}$/.test(month) || !isCalendarDate(`${month}-01`)) {
      throw badInput('month must be written YYYY-MM.', 'VALIDATION', { month: 'YYYY-MM' });
    }
    const firstDay = `${month}-01`;
    const nextFirstDay = `${nextMonth(month)}-01`;
    const window: SourceWindow = { from: startOfDay(firstDay), to: startOfDay(nextFirstDay), now: new Date(), commitments: [] };
    const [period, ranked, figures, publications, events, newMembers] = await Promise.all([
      this.dataSource.getRepository(ParticipationPeriodEntity).findOneBy({ kind: 'YEAR', year: Number(month.slice(0, 4)) }),
      this.rankedMembers(),
      this.figures([...MEASURED_METRICS], window, []),
      this.dataSource.query(
        `SELECT p.id, coalesce(r.title, a.title) AS title, p.member_id AS "memberId", p.channel, p.url, p.published_at AS "publishedAt",
                least((p.views + p.shares + p.likes)::float8, ${INT_MAX})::int AS reach
           FROM publications p
           LEFT JOIN resources r ON r.id = p.resource_id
           LEFT JOIN claims c ON c.id = p.claim_id
           LEFT JOIN assignments a ON a.id = c.assignment_id
          WHERE p.published_at >= $1 AND p.published_at < $2
          ORDER BY (p.views + p.shares + p.likes) DESC, p.published_at DESC, p.id
          LIMIT ${TOP_PUBLICATIONS}`,
        [window.from, window.to],
      ) as Promise<ReportPublicationType[]>,
      this.dataSource.query(
        `SELECT e.id AS "eventId",
                (SELECT count(*) FROM event_participants ep WHERE ep.event_id = e.id AND ep.status = 'PLACED')::int AS placed,
                (SELECT count(*) FROM event_participants ep WHERE ep.event_id = e.id AND ep.status = 'PLACED'
                    AND EXISTS (SELECT 1 FROM event_check_ins k WHERE k.participant_id = ep.id))::int AS attended
           FROM events e
          WHERE e.status = 'PUBLISHED' AND e.starts_on < $2::date AND e.ends_on >= $1::date
          ORDER BY e.starts_on, e.id`,
        [firstDay, nextFirstDay],
      ) as Promise<ReportEventType[]>,
      this.dataSource
        .getRepository(MemberEntity)
        .createQueryBuilder('m')
        .where('m.joined_on >= :from AND m.joined_on < :to', { from: firstDay, to: nextFirstDay })
        .orderBy('m.joined_on')
        .addOrderBy('m.slug')
        .getMany(),
    ]);
    const ids = new Set(ranked.map((member) => member.id));
    return {
      month,
      period,
      metrics: MEASURED_METRICS.map((metric) => ({ metric, value: valueOf(metric, figures.get(metric)!.total(ids)) })),
      topPublications: publications.map((row) => ({ ...row, title: row.title ?? '', publishedAt: new Date(row.publishedAt) })),
      events,
      newMembers,
    };
  }

  // ——— the pieces ———

  async period(id: string): Promise<ParticipationPeriodEntity> {
    const period = await this.dataSource.getRepository(ParticipationPeriodEntity).findOneBy({ id });
    if (!period) throw notFound('Period');
    return period;
  }

  /** The current YEAR period (today in it), else the newest (latest start, a year before its quarters). */
  private defaultPeriod(today: string): Promise<ParticipationPeriodEntity | null> {
    return this.dataSource
      .getRepository(ParticipationPeriodEntity)
      .createQueryBuilder('p')
      .orderBy(`CASE WHEN p.kind = 'YEAR' AND p.starts_on <= :today AND p.ends_on >= :today THEN 0 ELSE 1 END`)
      .addOrderBy('p.starts_on', 'DESC')
      .addOrderBy('p.quarter', 'ASC')
      .setParameter('today', today)
      .getOne();
  }

  private async plan(period: ParticipationPeriodEntity): Promise<Plan> {
    const commitments = await this.dataSource.getRepository(CommitmentEntity).find({ where: { periodId: period.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const targets = commitments.length
      ? await this.dataSource.getRepository(CommitmentTargetEntity).findBy({ commitmentId: In(commitments.map((commitment) => commitment.id)) })
      : [];
    const used = new Set(commitments.map((commitment) => commitment.metric));
    const byCommitment = new Map(commitments.map((commitment) => [commitment.id, new Map<string, number>()]));
    for (const target of targets) byCommitment.get(target.commitmentId)?.set(target.memberId, target.target);
    return {
      period,
      commitments,
      targets: byCommitment,
      metrics: COMMITMENT_METRICS.filter((metric) => used.has(metric)),
    };
  }

  /** The members the dashboard ranks: active member units, not the secretariat itself. */
  private rankedMembers(): Promise<MemberEntity[]> {
    return this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('m.status = :active AND m.alliance_role <> :secretariat', { active: 'ACTIVE', secretariat: 'SECRETARIAT' })
      .orderBy('m.slug')
      .getMany();
  }

  provinces(): Promise<ProvinceEntity[]> {
    return this.dataSource.getRepository(ProvinceEntity).find({ order: { riverOrder: 'ASC' } });
  }

  /**
   * One statement per metric, whatever the number of members: measured metrics from the rollup (per member, and per
   * month over the `scope` members for the trend), MANUAL from its evidence.
   */
  private async figures(metrics: CommitmentMetric[], window: SourceWindow, scope: MemberEntity[]): Promise<Map<CommitmentMetric, MetricFigures>> {
    const scopeIds = scope.map((member) => member.id);
    const results = await Promise.all(
      metrics.map(
        (metric) =>
          this.dataSource.query(...(metric === 'MANUAL' ? figuresStatement(metric, window) : rollupFiguresStatement(metric, window, scopeIds))) as Promise<FigureRow[]>,
      ),
    );
    return new Map(metrics.map((metric, index) => [metric, new MetricFigures(results[index]!)]));
  }

  private async lastActivity(memberIds: string[]): Promise<Map<string, Date>> {
    if (memberIds.length === 0) return new Map();
    const rows: { member_id: string; last_activity_at: Date | string | null }[] = await this.dataSource.query(LAST_ACTIVITY_SQL, [memberIds]);
    return new Map(rows.flatMap((row) => (row.last_activity_at ? [[row.member_id, new Date(row.last_activity_at)] as const] : [])));
  }

  /**
   * Every member's progress on every commitment, index, status and rank (no rows while there are no commitments); the
   * figures also hold the months of the `scope` members, for the trend.
   */
  private async score(plan: Plan, members: MemberEntity[], scope: MemberEntity[], now: Date, today: string): Promise<Scored> {
    if (plan.commitments.length === 0) return { rows: [], figures: new Map() };
    const manual = plan.commitments.filter((commitment) => commitment.metric === 'MANUAL').map((commitment) => commitment.id);
    const figures = await this.figures(plan.metrics, periodWindow(plan.period, now, manual), scope);
    // What is the same for every row, worked out once: the days passed, and per commitment its figures and targets.
    const elapsed = periodElapsed(plan.period, today);
    const columns = plan.commitments.map((commitment) => ({
      commitment,
      figures: figures.get(commitment.metric)!,
      targets: plan.targets.get(commitment.id),
      manual: commitment.metric === 'MANUAL',
      rate: isRateMetric(commitment.metric),
    }));
    const rows = members.map((member): ParticipationRowType => {
      const commitments = columns.map(({ commitment, figures: metricFigures, targets, manual: isManual, rate }): CommitmentProgressType => {
        const target = targets?.get(member.id) ?? commitment.defaultTarget;
        const tally = metricFigures.member(member.id);
        const actual = isManual ? metricFigures.commitment(member.id, commitment.id) : valueOf(commitment.metric, tally);
        const progress = commitmentProgress({ metric: commitment.metric, target, actual, period: plan.period, today, elapsed });
        return { commitment, target, actual, due: rate ? tally.n : null, ...progress };
      });
      const index = participationIndex(commitments.map((progress) => ({ weight: progress.commitment.weight, ratio: progress.ratio })));
      return { member, index, rank: 0, status: participationStatus(index, plan.period, today, elapsed), commitments, lastActivityAt: null };
    });
    const ranked = [...rows].sort((a, b) => b.index - a.index || a.member.slug.localeCompare(b.member.slug));
    for (const [position, row] of ranked.entries()) {
      const previous = ranked[position - 1];
      row.rank = previous && previous.index === row.index ? previous.rank : position + 1;
    }
    return { rows: ranked, figures };
  }

  private metricTotals(figures: Map<CommitmentMetric, MetricFigures>, members: ReadonlySet<string>, metrics: CommitmentMetric[]): MetricTotalType[] {
    return metrics.map((metric) => ({ metric, value: valueOf(metric, figures.get(metric)?.total(members) ?? { n: 0, onTime: 0 }) }));
  }

  private totals(plan: Plan, scored: Scored, members: MemberEntity[], ids: ReadonlySet<string>): ParticipationTotalsType {
    const rows = scored.rows.filter((row) => ids.has(row.member.id));
    return {
      members: members.length,
      averageIndex: rows.length ? round1(rows.reduce((sum, row) => sum + row.index, 0) / rows.length) : 0,
      statusCounts: COMMITMENT_STATUSES.map((status) => ({ status, count: rows.filter((row) => row.status === status).length })),
      metrics: this.metricTotals(scored.figures, ids, plan.metrics),
    };
  }

  /**
   * The period's measured metrics per alliance month, from its first month to this one (to its last once over; a month
   * after this one appears when it already counts something, e.g. places filled on an event ahead).
   */
  private trend(plan: Plan, figures: Map<CommitmentMetric, MetricFigures>, today: string) {
    const first = plan.period.startsOn.slice(0, 7);
    const last = plan.period.endsOn.slice(0, 7);
    let end = today.slice(0, 7) < last ? today.slice(0, 7) : last;
    for (const metricFigures of figures.values()) {
      for (const [month, tally] of metricFigures.scopeMonths) if (month > end && month <= last && tally.n > 0) end = month;
    }
    const metrics = plan.metrics.filter((metric) => metric !== 'MANUAL');
    const months: string[] = [];
    for (let month = first; month <= end; month = nextMonth(month)) months.push(month);
    return months.map((month) => ({ month, metrics: metrics.map((metric) => ({ metric, value: valueOf(metric, figures.get(metric)!.month(month)) })) }));
  }
}
