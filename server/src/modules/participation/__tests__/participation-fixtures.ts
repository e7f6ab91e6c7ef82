import { addCalendarDays, periodDates, type CommitmentMetric, type PeriodKind } from '@yah/shared';
import type { DataSource } from 'typeorm';

/**
 * Periods, commitments, targets and evidence written straight into the database: the charter module's own mutations
 * are built and tested beside it; the participation engine only reads these tables.
 */
export async function insertPeriod(dataSource: DataSource, kind: PeriodKind, year: number, quarter: number | null = null): Promise<{ id: string; startsOn: string; endsOn: string }> {
  const { startsOn, endsOn } = periodDates(kind, year, quarter);
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO participation_periods (kind, year, quarter, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [kind, year, quarter ?? 0, startsOn, endsOn],
  );
  return { id: row!.id, startsOn, endsOn };
}

export interface CommitmentFixture {
  metric: CommitmentMetric;
  defaultTarget: number;
  weight?: number;
  title?: string;
}

/** Commitments in the order given (created_at one millisecond apart, so the period's order is theirs). */
export async function insertCommitments(dataSource: DataSource, periodId: string, commitments: CommitmentFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, commitment] of commitments.entries()) {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO commitments (period_id, metric, title, default_target, weight, created_at) VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::float8 / 1000)) RETURNING id`,
      [periodId, commitment.metric, commitment.title ?? `承诺 ${index + 1}：${commitment.metric}`, commitment.defaultTarget, commitment.weight ?? 1, index],
    );
    ids.push(row!.id);
  }
  return ids;
}

export async function insertTarget(dataSource: DataSource, commitmentId: string, memberId: string, target: number): Promise<void> {
  await dataSource.query(`INSERT INTO commitment_targets (commitment_id, member_id, target) VALUES ($1, $2, $3)`, [commitmentId, memberId, target]);
}

export async function insertEvidence(dataSource: DataSource, commitmentId: string, memberId: string, state: 'SUBMITTED' | 'VERIFIED' | 'REJECTED', text = '举办一期融媒体业务培训'): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO commitment_evidence (commitment_id, member_id, text, state, decided_at) VALUES ($1, $2, $3, $4::varchar, CASE WHEN $4::varchar = 'SUBMITTED' THEN NULL ELSE now() END) RETURNING id`,
    [commitmentId, memberId, text, state],
  );
  return row!.id;
}

export const memberIdBySlug = async (dataSource: DataSource, slug: string): Promise<string> => {
  const [row]: { id: string }[] = await dataSource.query(`SELECT id FROM members WHERE slug = $1`, [slug]);
  if (!row) throw new Error(`no member ${slug}`);
  return row.id;
};

export const PROGRESS_FIELDS = `target actual due expected elapsedDays periodDays ratio status commitment { id metric title weight defaultTarget }`;
export const ROW_FIELDS = `member { id slug nameZh province { code } } index rank status lastActivityAt commitments { ${PROGRESS_FIELDS} }`;
export const PARTICIPATION = `query($periodId: ID!, $provinceCode: String, $days: Int! = 30) {
  participation(periodId: $periodId, provinceCode: $provinceCode) {
    period { id kind year quarter startsOn endsOn isCurrent elapsedDays periodDays }
    rows { ${ROW_FIELDS} }
    totals { members averageIndex statusCounts { status count } metrics { metric value } }
    provinces { province { code nameZh riverOrder } members averageIndex metrics { metric value } }
    trend { month metrics { metric value } }
    quiet(days: $days) { member { slug } lastActivityAt daysQuiet }
  }
}`;
export const SCORECARD = `query($memberId: ID!, $periodId: ID) { memberScorecard(memberId: $memberId, periodId: $periodId) { ${ROW_FIELDS} } }`;
export const ENTRIES = `query($periodId: ID!, $memberId: ID!, $metric: CommitmentMetric!, $commitmentId: ID, $first: Int, $after: String) {
  participationEntries(periodId: $periodId, memberId: $memberId, metric: $metric, commitmentId: $commitmentId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { entityType entityId title at onTime path detail }
  }
}`;
export const MONTHLY_REPORT = `query($month: String!) {
  monthlyReport(month: $month) {
    month period { id year }
    metrics { metric value }
    topPublications { id title member { slug } channel url publishedAt reach }
    events { event { id title } placed attended }
    newMembers { slug }
  }
}`;

