import { ALLIANCE_TIME_ZONE, OFFER_ONLY_CLAIM_STATES, type CommitmentMetric } from '@yah/shared';

/**
 * The one definition of every participation metric: a SQL "source" yielding one row per thing counted, for a window of
 * instants [from, to). Every figure is read from these and nothing else:
 *
 *   rollup       the database keeps the sources' rows per entity and counts them per member, day and month, in the
 *                transaction of every ledger change (participation-rollup.ts): the dashboard's figures read those
 *   figures      SELECT member_id, commitment_id, month, count(*) … FROM (source) GROUP BY …   (MANUAL, one statement)
 *   drill-down   SELECT … FROM (source) WHERE member_id = :member ORDER BY at DESC, entity_id DESC (keyset)
 *   trend        the figures' month column: date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')
 *   report       the figures over a month's window
 *
 * so a drill-down's totalCount is the figure on the ranking row, and the trend's months add up to it.
 *
 * Every source has the columns
 *   member_id uuid · at timestamptz · entity_type text · entity_id uuid · title text · detail text · on_time boolean ·
 *   path text · commitment_id uuid (MANUAL only)
 * and takes the named parameters :from, :to (the window), :now (the request's instant) and :commitments (MANUAL: the
 * commitments counted). Joins that only feed title, detail or path are LEFT JOINs on a primary key, so PostgreSQL drops
 * them from the figures statement, which reads none of those columns.
 */

const ZONE = `'${ALLIANCE_TIME_ZONE}'`;

const sqlList = (values: readonly string[]) => `(${values.map((value) => `'${value}'`).join(', ')})`;

/** Offers that never became a claim (open, declined, withdrawn): no metric counts them. */
const OFFER_ONLY = sqlList(OFFER_ONLY_CLAIM_STATES);

/**
 * Claims in these states are not judged for punctuality: the reporter let the slot go, the editors cancelled it, or it
 * was only ever an offer.
 */
const NOT_JUDGED_CLAIM_STATES = sqlList(['RELEASED', 'CANCELLED', ...OFFER_ONLY_CLAIM_STATES]);

