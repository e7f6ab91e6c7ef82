// The measured reads, once as the GraphQL the client sends and once as hand-written SQL for pg.
// The SQL reads the same rows the server's services and DataLoaders read (same filters, same order,
// same page size + 1 for hasNextPage, same totalCount), in as few round trips as a hand-written handler would use.

import fs from 'node:fs';
import { print } from 'graphql';

const LIVE_CLAIM_STATES = `('CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')`;
const PAGE = 20;

/** The client's TopicBoardQuery with TopicCard_topic and TopicProgress_topic inlined (client/src/modules/topics). */
export const BOARD_GQL = `
  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {
    topics(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id title state themes windowStart windowEnd
        proposer { id nameZh nameEn }
        coSponsors { status member { id nameZh nameEn } }
        progress { assignments slots claimed submitted accepted }
      }
    }
  }`;

/**
 * The client's own documents, fragments and all, as codegen printed them (client/src/__generated__/graphql.ts): the
 * bench sends exactly what the app sends.
 */
function clientDocument(name) {
  const source = fs.readFileSync(new URL('../../client/src/__generated__/graphql.ts', import.meta.url), 'utf8');
  const match = source.match(new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm'));
  if (!match) throw new Error(`client/src/__generated__/graphql.ts has no ${name}Document: run pnpm --filter @yah/client codegen`);
  return print(JSON.parse(match[1]));
}

/** A topic page as the client reads it: its TopicPage query (header, details, co-sponsors, reach, assignments and their claims) … */
export const TOPIC_GQL = clientDocument('TopicPage');

/** … and, at the same time, its first page of comments (TopicComments). */
export const TOPIC_COMMENTS_GQL = clientDocument('TopicComments');

/** The client's LibraryPage query with LibraryItem_resource inlined (client/src/modules/resources): the content library, newest first. */
export const LIBRARY_GQL = `
  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {
    resources(filter: $filter, first: $first, after: $after) {
      totalCount totalCountCapped
      pageInfo { endCursor hasNextPage }
      nodes {
        id title description themes embargoState embargoUntil headlineOnly status createdAt
        owner { id nameZh nameEn cityZh cityEn }
        reach { publications views }
      }
    }
  }`;

/** The client's OpenAssignments query with OpenAssignmentItem_assignment inlined: claimable work, nearest first. */
export const OPEN_GQL = `
  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {
    openAssignments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id title brief format dueAt slots openSlots distanceKm viewerCanClaim
        myClaim { id state }
        location { id nameZh nameEn cityZh cityEn province { code nameZh nameEn } }
        topic { id title }
      }
    }
  }`;

// ------------------------------------------------------------------ hand-written SQL

const BOARD_WHERE = `(t.proposed_at IS NOT NULL OR t.proposer_member_id = $1)`;

const COUNT_CAP = 1000;

/** The total up to the cap, as the server counts it (the client shows "1,000+" past it). */
const BOARD_COUNT_SQL = `SELECT count(*)::int AS total FROM (SELECT 1 FROM topics t WHERE ${BOARD_WHERE} LIMIT ${COUNT_CAP + 1}) counted`;

const BOARD_PAGE_SQL = `
  SELECT p.id, p.title, p.state, p.themes, p.window_start, p.window_end,
         m.id AS proposer_id, m.name_zh AS proposer_name_zh, m.name_en AS proposer_name_en,
         (SELECT coalesce(json_agg(json_build_object('status', cs.status, 'id', cm.id, 'nameZh', cm.name_zh, 'nameEn', cm.name_en) ORDER BY cs.invited_at), '[]')
            FROM topic_co_sponsors cs JOIN members cm ON cm.id = cs.member_id WHERE cs.topic_id = p.id) AS co_sponsors,
         pr.assignments, pr.slots, pr.claimed, pr.submitted, pr.accepted
    FROM (SELECT t.* FROM topics t WHERE ${BOARD_WHERE} ORDER BY t.created_at DESC, t.id DESC LIMIT ${PAGE + 1}) p
    JOIN members m ON m.id = p.proposer_member_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS assignments,
             coalesce(sum(a.slots) FILTER (WHERE a.status = 'OPEN'), 0)::int AS slots,
             coalesce(sum(a.claimed_count) FILTER (WHERE a.status = 'OPEN'), 0)::int AS claimed,
             coalesce(sum(c.submitted), 0)::int AS submitted, coalesce(sum(c.accepted), 0)::int AS accepted
        FROM assignments a
        LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE state = 'SUBMITTED') AS submitted, count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted
                             FROM claims WHERE assignment_id = a.id) c ON true
       WHERE a.topic_id = p.id) pr
   ORDER BY p.created_at DESC, p.id DESC`;

/** Great-circle distance, the server's formula. */
const DISTANCE = `(6371 * acos(least(1, cos(radians(vm.latitude)) * cos(radians(loc.latitude)) * cos(radians(loc.longitude) - radians(vm.longitude)) + sin(radians(vm.latitude)) * sin(radians(loc.latitude)))))`;

/**
 * $1 topic, $2 viewer's member, $3 viewer's user, $4 viewer's role. Claims (with reporters and publications) only
 * for those who may review them, as the server decides: the secretariat, and editors of the proposing or a joined member.
 */
const TOPIC_SQL = `
  SELECT t.id, t.title, t.brief, t.themes, t.cities, t.window_start, t.window_end, t.target_channels, t.state, t.rejection_reason, t.cancel_reason,
         t.version, t.created_at, t.updated_at,
         (SELECT json_agg(json_build_object('code', pv.code, 'nameZh', pv.name_zh, 'nameEn', pv.name_en) ORDER BY pv.river_order) FROM provinces pv WHERE pv.code = ANY(t.province_codes)) AS provinces,
         m.id AS proposer_id, m.name_zh AS proposer_name_zh, m.name_en AS proposer_name_en, m.city_zh AS proposer_city_zh, m.city_en AS proposer_city_en,
         u.id AS created_by_id, u.display_name AS created_by_name,
         (SELECT coalesce(json_agg(json_build_object('status', cs.status, 'invitedAt', cs.invited_at, 'joinedAt', cs.joined_at,
                                     'id', cm.id, 'nameZh', cm.name_zh, 'nameEn', cm.name_en, 'cityZh', cm.city_zh, 'cityEn', cm.city_en) ORDER BY cs.invited_at), '[]')
            FROM topic_co_sponsors cs JOIN members cm ON cm.id = cs.member_id WHERE cs.topic_id = t.id) AS co_sponsors,
         vs.status AS viewer_member_status,
         (SELECT json_build_object('assignments', count(*), 'slots', coalesce(sum(a.slots) FILTER (WHERE a.status = 'OPEN'), 0),
                                   'claimed', coalesce(sum(a.claimed_count) FILTER (WHERE a.status = 'OPEN'), 0),
                                   'submitted', coalesce(sum(c.submitted), 0), 'accepted', coalesce(sum(c.accepted), 0))
            FROM assignments a
            LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE state = 'SUBMITTED') AS submitted, count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted
                                 FROM claims WHERE assignment_id = a.id) c ON true
           WHERE a.topic_id = t.id) AS progress,
         (SELECT json_build_object('publications', count(*), 'members', count(DISTINCT member_id), 'views', coalesce(sum(views), 0),
                                   'shares', coalesce(sum(shares), 0), 'likes', coalesce(sum(likes), 0))
            FROM publications WHERE topic_id = t.id) AS reach,
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'brief', a.brief, 'format', a.format, 'dueAt', a.due_at, 'slots', a.slots,
                                     'openSlots', CASE WHEN a.status = 'OPEN' THEN a.slots - a.claimed_count ELSE 0 END, 'status', a.status, 'version', a.version,
                                     'location', json_build_object('id', loc.id, 'nameZh', loc.name_zh, 'nameEn', loc.name_en, 'cityZh', loc.city_zh, 'cityEn', loc.city_en),
                                     'myClaim', CASE WHEN mc.id IS NOT NULL THEN json_build_object('id', mc.id, 'state', mc.state) END,
                                     'claims', CASE WHEN rv.may THEN (
                                        SELECT coalesce(json_agg(json_build_object('id', cl.id, 'state', cl.state, 'submissionText', cl.submission_text,
                                                 'submissionLinks', cl.submission_links, 'reviewComment', cl.review_comment, 'claimedAt', cl.claimed_at,
                                                 'submittedAt', cl.submitted_at, 'decidedAt', cl.decided_at,
                                                 'reporter', json_build_object('id', ru.id, 'displayName', ru.display_name, 'memberId', rm.id, 'nameZh', rm.name_zh, 'nameEn', rm.name_en),
                                                 'publications', (SELECT coalesce(json_agg(json_build_object('id', pb.id, 'channel', pb.channel, 'url', pb.url, 'publishedAt', pb.published_at,
                                                                      'views', pb.views, 'shares', pb.shares, 'likes', pb.likes, 'memberId', pm.id, 'nameZh', pm.name_zh, 'nameEn', pm.name_en)
                                                                      ORDER BY pb.published_at), '[]')
                                                                    FROM publications pb JOIN members pm ON pm.id = pb.member_id WHERE pb.claim_id = cl.id))
                                                 ORDER BY cl.claimed_at), '[]')
                                          FROM claims cl JOIN users ru ON ru.id = cl.reporter_id JOIN members rm ON rm.id = ru.member_id
                                         WHERE cl.assignment_id = a.id) ELSE '[]'::json END)
                                   ORDER BY a.due_at, a.id), '[]')
            FROM (SELECT * FROM assignments WHERE topic_id = t.id ORDER BY due_at, id LIMIT 200) a
            JOIN members loc ON loc.id = a.location_member_id
            LEFT JOIN claims mc ON mc.assignment_id = a.id AND mc.reporter_id = $3 AND mc.state IN ${LIVE_CLAIM_STATES}) AS assignments,
         (SELECT count(*)::int FROM topic_comments WHERE topic_id = t.id) AS comment_count,
         (SELECT coalesce(json_agg(json_build_object('id', c.id, 'body', c.body, 'createdAt', c.created_at,
                                     'author', json_build_object('id', cu.id, 'displayName', cu.display_name, 'memberId', cum.id, 'nameZh', cum.name_zh, 'nameEn', cum.name_en))
                                   ORDER BY c.created_at, c.id), '[]')
            FROM (SELECT * FROM topic_comments WHERE topic_id = t.id ORDER BY created_at, id LIMIT ${PAGE + 1}) c
            JOIN users cu ON cu.id = c.author_id JOIN members cum ON cum.id = cu.member_id) AS comments
    FROM topics t
    JOIN members m ON m.id = t.proposer_member_id
    JOIN users u ON u.id = t.created_by_id
    LEFT JOIN topic_co_sponsors vs ON vs.topic_id = t.id AND vs.member_id = $2
    CROSS JOIN LATERAL (SELECT $4::text = 'SECRETARIAT' OR ($4::text IN ('EDITOR', 'CHIEF_EDITOR') AND (t.proposer_member_id = $2 OR vs.status = 'JOINED')) AS may) rv
   WHERE t.id = $1 AND (t.state <> 'DRAFT' OR t.proposer_member_id = $2)`;

/**
 * Claimable slots nearest first, as the server walks them: member cities in distance order, each city's claimable
 * slots from the partial index idx_assignments_claimable by due time, stopping once `limit` rows are in. $1 viewer's member.
 */
const openWalk = (limit, ordered) => `
    SELECT w.id, near.distance_km, w.due_at
      FROM (SELECT loc.id AS member_id, ${DISTANCE} AS distance_km FROM members loc, members vm WHERE vm.id = $1 ORDER BY distance_km, loc.id OFFSET 0) near
      CROSS JOIN LATERAL (SELECT a.id, a.due_at FROM assignments a
                           WHERE a.location_member_id = near.member_id AND a.status = 'OPEN' AND a.claimed_count < a.slots AND a.topic_claimable AND a.due_at > now()
                           ORDER BY a.due_at, a.id LIMIT ${limit}) w
     ${ordered ? 'ORDER BY near.distance_km, w.due_at, w.id' : ''} LIMIT ${limit}`;

/** The total up to the cap, as the server counts it (the client shows "1,000+" past it). */
const OPEN_COUNT_SQL = `SELECT count(*)::int AS total FROM (${openWalk(COUNT_CAP + 1, false)}) walked`;

/** $1 viewer's member, $2 viewer's user. */
const OPEN_PAGE_SQL = `
  SELECT p.id, a.title, a.brief, a.format, a.due_at, a.slots, a.slots - a.claimed_count AS open_slots, round(p.distance_km::numeric, 1) AS distance_km,
         loc.id AS loc_id, loc.name_zh AS loc_name_zh, loc.name_en AS loc_name_en, loc.city_zh AS loc_city_zh, loc.city_en AS loc_city_en,
         pv.code AS province_code, pv.name_zh AS province_name_zh, pv.name_en AS province_name_en,
         t.id AS topic_id, t.title AS topic_title, mc.id AS my_claim_id, mc.state AS my_claim_state
    FROM (${openWalk(PAGE + 1, true)}) p
    JOIN assignments a ON a.id = p.id
    JOIN topics t ON t.id = a.topic_id
    JOIN members loc ON loc.id = a.location_member_id
    JOIN provinces pv ON pv.code = loc.province_code
    LEFT JOIN claims mc ON mc.assignment_id = p.id AND mc.reporter_id = $2 AND mc.state IN ${LIVE_CLAIM_STATES}
   ORDER BY p.distance_km, p.due_at, p.id`;

const LIBRARY_WHERE = `r.status = 'ACTIVE' AND r.area = 'CONTENT'`;

/** The library's total up to the cap, as the server counts it. */
const LIBRARY_COUNT_SQL = `SELECT count(*)::int AS total FROM (SELECT 1 FROM resources r WHERE ${LIBRARY_WHERE} LIMIT ${COUNT_CAP + 1}) counted`;

/** A page of library pieces newest first with their owner and reach (summed over their republications). */
const LIBRARY_PAGE_SQL = `
  SELECT p.id, p.title, p.description, p.themes, p.embargo_until, p.status, p.created_at,
         m.id AS owner_id, m.name_zh, m.name_en, m.city_zh, m.city_en,
         coalesce(rc.publications, 0) AS publications, coalesce(rc.views, 0) AS views
    FROM (SELECT * FROM resources r WHERE ${LIBRARY_WHERE} ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE + 1}) p
    JOIN members m ON m.id = p.owner_member_id
    LEFT JOIN LATERAL (SELECT count(*)::int AS publications, sum(views)::float8 AS views FROM publications pb WHERE pb.resource_id = p.id) rc ON true
   ORDER BY p.created_at DESC, p.id DESC`;

/** Each returns what the page needs, on one pooled connection; `viewer` is { userId, memberId, role }. */
export const sql = {
  async board(pool, viewer) {
    const client = await pool.connect();
    try {
      const total = await client.query(BOARD_COUNT_SQL, [viewer.memberId]);
      const page = await client.query(BOARD_PAGE_SQL, [viewer.memberId]);
      const nodes = page.rows.slice(0, PAGE);
      return {
        totalCount: Math.min(total.rows[0].total, COUNT_CAP),
        hasNextPage: page.rows.length > PAGE,
        ids: nodes.map((row) => row.id),
        progress: nodes.map(({ assignments, slots, claimed, submitted, accepted }) => ({ assignments, slots, claimed, submitted, accepted })),
        coSponsors: nodes.map((row) => row.co_sponsors.map((c) => c.id)),
      };
    } finally {
      client.release();
    }
  },
  async topic(pool, viewer, topicId) {
    const { rows } = await pool.query(TOPIC_SQL, [topicId, viewer.memberId, viewer.userId, viewer.role]);
    if (!rows[0]) throw new Error(`topic ${topicId} not found`);
    const row = rows[0];
    return {
      id: row.id,
      assignmentIds: row.assignments.map((a) => a.id),
      myClaims: row.assignments.map((a) => a.myClaim?.id ?? null),
      claims: row.assignments.map((a) => a.claims.length),
      progress: row.progress,
      reach: row.reach,
      commentCount: row.comment_count,
      commentIds: row.comments.slice(0, PAGE).map((c) => c.id),
    };
  },
  async library(pool) {
    const client = await pool.connect();
    try {
      const total = await client.query(LIBRARY_COUNT_SQL);
      const page = await client.query(LIBRARY_PAGE_SQL);
      const nodes = page.rows.slice(0, PAGE);
      return {
        totalCount: Math.min(total.rows[0].total, COUNT_CAP),
        hasNextPage: page.rows.length > PAGE,
        ids: nodes.map((row) => row.id),
        reach: nodes.map((row) => ({ publications: row.publications, views: Number(row.views) })),
      };
    } finally {
      client.release();
    }
  },
  async open(pool, viewer) {
    const client = await pool.connect();
    try {
      const total = await client.query(OPEN_COUNT_SQL, [viewer.memberId]);
      const page = await client.query(OPEN_PAGE_SQL, [viewer.memberId, viewer.userId]);
      const nodes = page.rows.slice(0, PAGE);
      return { totalCount: Math.min(total.rows[0].total, COUNT_CAP), hasNextPage: page.rows.length > PAGE, ids: nodes.map((row) => row.id), distances: nodes.map((row) => Number(row.distance_km)) };
    } finally {
      client.release();
    }
  },
};

// ------------------------------------------------------------------ participation dashboard

/** The client's ParticipationDashboard query (client/src/modules/participation/pages) with its fragments inlined. */
export const PARTICIPATION_GQL = `
  query ParticipationDashboard($periodId: ID!, $provinceCode: String) {
    participation(periodId: $periodId, provinceCode: $provinceCode) {
      period { id kind year quarter startsOn endsOn isCurrent elapsedDays periodDays commitments { id metric title weight } }
      totals { members averageIndex statusCounts { status count } metrics { metric value } }
      rows {
        index rank status lastActivityAt
        member { id slug nameZh nameEn cityZh cityEn latitude longitude province { code nameZh nameEn riverOrder } }
        commitments { target actual due expected elapsedDays periodDays ratio status commitment { id metric title weight } }
      }
      provinces { members averageIndex province { code nameZh nameEn riverOrder } }
      trend { month metrics { metric value } }
      quiet30: quiet(days: 30) { ...QuietMember_quiet }
      quiet60: quiet(days: 60) { ...QuietMember_quiet }
      quiet90: quiet(days: 90) { ...QuietMember_quiet }
    }
  }
  fragment QuietMember_quiet on QuietMember { lastActivityAt daysQuiet member { id nameZh nameEn cityZh cityEn } }`;

const ZONE = `'Asia/Shanghai'`;

/**
 * Every measured metric's figures per member, and per alliance month over the members in $13, over a window of whole
 * alliance days, from the rollup
 * the server's triggers keep (participation_monthly for whole months, participation_daily for the days around them;
 * the on-time rate counts days before today from those and today's part, due by now, from participation_facts).
 * $1/$2 the months and $3/$4 the days around them for counts, $5–$8 the same for the rate, $9/$10 the window's instants, $11 now,
 * $12 the counted metrics, $13 the members whose months the trend adds up.
 */
const ROLLUP_FIGURES_SQL = `
  SELECT metric, member_id, month, sum(n)::int AS n, sum(on_time)::int AS on_time,
         coalesce(sum(n) FILTER (WHERE member_id = ANY($13::uuid[])), 0)::int AS scope_n,
         coalesce(sum(on_time) FILTER (WHERE member_id = ANY($13::uuid[])), 0)::int AS scope_on_time
    FROM (
    SELECT metric, member_id, to_char(month, 'YYYY-MM') AS month, n, on_time FROM participation_monthly
     WHERE metric = ANY($12::varchar[]) AND month >= $1 AND month < $2 AND n <> 0
    UNION ALL
    SELECT metric, member_id, to_char(day, 'YYYY-MM'), n, on_time FROM participation_daily
     WHERE metric = ANY($12::varchar[]) AND ((day >= $3 AND day < $1) OR (day >= $2 AND day < $4)) AND n <> 0
    UNION ALL
    SELECT metric, member_id, to_char(month, 'YYYY-MM'), n, on_time FROM participation_monthly WHERE metric = 'ON_TIME_RATE' AND month >= $5 AND month < $6 AND n <> 0
    UNION ALL
    SELECT metric, member_id, to_char(day, 'YYYY-MM'), n, on_time FROM participation_daily
     WHERE metric = 'ON_TIME_RATE' AND ((day >= $7 AND day < $5) OR (day >= $6 AND day < $8)) AND n <> 0
    UNION ALL
    SELECT metric, member_id, to_char(at AT TIME ZONE ${ZONE}, 'YYYY-MM'), count(*)::int, (count(*) FILTER (WHERE on_time))::int FROM participation_facts
     WHERE metric = 'ON_TIME_RATE' AND at >= greatest($9::timestamptz, ($8::date::timestamp AT TIME ZONE ${ZONE})) AND at < $10 AND at <= $11
     GROUP BY 1, 2, 3) r
   GROUP BY GROUPING SETS ((metric, member_id), (metric, month))`;

/** Whole months [from, to) inside the days [fromDay, cutDay), or an empty range at cutDay when there are none. */
function wholeMonths(fromDay, cutDay) {
  const from = fromDay.endsWith('-01') ? fromDay : new Date(Date.UTC(Number(fromDay.slice(0, 4)), Number(fromDay.slice(5, 7)), 1)).toISOString().slice(0, 10);
  const to = `${cutDay.slice(0, 7)}-01`;
  return from < to ? [from, to] : [cutDay, cutDay];
}

function rollupParams(startsOn, endsOn, now) {
  const toDay = nextDay(endsOn);
  const today = allianceDay(now);
  const rateCut = today < toDay ? (today > startsOn ? today : startsOn) : toDay;
  const counted = ['TOPICS_PROPOSED', 'TOPICS_CO_SPONSORED', 'ASSIGNMENTS_ACCEPTED', 'PIECES_REPUBLISHED', 'PIECES_OFFERED', 'REQUESTS_FULFILLED', 'EVENT_PLACES_FILLED', 'EVENTS_ATTENDED'];
  return [...wholeMonths(startsOn, toDay), startsOn, toDay, ...wholeMonths(startsOn, rateCut), startsOn, rateCut, startOfDay(startsOn), startOfDay(toDay), now, counted];
}

/** Verified evidence per member for the period's manual commitments. $1 commitment ids. */
const MANUAL_SQL = `SELECT commitment_id, member_id, count(*)::int AS n FROM commitment_evidence WHERE state = 'VERIFIED' AND commitment_id = ANY($1::uuid[]) GROUP BY 1, 2`;

/** The period, its commitments and targets, the ranked members and their last activity (kept in the rollup's facts), in one statement. $1 period. */
const PLAN_SQL = `
  SELECT (SELECT row_to_json(p) FROM (SELECT id, kind, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM participation_periods WHERE id = $1) p) AS period,
         (SELECT json_agg(json_build_object('id', c.id, 'metric', c.metric, 'defaultTarget', c.default_target, 'weight', c.weight,
                   'targets', (SELECT coalesce(json_object_agg(t.member_id, t.target), '{}') FROM commitment_targets t WHERE t.commitment_id = c.id)) ORDER BY c.created_at, c.id)
            FROM commitments c WHERE c.period_id = $1) AS commitments,
         (SELECT json_agg(json_build_object('id', m.id, 'slug', m.slug, 'provinceCode', m.province_code, 'lastActivityAt', la.at) ORDER BY m.slug)
            FROM members m
            CROSS JOIN LATERAL (SELECT max(f.at) AS at FROM participation_facts f WHERE f.member_id = m.id AND f.metric IN ('MEMBER_ACTIVITY', 'REPORTER_ACTIVITY')) la
           WHERE m.status = 'ACTIVE' AND m.alliance_role <> 'SECRETARIAT') AS members`;

const round1 = (value) => Math.round(value * 10) / 10;
const valueOf = (metric, tally) => (metric === 'ON_TIME_RATE' ? (tally.n === 0 ? null : round1((100 * tally.onTime) / tally.n)) : tally.n);
const startOfDay = (day) => new Date(`${day}T00:00:00+08:00`);
const nextDay = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const allianceDay = (instant) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The dashboard's numbers as a hand-written handler would read them: the plan, the figures and the manual evidence in
 * three statements on one connection, then per member and commitment its actual (and due for the rate), the alliance
 * totals, the months of the trend and who has been quiet 30/60/90 days. Index and status are the shared formulas'
 * business and stay out (GraphQL computes them from these actuals).
 */
export async function participationSql(pool, periodId) {
  const client = await pool.connect();
  try {
    const now = new Date();
    const { rows: [plan] } = await client.query(PLAN_SQL, [periodId]);
    const manual = plan.commitments.filter((c) => c.metric === 'MANUAL').map((c) => c.id);
    const figures = await client.query(ROLLUP_FIGURES_SQL, [...rollupParams(plan.period.startsOn, plan.period.endsOn, now), plan.members.map((m) => m.id)]);
    const evidence = await client.query(MANUAL_SQL, [manual]);
    return assemble(plan, figures.rows, evidence.rows, now);
  } finally {
    client.release();
  }
}

function assemble(plan, figureRows, evidenceRows, now) {
  const tallies = new Map();
  const months = new Map();
  for (const row of figureRows) {
    if (row.member_id) tallies.set(`${row.metric}/${row.member_id}`, { n: row.n, onTime: row.on_time });
    else if (row.scope_n) months.set(`${row.month}/${row.metric}`, { n: row.scope_n, onTime: row.scope_on_time });
  }
  const evidence = new Map(evidenceRows.map((row) => [`${row.commitment_id}/${row.member_id}`, row.n]));
  const actuals = {};
  for (const member of plan.members) {
    actuals[member.id] = plan.commitments.map((c) => {
      if (c.metric === 'MANUAL') return { actual: evidence.get(`${c.id}/${member.id}`) ?? 0, due: null };
      const tally = tallies.get(`${c.metric}/${member.id}`) ?? { n: 0, onTime: 0 };
      return { actual: valueOf(c.metric, tally), due: c.metric === 'ON_TIME_RATE' ? tally.n : null };
    });
  }
  const metrics = [...new Set(plan.commitments.map((c) => c.metric))];
  const totals = metrics.map((metric) => {
    if (metric === 'MANUAL') return { metric, value: plan.members.reduce((sum, m) => sum + plan.commitments.filter((c) => c.metric === 'MANUAL').reduce((s, c) => s + (evidence.get(`${c.id}/${m.id}`) ?? 0), 0), 0) };
    const tally = { n: 0, onTime: 0 };
    for (const member of plan.members) {
      const t = tallies.get(`${metric}/${member.id}`);
      if (t) {
        tally.n += t.n;
        tally.onTime += t.onTime;
      }
    }
    return { metric, value: valueOf(metric, tally) };
  });
  const trend = {};
  for (const [key, tally] of months) {
    const [month, metric] = key.split('/');
    (trend[month] ??= {})[metric] = valueOf(metric, tally);
  }
  const today = allianceDay(now);
  const daysQuiet = (at) => (at ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${allianceDay(new Date(at))}T00:00:00Z`)) / 86_400_000) : null);
  const quiet = (days) => plan.members.filter((m) => daysQuiet(m.lastActivityAt) === null || daysQuiet(m.lastActivityAt) >= days).map((m) => m.id).sort();
  return { members: plan.members.length, actuals, totals, trend, quiet: { 30: quiet(30), 60: quiet(60), 90: quiet(90) } };
}