export interface Progress {
  target: number;
  actual: number | null;
  due: number | null;
  expected: number;
  elapsedDays: number;
  periodDays: number;
  ratio: number | null;
  status: string;
  commitment: { id: string; metric: CommitmentMetric; title: string; weight: number; defaultTarget: number };
}
export interface Row {
  member: { id: string; slug: string; nameZh: string; province: { code: string } };
  index: number;
  rank: number;
  status: string;
  lastActivityAt: string | null;
  commitments: Progress[];
}
export interface MetricTotal {
  metric: CommitmentMetric;
  value: number | null;
}
export interface Participation {
  period: { id: string; kind: string; year: number; quarter: number | null; startsOn: string; endsOn: string; isCurrent: boolean; elapsedDays: number; periodDays: number };
  rows: Row[];
  totals: { members: number; averageIndex: number; statusCounts: { status: string; count: number }[]; metrics: MetricTotal[] };
  provinces: { province: { code: string; nameZh: string; riverOrder: number }; members: number; averageIndex: number; metrics: MetricTotal[] }[];
  trend: { month: string; metrics: MetricTotal[] }[];
  quiet: { member: { slug: string }; lastActivityAt: string | null; daysQuiet: number | null }[];
}
export interface EntriesPage {
  participationEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { entityType: string; entityId: string; title: string; at: string; onTime: boolean | null; path: string | null; detail: string | null }[];
  };
}

// ——— the figures recomputed in plain TypeScript from raw rows (deliberately not the server's SQL) ———

type Raw = Record<string, unknown>;
const time = (value: unknown): number | null => (value === null || value === undefined ? null : new Date(value as string | Date).getTime());

export interface Ledgers {
  members: Raw[];
  users: Raw[];
  topics: Raw[];
  coSponsors: Raw[];
  claims: Raw[];
  assignments: Raw[];
  publications: Raw[];
  resources: Raw[];
  requests: Raw[];
  events: Raw[];
  participants: Raw[];
  checkIns: Raw[];
  evidence: Raw[];
}

/** Every ledger table, whole, as SELECT * returns it (event days also as text, so no time zone can move them). */
export async function readLedgers(dataSource: DataSource): Promise<Ledgers> {
  const all = (table: string, extra = '') => dataSource.query(`SELECT *${extra} FROM ${table}`) as Promise<Raw[]>;
  const [members, users, topics, coSponsors, claims, assignments, publications, resources, requests, events, participants, checkIns, evidence] = await Promise.all([
    all('members'),
    all('users'),
    all('topics'),
    all('topic_co_sponsors'),
    all('claims'),
    all('assignments'),
    all('publications'),
    all('resources'),
    all('resource_requests'),
    all('events', ', starts_on::text AS starts_on_day'),
    all('event_participants'),
    all('event_check_ins'),
    all('commitment_evidence'),
  ]);
  return { members, users, topics, coSponsors, claims, assignments, publications, resources, requests, events, participants, checkIns, evidence };
}

export interface Expected {
  /** count, or for ON_TIME_RATE the number on time */
  count: number;
  /** ON_TIME_RATE: the claims that fell due */
  due: number;
}

/**
 * One member's figure for one metric in a period, counted by hand from the ledgers by the brief's definitions.
 * `now` bounds ON_TIME_RATE (assignments due by now).
 */