const SOURCES: Record<CommitmentMetric, string> = {
  // Topics the member proposed to the alliance in the window (proposed_at: the first proposal), not cancelled since.
  TOPICS_PROPOSED: `
    SELECT t.proposer_member_id AS member_id, t.proposed_at AS at, 'topic'::text AS entity_type, t.id AS entity_id, t.title::text AS title,
           NULL::text AS detail, NULL::boolean AS on_time, '/topics/' || t.id AS path, NULL::uuid AS commitment_id
      FROM topics t
     WHERE t.proposed_at >= :from AND t.proposed_at < :to AND t.state <> 'CANCELLED'`,

  // Topics of others the member joined as co-sponsor in the window; detail: the proposing member.
  TOPICS_CO_SPONSORED: `
    SELECT cs.member_id, cs.joined_at AS at, 'topic'::text AS entity_type, t.id AS entity_id, t.title::text AS title,
           pm.name_zh::text AS detail, NULL::boolean AS on_time, '/topics/' || t.id AS path, NULL::uuid AS commitment_id
      FROM topic_co_sponsors cs
      JOIN topics t ON t.id = cs.topic_id
      LEFT JOIN members pm ON pm.id = t.proposer_member_id
     WHERE cs.status = 'JOINED' AND cs.joined_at >= :from AND cs.joined_at < :to AND t.state <> 'CANCELLED'`,

  // Claims of the member's reporters accepted in the window; title: the assignment, detail: the reporter.
  ASSIGNMENTS_ACCEPTED: `
    SELECT u.member_id, c.decided_at AS at, 'claim'::text AS entity_type, c.id AS entity_id, a.title::text AS title,
           u.display_name::text AS detail, NULL::boolean AS on_time, '/topics/' || a.topic_id AS path, NULL::uuid AS commitment_id
      FROM claims c
      JOIN users u ON u.id = c.reporter_id
      LEFT JOIN assignments a ON a.id = c.assignment_id
     WHERE c.state = 'ACCEPTED' AND c.decided_at >= :from AND c.decided_at < :to`,

  // Publications at the member's outlets, in the window, of another member's piece: a library piece it does not own,
  // or an accepted claim of another member's reporter. Detail: the member the piece came from.
  PIECES_REPUBLISHED: `
    SELECT p.member_id, p.published_at AS at, 'publication'::text AS entity_type, p.id AS entity_id,
           coalesce(r.title, a.title)::text AS title, om.name_zh::text AS detail, NULL::boolean AS on_time,
           CASE WHEN p.resource_id IS NOT NULL THEN '/resources/' || p.resource_id ELSE '/topics/' || p.topic_id END AS path,
           NULL::uuid AS commitment_id
      FROM publications p
      LEFT JOIN resources r ON r.id = p.resource_id
      LEFT JOIN claims c ON c.id = p.claim_id
      LEFT JOIN users cu ON cu.id = c.reporter_id
      LEFT JOIN assignments a ON a.id = c.assignment_id
      LEFT JOIN members om ON om.id = coalesce(r.owner_member_id, cu.member_id)
     WHERE p.published_at >= :from AND p.published_at < :to
       AND ((p.resource_id IS NOT NULL AND r.owner_member_id <> p.member_id) OR (p.claim_id IS NOT NULL AND cu.member_id <> p.member_id))`,

  // Library pieces (area CONTENT) the member offered in the window and has not withdrawn.
  PIECES_OFFERED: `
    SELECT r.owner_member_id AS member_id, r.created_at AS at, 'resource'::text AS entity_type, r.id AS entity_id, r.title::text AS title,
           NULL::text AS detail, NULL::boolean AS on_time, '/resources/' || r.id AS path, NULL::uuid AS commitment_id
      FROM resources r
     WHERE r.area = 'CONTENT' AND r.status = 'ACTIVE' AND r.created_at >= :from AND r.created_at < :to`,

  // Requests for the member's resources it fulfilled in the window; title: the resource, detail: the requesting member.
  REQUESTS_FULFILLED: `
    SELECT q.owner_member_id AS member_id, q.fulfilled_at AS at, 'resource_request'::text AS entity_type, q.id AS entity_id,
           r.title::text AS title, rm.name_zh::text AS detail, NULL::boolean AS on_time, '/resources/' || q.resource_id AS path,
           NULL::uuid AS commitment_id
      FROM resource_requests q
      LEFT JOIN resources r ON r.id = q.resource_id
      LEFT JOIN members rm ON rm.id = q.requester_member_id
     WHERE q.state = 'FULFILLED' AND q.fulfilled_at >= :from AND q.fulfilled_at < :to`,

  // People the member placed on published events that start within the window's days (at: the first day, 00:00 alliance
  // time); title: the event, detail: the person.
  EVENT_PLACES_FILLED: `
    SELECT ep.member_id, (e.starts_on::timestamp AT TIME ZONE ${ZONE}) AS at, 'event_participant'::text AS entity_type, ep.id AS entity_id,
           e.title::text AS title, coalesce(pu.display_name, ep.guest_name)::text AS detail, NULL::boolean AS on_time,
           '/events/' || e.id AS path, NULL::uuid AS commitment_id
      FROM event_participants ep
      JOIN events e ON e.id = ep.event_id
      LEFT JOIN users pu ON pu.id = ep.user_id
     WHERE ep.status = 'PLACED' AND e.status = 'PUBLISHED'
       AND e.starts_on >= (:from AT TIME ZONE ${ZONE})::date AND e.starts_on < (:to AT TIME ZONE ${ZONE})::date`,

  // The same people, checked in at least once.
  EVENTS_ATTENDED: `
    SELECT ep.member_id, (e.starts_on::timestamp AT TIME ZONE ${ZONE}) AS at, 'event_participant'::text AS entity_type, ep.id AS entity_id,
           e.title::text AS title, coalesce(pu.display_name, ep.guest_name)::text AS detail, NULL::boolean AS on_time,
           '/events/' || e.id AS path, NULL::uuid AS commitment_id
      FROM event_participants ep
      JOIN events e ON e.id = ep.event_id
      LEFT JOIN users pu ON pu.id = ep.user_id
     WHERE ep.status = 'PLACED' AND e.status = 'PUBLISHED'
       AND e.starts_on >= (:from AT TIME ZONE ${ZONE})::date AND e.starts_on < (:to AT TIME ZONE ${ZONE})::date
       AND EXISTS (SELECT 1 FROM event_check_ins k WHERE k.participant_id = ep.id)`,

  // Claims of the member's reporters on assignments that fell due in the window (and by now), not released or cancelled:
  // on time when submitted_at ≤ due_at. submitted_at holds the latest submission (a resubmission after a change request
  // moves it), so a piece resubmitted after its due time counts as late.
  ON_TIME_RATE: `
    SELECT u.member_id, a.due_at AS at, 'claim'::text AS entity_type, c.id AS entity_id, a.title::text AS title,
           u.display_name::text AS detail, (c.submitted_at IS NOT NULL AND c.submitted_at <= a.due_at) AS on_time,
           '/topics/' || a.topic_id AS path, NULL::uuid AS commitment_id
      FROM assignments a
      JOIN claims c ON c.assignment_id = a.id
      JOIN users u ON u.id = c.reporter_id
     WHERE a.due_at >= :from AND a.due_at < :to AND a.due_at <= :now AND c.state NOT IN ${NOT_JUDGED_CLAIM_STATES}`,

  // Evidence the secretariat verified for the given manual commitments (not windowed: the commitment is the period's).
  MANUAL: `
    SELECT ev.member_id, coalesce(ev.decided_at, ev.created_at) AS at, 'commitment_evidence'::text AS entity_type, ev.id AS entity_id,
           left(ev.text, 200)::text AS title, NULL::text AS detail, NULL::boolean AS on_time,
           '/commitments?evidence=' || ev.id AS path, ev.commitment_id
      FROM commitment_evidence ev
     WHERE ev.state = 'VERIFIED' AND ev.commitment_id = ANY(:commitments)`,
};

