import { addCalendarDays, ALLIANCE_TIME_ZONE, allianceDate, MEASURED_METRICS } from '@yah/shared';
import { ACTIVITY_SOURCES, allTimeSource, bind, type ActivitySource, type MeasuredMetric, type SourceWindow } from './metric-sources';

/**
 * The participation rollup: what the dashboard, the province roll-ups, the trend and the monthly report read instead of
 * aggregating the ledgers on every request. Three tables, kept exact by database triggers in the transaction of every
 * change to a ledger:
 *
 *   participation_facts    one row per source row of a measured metric (metric, entity, member, at, on time): the
 *                          metric sources of metric-sources.ts evaluated per entity
 *   participation_daily    count and on-time count per metric, member and alliance day
 *   participation_monthly  the same per alliance month (a year's figures read 12 rows per member, not 365)
 *
 * The facts also hold each member's and each reporter's latest activity (ACTIVITY_SOURCES), without counters: the
 * quiet members and every row's last activity read them in one index probe per member.
 *
 * A change to a ledger row names the entities whose source rows it may touch (DEPENDENTS below: lineage only, no
 * metric rule); participation_refresh() evaluates the source for exactly those entities — primary-key lookups — and
 * moves the daily and monthly counts by the difference between the facts it replaces and the facts it writes. So the
 * rules stay in metric-sources.ts, a claim costs a few index probes, and concurrent writers only meet on the counters
 * of the same member and day. An advisory lock per (metric, entity) orders two transactions refreshing the same entity,
 * so the second one recomputes from the first one's committed rows (READ COMMITTED: each statement sees them).
 *
 * The functions are generated from the sources: a migration that changes a source must install them again
 * (installRollupSql) and call participation_rollup_rebuild().
 */

const ZONE = `'${ALLIANCE_TIME_ZONE}'`;

type Row = 'OLD' | 'NEW';
/** What the facts hold: the measured metrics' source rows (counted) and the activity sources' rows (not counted). */
type RolledUp = MeasuredMetric | ActivitySource;

interface Dependent {
  table: string;
  /** The columns the sources read from this table (an UPDATE that changes none of them touches no fact). */
  columns: string[];
  /** Inserting or deleting a row can add or remove facts (false: the table's rows only feed facts through other rows). */
  insertDelete: boolean;
  /** Per metric, the entities (a query over the OLD or NEW row) whose facts to recompute. */
  refresh: [RolledUp, (row: Row) => string][];
}

const self = (row: Row) => `SELECT ${row}.id`;
const claimsOfReporter = (row: Row) => `SELECT c.id FROM claims c WHERE c.reporter_id = ${row}.id`;
const participantsOfEvent = (row: Row) => `SELECT ep.id FROM event_participants ep WHERE ep.event_id = ${row}.id`;
const column = (name: string) => (row: Row) => `SELECT ${row}.${name}`;