export function recompute(ledgers: Ledgers, period: { startsOn: string; endsOn: string }, memberId: string, metric: CommitmentMetric, commitmentId: string | null, now: number): Expected {
  const from = new Date(`${period.startsOn}T00:00:00+08:00`).getTime();
  const to = new Date(`${addCalendarDays(period.endsOn, 1)}T00:00:00+08:00`).getTime();
  const inWindow = (value: unknown) => {
    const at = time(value);
    return at !== null && at >= from && at < to;
  };
  const memberOfUser = new Map(ledgers.users.map((user) => [user.id as string, user.member_id as string]));
  const topicById = new Map(ledgers.topics.map((topic) => [topic.id as string, topic]));
  const claimById = new Map(ledgers.claims.map((claim) => [claim.id as string, claim]));
  const resourceById = new Map(ledgers.resources.map((resource) => [resource.id as string, resource]));
  const assignmentById = new Map(ledgers.assignments.map((assignment) => [assignment.id as string, assignment]));
  const eventById = new Map(ledgers.events.map((event) => [event.id as string, event]));
  const count = (rows: Raw[], keep: (row: Raw) => boolean) => ({ count: rows.filter(keep).length, due: 0 });
  const placedInPeriod = (participant: Raw) => {
    const event = eventById.get(participant.event_id as string)!;
    const day = event.starts_on_day as string;
    return participant.member_id === memberId && participant.status === 'PLACED' && event.status === 'PUBLISHED' && day >= period.startsOn && day <= period.endsOn;
  };
  switch (metric) {
    case 'TOPICS_PROPOSED':
      return count(ledgers.topics, (topic) => topic.proposer_member_id === memberId && inWindow(topic.proposed_at) && topic.state !== 'CANCELLED');
    case 'TOPICS_CO_SPONSORED':
      return count(
        ledgers.coSponsors,
        (row) => row.member_id === memberId && row.status === 'JOINED' && inWindow(row.joined_at) && topicById.get(row.topic_id as string)!.state !== 'CANCELLED',
      );
    case 'ASSIGNMENTS_ACCEPTED':
      return count(ledgers.claims, (claim) => claim.state === 'ACCEPTED' && memberOfUser.get(claim.reporter_id as string) === memberId && inWindow(claim.decided_at));
    case 'PIECES_REPUBLISHED':
      return count(ledgers.publications, (publication) => {
        if (publication.member_id !== memberId || !inWindow(publication.published_at)) return false;
        if (publication.resource_id) return resourceById.get(publication.resource_id as string)!.owner_member_id !== memberId;
        const claim = claimById.get(publication.claim_id as string)!;
        return memberOfUser.get(claim.reporter_id as string) !== memberId;
      });
    case 'PIECES_OFFERED':
      return count(ledgers.resources, (resource) => resource.owner_member_id === memberId && resource.area === 'CONTENT' && resource.status === 'ACTIVE' && inWindow(resource.created_at));
    case 'REQUESTS_FULFILLED':
      return count(ledgers.requests, (request) => request.owner_member_id === memberId && request.state === 'FULFILLED' && inWindow(request.fulfilled_at));
    case 'EVENT_PLACES_FILLED':
      return count(ledgers.participants, placedInPeriod);
    case 'EVENTS_ATTENDED': {
      const checkedIn = new Set(ledgers.checkIns.map((row) => row.participant_id as string));
      return count(ledgers.participants, (participant) => placedInPeriod(participant) && checkedIn.has(participant.id as string));
    }
    case 'ON_TIME_RATE': {
      const judged = ledgers.claims.filter((claim) => {
        const assignment = assignmentById.get(claim.assignment_id as string)!;
        return (
          memberOfUser.get(claim.reporter_id as string) === memberId &&
          inWindow(assignment.due_at) &&
          time(assignment.due_at)! <= now &&
          claim.state !== 'RELEASED' &&
          claim.state !== 'CANCELLED'
        );
      });
      const onTime = judged.filter((claim) => claim.submitted_at !== null && time(claim.submitted_at)! <= time(assignmentById.get(claim.assignment_id as string)!.due_at)!);
      return { count: onTime.length, due: judged.length };
    }
    case 'MANUAL':
      return count(ledgers.evidence, (row) => row.commitment_id === commitmentId && row.member_id === memberId && row.state === 'VERIFIED');
  }
}