/** A metric computed from the ledgers (every one but MANUAL): what the rollup (participation-rollup.ts) materialises. */
export type MeasuredMetric = Exclude<CommitmentMetric, 'MANUAL'>;

/**
 * A measured metric's source over all time and whatever the instant (no window, no :now bound), as plain SQL: the rows the
 * rollup keeps per entity. The reads put the window and :now back (participation-rollup.ts).
 */
export function allTimeSource(metric: MeasuredMetric): string {
  const literals: Record<string, string> = { from: `'-infinity'::timestamptz`, to: `'infinity'::timestamptz`, now: `'infinity'::timestamptz` };
  return SOURCES[metric].replace(/(?<!:):(from|to|now)\b/g, (_whole, name: string) => literals[name]!);
}

/** The window and instant a source is read for; `commitments` only matters to MANUAL. */
export interface SourceWindow {
  from: Date;
  to: Date;
  now: Date;
  commitments: string[];
}

type ParamValue = Date | string | string[] | number | null;

/** The SQL type each named parameter is cast to (so PostgreSQL never has to guess, and unused ones need no value). */
const PARAM_TYPES: Record<string, string> = {
  from: 'timestamptz',
  to: 'timestamptz',
  now: 'timestamptz',
  commitments: 'uuid[]',
  member: 'uuid',
  commitment: 'uuid',
  afterMicros: 'bigint',
  afterId: 'uuid',
  limit: 'integer',
  metric: 'varchar',
  fromDay: 'date',
  cutDay: 'date',
  monthsFrom: 'date',
  monthsTo: 'date',
  scope: 'uuid[]',
};

/** Turns `:name` placeholders into numbered, typed parameters, in the order they first appear. */
export function bind(sql: string, values: Record<string, ParamValue>): [string, ParamValue[]] {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]+)\b/g, (whole, name: string) => {
    const type = PARAM_TYPES[name];
    if (!type) return whole;
    if (!(name in values)) throw new Error(`no value for :${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}::${type}`;
  });
  return [text, order.map((name) => values[name] ?? null)];
}

const windowValues = (window: SourceWindow) => ({ from: window.from, to: window.to, now: window.now, commitments: window.commitments });

/** The first instant of a row's alliance month, as alliance wall-clock time. */
const MONTH = `date_trunc('month', s.at AT TIME ZONE ${ZONE})`;

/** A figure: per member and month from figuresStatement; from the rollup per member (month null) or per month (member null). */
export interface FigureRow {
  member_id: string | null;
  commitment_id: string | null;
  month: string | null;
  n: number;
  on_time: number;
}

/**
 * One metric's figures per member (and commitment, for MANUAL) and alliance month ("YYYY-MM"): the count, and how many
 * were on time. Grouped on the month's first instant and formatted after, so the text is made once per group, not per row.
 */
export function figuresStatement(metric: CommitmentMetric, window: SourceWindow): [string, ParamValue[]] {
  return bind(
    `SELECT g.member_id, g.commitment_id, to_char(g.month, 'YYYY-MM') AS month, g.n, g.on_time
       FROM (SELECT s.member_id, s.commitment_id, ${MONTH} AS month, count(*)::int AS n, (count(*) FILTER (WHERE s.on_time))::int AS on_time
               FROM (${SOURCES[metric]}) s
              GROUP BY s.member_id, s.commitment_id, ${MONTH}) g`,
    windowValues(window),
  );
}