/** Which entities of which metric a change to each ledger table can affect: the joins of the sources, read backwards. */
const DEPENDENTS: Dependent[] = [
  {
    table: 'topics',
    columns: ['proposer_member_id', 'proposed_at', 'state'],
    insertDelete: true,
    refresh: [['TOPICS_PROPOSED', self], ['TOPICS_CO_SPONSORED', self], ['MEMBER_ACTIVITY', column('proposer_member_id')]],
  },
  {
    table: 'topic_co_sponsors',
    columns: ['topic_id', 'member_id', 'status', 'joined_at'],
    insertDelete: true,
    refresh: [['TOPICS_CO_SPONSORED', column('topic_id')], ['MEMBER_ACTIVITY', column('member_id')]],
  },
  {
    table: 'claims',
    columns: ['assignment_id', 'reporter_id', 'state', 'claimed_at', 'submitted_at', 'decided_at'],
    insertDelete: true,
    refresh: [
      ['REPORTER_ACTIVITY', column('reporter_id')],
      ['ASSIGNMENTS_ACCEPTED', self],
      ['ON_TIME_RATE', self],
      ['PIECES_REPUBLISHED', (row) => `SELECT p.id FROM publications p WHERE p.claim_id = ${row}.id`],
    ],
  },
  { table: 'assignments', columns: ['due_at'], insertDelete: false, refresh: [['ON_TIME_RATE', (row) => `SELECT c.id FROM claims c WHERE c.assignment_id = ${row}.id`]] },
  {
    table: 'users',
    columns: ['member_id'],
    insertDelete: false,
    refresh: [
      ['REPORTER_ACTIVITY', self],
      ['ASSIGNMENTS_ACCEPTED', claimsOfReporter],
      ['ON_TIME_RATE', claimsOfReporter],
      ['PIECES_REPUBLISHED', (row) => `SELECT p.id FROM publications p JOIN claims c ON c.id = p.claim_id WHERE c.reporter_id = ${row}.id`],
    ],
  },
  {
    table: 'publications',
    columns: ['member_id', 'published_at', 'resource_id', 'claim_id', 'created_at'],
    insertDelete: true,
    refresh: [['PIECES_REPUBLISHED', self], ['MEMBER_ACTIVITY', column('member_id')]],
  },
  {
    table: 'resources',
    columns: ['owner_member_id', 'area', 'status', 'created_at'],
    insertDelete: true,
    refresh: [
      ['PIECES_OFFERED', self],
      ['PIECES_REPUBLISHED', (row) => `SELECT p.id FROM publications p WHERE p.resource_id = ${row}.id`],
      ['MEMBER_ACTIVITY', column('owner_member_id')],
    ],
  },
  {
    table: 'resource_requests',
    columns: ['owner_member_id', 'requester_member_id', 'state', 'created_at', 'decided_at', 'fulfilled_at'],
    insertDelete: true,
    refresh: [['REQUESTS_FULFILLED', self], ['MEMBER_ACTIVITY', (row) => `SELECT ${row}.requester_member_id UNION ALL SELECT ${row}.owner_member_id`]],
  },
  { table: 'events', columns: ['status', 'starts_on'], insertDelete: false, refresh: [['EVENT_PLACES_FILLED', participantsOfEvent], ['EVENTS_ATTENDED', participantsOfEvent]] },
  { table: 'event_participants', columns: ['event_id', 'member_id', 'status'], insertDelete: true, refresh: [['EVENT_PLACES_FILLED', self], ['EVENTS_ATTENDED', self]] },
  { table: 'event_check_ins', columns: ['participant_id'], insertDelete: true, refresh: [['EVENTS_ATTENDED', column('participant_id')]] },
  { table: 'event_registrations', columns: ['member_id', 'created_at'], insertDelete: true, refresh: [['MEMBER_ACTIVITY', column('member_id')]] },
  { table: 'commitment_evidence', columns: ['member_id', 'created_at'], insertDelete: true, refresh: [['MEMBER_ACTIVITY', column('member_id')]] },
];

const MEASURED = MEASURED_METRICS as readonly MeasuredMetric[];
const ACTIVITY = Object.keys(ACTIVITY_SOURCES) as ActivitySource[];
const ROLLED_UP: RolledUp[] = [...MEASURED, ...ACTIVITY];
const isMeasured = (kind: RolledUp): kind is MeasuredMetric => (MEASURED as readonly string[]).includes(kind);

/** The facts of a source, as (entity_id, member_id, at, on_time), optionally only for the entities in p_ids. */
const factsOf = (kind: RolledUp, onlyIds: boolean) =>
  `SELECT s.entity_id, s.member_id, s.at, coalesce(s.on_time, false) AS on_time FROM (${isMeasured(kind) ? allTimeSource(kind) : ACTIVITY_SOURCES[kind]}) s${
    onlyIds ? ' WHERE s.entity_id = ANY(p_ids)' : ''
  }`;

/** Moves the daily and monthly counters by `sign` × the facts in CTE `changed` (ordered, so concurrent writers lock counters in one order). */
const moveCounters = (sign: 1 | -1) => `
  , daily AS (
      INSERT INTO participation_daily AS d (metric, day, member_id, n, on_time)
      SELECT p_metric, (at AT TIME ZONE ${ZONE})::date AS day, member_id, ${sign} * count(*)::int, ${sign} * (count(*) FILTER (WHERE on_time))::int
        FROM changed GROUP BY 2, 3 ORDER BY 2, 3
      ON CONFLICT (metric, day, member_id) DO UPDATE SET n = d.n + excluded.n, on_time = d.on_time + excluded.on_time)
  INSERT INTO participation_monthly AS m (metric, month, member_id, n, on_time)
  SELECT p_metric, date_trunc('month', at AT TIME ZONE ${ZONE})::date AS month, member_id, ${sign} * count(*)::int, ${sign} * (count(*) FILTER (WHERE on_time))::int
    FROM changed GROUP BY 2, 3 ORDER BY 2, 3
  ON CONFLICT (metric, month, member_id) DO UPDATE SET n = m.n + excluded.n, on_time = m.on_time + excluded.on_time`;