export interface EntryRow {
  entity_type: string;
  entity_id: string;
  title: string | null;
  at: Date;
  at_micros: string;
  on_time: boolean | null;
  path: string | null;
  detail: string | null;
}

const memberFilter = (commitment: string | null) => `s.member_id = :member${commitment ? ' AND s.commitment_id = :commitment' : ''}`;

/** One page of a member's rows of a metric, newest first (keyset on at, entity_id, at in microseconds). */
export function entriesStatement(
  metric: CommitmentMetric,
  window: SourceWindow,
  member: string,
  commitment: string | null,
  after: { micros: string; id: string } | null,
  limit: number,
): [string, ParamValue[]] {
  const keyset = after ? `AND (s.at, s.entity_id) < (timestamptz 'epoch' + :afterMicros * interval '1 microsecond', :afterId)` : '';
  return bind(
    `SELECT s.entity_type, s.entity_id, s.title, s.at, ((extract(epoch FROM s.at - timestamptz 'epoch') * 1000000)::bigint)::text AS at_micros,
            s.on_time, s.path, s.detail
       FROM (${SOURCES[metric]}) s
      WHERE ${memberFilter(commitment)} ${keyset}
      ORDER BY s.at DESC, s.entity_id DESC
      LIMIT :limit`,
    { ...windowValues(window), member, commitment, afterMicros: after?.micros ?? null, afterId: after?.id ?? null, limit },
  );
}

/** How many rows the member has for the metric: the figure its ranking row shows. */
export function entryCountStatement(metric: CommitmentMetric, window: SourceWindow, member: string, commitment: string | null): [string, ParamValue[]] {
  return bind(`SELECT count(*)::int AS n FROM (${SOURCES[metric]}) s WHERE ${memberFilter(commitment)}`, { ...windowValues(window), member, commitment });
}

/**
 * Each member's latest activity of any kind, all time: topics proposed, co-sponsorships joined, its reporters' claims
 * (claimed or submitted: submitted_at is never before claimed_at; offers not accepted are no activity), publications recorded, resources offered, requests
 * made and decided, event registrations, commitment evidence. Two sources in the rollup's shape, so the rollup keeps
 * them per entity: MEMBER_ACTIVITY one row per member (everything but claims), REPORTER_ACTIVITY one row per reporter
 * (its claims; a member's latest is the greatest over its reporters). A member's last activity is the latest `at` of both.
 */
export const ACTIVITY_SOURCES = {
  MEMBER_ACTIVITY: `
    SELECT a.member_id, a.member_id AS entity_id, a.at, NULL::boolean AS on_time
      FROM (SELECT m.id AS member_id, greatest(
                     (SELECT max(t.proposed_at) FROM topics t WHERE t.proposer_member_id = m.id),
                     (SELECT max(cs.joined_at) FROM topic_co_sponsors cs WHERE cs.member_id = m.id AND cs.status = 'JOINED'),
                     (SELECT max(p.created_at) FROM publications p WHERE p.member_id = m.id),
                     (SELECT max(r.created_at) FROM resources r WHERE r.owner_member_id = m.id),
                     (SELECT max(q.created_at) FROM resource_requests q WHERE q.requester_member_id = m.id),
                     (SELECT max(q.decided_at) FROM resource_requests q WHERE q.owner_member_id = m.id),
                     (SELECT max(g.created_at) FROM event_registrations g WHERE g.member_id = m.id),
                     (SELECT max(ev.created_at) FROM commitment_evidence ev WHERE ev.member_id = m.id)) AS at
              FROM members m) a
     WHERE a.at IS NOT NULL`,
  REPORTER_ACTIVITY: `
    SELECT a.member_id, a.user_id AS entity_id, a.at, NULL::boolean AS on_time
      FROM (SELECT u.member_id, u.id AS user_id, (SELECT max(coalesce(c.submitted_at, c.claimed_at)) FROM claims c WHERE c.reporter_id = u.id AND c.state NOT IN ${OFFER_ONLY}) AS at
              FROM users u) a
     WHERE a.at IS NOT NULL`,
} as const;

export type ActivitySource = keyof typeof ACTIVITY_SOURCES;