const insertFacts = (kind: RolledUp) =>
  `INSERT INTO participation_facts (metric, entity_id, member_id, at, on_time) SELECT '${kind}', f.* FROM (${factsOf(kind, true)}) f`;

/** Replaces one kind's facts of the entities in p_ids; a measured metric's counters move by what was replaced. */
function refreshBranch(kind: RolledUp): string {
  const gone = `DELETE FROM participation_facts f WHERE f.metric = p_metric AND f.entity_id = ANY(p_ids)`;
  if (!isMeasured(kind)) return `${gone};\n    ${insertFacts(kind)};`;
  return `WITH changed AS (${gone} RETURNING f.member_id, f.at, f.on_time)
    ${moveCounters(-1)};
    WITH changed AS (${insertFacts(kind)} RETURNING member_id, at, on_time)
    ${moveCounters(1)};`;
}

const REFRESH_FUNCTION = `
CREATE OR REPLACE FUNCTION participation_refresh(p_metric varchar, p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(p_ids), 0) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_metric || ':' || id::text, 0)) FROM (SELECT DISTINCT unnest(p_ids) AS id ORDER BY 1) ids;
  ${ROLLED_UP.map((kind, index) => `${index === 0 ? 'IF' : 'ELSIF'} p_metric = '${kind}' THEN\n    ${refreshBranch(kind)}`).join('\n  ')}
  ELSE
    RAISE EXCEPTION 'participation_refresh: % is not rolled up', p_metric;
  END IF;
END
$fn$`;

const REBUILD_FUNCTION = `
CREATE OR REPLACE FUNCTION participation_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE participation_facts, participation_daily, participation_monthly;
  ${ROLLED_UP.map((kind) => `INSERT INTO participation_facts (metric, entity_id, member_id, at, on_time) SELECT '${kind}', f.* FROM (${factsOf(kind, false)}) f;`).join('\n  ')}
  INSERT INTO participation_daily (metric, day, member_id, n, on_time)
  SELECT metric, (at AT TIME ZONE ${ZONE})::date, member_id, count(*), count(*) FILTER (WHERE on_time) FROM participation_facts
   WHERE metric IN (${MEASURED.map((metric) => `'${metric}'`).join(', ')}) GROUP BY 1, 2, 3;
  INSERT INTO participation_monthly (metric, month, member_id, n, on_time)
  SELECT metric, date_trunc('month', day)::date, member_id, sum(n), sum(on_time) FROM participation_daily GROUP BY 1, 2, 3;
END
$fn$`;

const entitiesOf = (query: (row: Row) => string) => `ARRAY(SELECT DISTINCT x FROM (${query('OLD')} UNION ALL ${query('NEW')}) AS e(x) WHERE x IS NOT NULL)`;

function triggerFunction(dependent: Dependent): string {
  const columns = (row: Row) => `ROW(${dependent.columns.map((column) => `${row}.${column}`).join(', ')})`;
  return `
CREATE OR REPLACE FUNCTION participation_rollup_${dependent.table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' AND ${columns('OLD')} IS NOT DISTINCT FROM ${columns('NEW')} THEN RETURN NULL; END IF;
  ${dependent.refresh.map(([metric, query]) => `PERFORM participation_refresh('${metric}', ${entitiesOf(query)});`).join('\n  ')}
  RETURN NULL;
END
$fn$`;
}

const triggerEvents = (dependent: Dependent) => `${dependent.insertDelete ? 'INSERT OR DELETE OR ' : ''}UPDATE OF ${dependent.columns.join(', ')}`;

/** The statements that (re)install the rollup's functions and triggers over the current metric sources. */
export function installRollupSql(): string[] {
  return [
    REFRESH_FUNCTION,
    REBUILD_FUNCTION,
    ...DEPENDENTS.flatMap((dependent) => [
      triggerFunction(dependent),
      `DROP TRIGGER IF EXISTS participation_rollup ON "${dependent.table}"`,
      `CREATE TRIGGER participation_rollup AFTER ${triggerEvents(dependent)} ON "${dependent.table}" FOR EACH ROW EXECUTE FUNCTION participation_rollup_${dependent.table}()`,
    ]),
  ];
}

/** The statements that remove them (the tables stay: the migration drops those). */
export function uninstallRollupSql(): string[] {
  return [
    ...DEPENDENTS.flatMap((dependent) => [`DROP TRIGGER IF EXISTS participation_rollup ON "${dependent.table}"`, `DROP FUNCTION IF EXISTS participation_rollup_${dependent.table}()`]),
    `DROP FUNCTION IF EXISTS participation_rollup_rebuild()`,
    `DROP FUNCTION IF EXISTS participation_refresh(varchar, uuid[])`,
  ];
}

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const firstOfNextMonth = (day: string) => (day.endsWith('-01') ? day : addCalendarDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7) + '-01');

/**
 * One measured metric's figures over a window of whole alliance days, from the rollup: a row per member (month null)
 * and a row per alliance month summed over the `scope` members (member_id null), for the trend. Whole months come from
 * participation_monthly, the days around them from participation_daily. ON_TIME_RATE counts only what fell due by
 * `now`: whole days before today from the counters, today's part from the facts.
 */
export function rollupFiguresStatement(metric: MeasuredMetric, window: SourceWindow, scope: string[]): [string, (string | string[] | Date)[]] {
  const fromDay = allianceDate(window.from);
  const toDay = allianceDate(window.to);
  const today = allianceDate(window.now);
  const rate = metric === 'ON_TIME_RATE';
  const cutDay = rate && today < toDay ? (today > fromDay ? today : fromDay) : toDay;
  let monthsFrom = firstOfNextMonth(fromDay);
  let monthsTo = firstOfMonth(cutDay);
  if (monthsFrom >= monthsTo) monthsFrom = monthsTo = cutDay;
  const sumOf = (column: string) =>
    `(CASE WHEN GROUPING(r.member_id) = 1 THEN coalesce(sum(r.${column}) FILTER (WHERE r.member_id = ANY(:scope)), 0) ELSE sum(r.${column}) END)::int`;
  const [text, values] = bind(
    `SELECT r.member_id, NULL::uuid AS commitment_id, to_char(r.month, 'YYYY-MM') AS month, ${sumOf('n')} AS n, ${sumOf('on_time')} AS on_time
       FROM (SELECT member_id, month, n, on_time FROM participation_monthly WHERE metric = :metric AND month >= :monthsFrom AND month < :monthsTo
             UNION ALL
             SELECT member_id, date_trunc('month', day)::date, n, on_time FROM participation_daily
              WHERE metric = :metric AND ((day >= :fromDay AND day < :monthsFrom) OR (day >= :monthsTo AND day < :cutDay))
             ${
               rate
                 ? `UNION ALL
             SELECT member_id, date_trunc('month', at AT TIME ZONE ${ZONE})::date, 1, on_time::int FROM participation_facts
              WHERE metric = :metric AND at >= greatest(:from, (:cutDay::timestamp AT TIME ZONE ${ZONE})) AND at < :to AND at <= :now`
                 : ''
             }) r
      GROUP BY GROUPING SETS ((r.member_id), (r.month))`,
    { metric, monthsFrom, monthsTo, fromDay, cutDay, from: window.from, to: window.to, now: window.now, scope },
  );
  return [text, values as (string | string[] | Date)[]];
}

/** Each named member's latest activity of any kind ($1: member ids): one probe per member and activity source. */
export const LAST_ACTIVITY_SQL = `
  SELECT m.id AS member_id,
         (SELECT max(f.at) FROM participation_facts f WHERE f.member_id = m.id AND f.metric IN (${ACTIVITY.map((kind) => `'${kind}'`).join(', ')})) AS last_activity_at
    FROM unnest($1::uuid[]) AS m(id)`;
