// The three measured reads, once as the GraphQL the client sends and once as hand-written SQL for pg.
// The SQL reads the same rows the server's services and DataLoaders read (same filters, same order,
// same page size + 1 for hasNextPage, same totalCount), in as few round trips as a hand-written handler would use.

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
 * A topic page: the client's TopicPage query (header, details, co-sponsors, reach and progress, every
 * assignment with its claims) with its first page of comments (the client's TopicComments) in the same request.
 */
export const TOPIC_GQL = `
  query TopicPage($id: ID!) {
    topic(id: $id) {
      id state viewerActions title rejectionReason cancelReason
      proposer { id nameZh nameEn cityZh cityEn }
      coSponsors { status invitedAt joinedAt member { id nameZh nameEn cityZh cityEn } }
      brief themes cities windowStart windowEnd targetChannels createdAt updatedAt version
      provinces { code nameZh nameEn }
      createdBy { id displayName }
      reach { publications members views shares likes }
      progress { assignments slots claimed submitted accepted }
      assignments {
        id status slots openSlots dueAt title brief format version viewerCanClaim viewerCanEdit
        location { id nameZh nameEn cityZh cityEn }
        myClaim { id state }
        claims {
          id state submissionText submissionLinks reviewComment claimedAt submittedAt decidedAt
          reporter { id displayName member { id nameZh nameEn } }
          publications { id channel url publishedAt views shares likes member { id nameZh nameEn } }
        }
      }
      comments(first: 20) {
        totalCount
        pageInfo { endCursor hasNextPage }
        nodes { id body createdAt author { id displayName member { id nameZh nameEn } } }
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

const BOARD_WHERE = `(t.state <> 'DRAFT' OR t.proposer_member_id = $1)`;

const BOARD_COUNT_SQL = `SELECT count(*)::int AS total FROM topics t WHERE ${BOARD_WHERE}`;

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

const OPEN_FROM = `
    FROM assignments a
    JOIN topics t ON t.id = a.topic_id
    JOIN members loc ON loc.id = a.location_member_id
    JOIN members vm ON vm.id = $1
   WHERE a.status = 'OPEN' AND a.claimed_count < a.slots AND a.due_at > now() AND t.state IN ('APPROVED', 'IN_PROGRESS')`;

const OPEN_COUNT_SQL = `SELECT count(*)::int AS total ${OPEN_FROM}`;

/** $1 viewer's member, $2 viewer's user. */
const OPEN_PAGE_SQL = `
  SELECT p.id, p.title, p.brief, p.format, p.due_at, p.slots, p.slots - p.claimed_count AS open_slots, round(p.distance_km::numeric, 1) AS distance_km,
         p.loc_id, loc.name_zh AS loc_name_zh, loc.name_en AS loc_name_en, loc.city_zh AS loc_city_zh, loc.city_en AS loc_city_en,
         pv.code AS province_code, pv.name_zh AS province_name_zh, pv.name_en AS province_name_en,
         p.topic_id, p.topic_title, mc.id AS my_claim_id, mc.state AS my_claim_state
    FROM (SELECT a.id, a.title, a.brief, a.format, a.due_at, a.slots, a.claimed_count, ${DISTANCE} AS distance_km,
                 loc.id AS loc_id, t.id AS topic_id, t.title AS topic_title
          ${OPEN_FROM}
          ORDER BY distance_km, a.due_at, a.id LIMIT ${PAGE + 1}) p
    JOIN members loc ON loc.id = p.loc_id
    JOIN provinces pv ON pv.code = loc.province_code
    LEFT JOIN claims mc ON mc.assignment_id = p.id AND mc.reporter_id = $2 AND mc.state IN ${LIVE_CLAIM_STATES}
   ORDER BY p.distance_km, p.due_at, p.id`;

/** Each returns what the page needs, on one pooled connection; `viewer` is { userId, memberId, role }. */
export const sql = {
  async board(pool, viewer) {
    const client = await pool.connect();
    try {
      const total = await client.query(BOARD_COUNT_SQL, [viewer.memberId]);
      const page = await client.query(BOARD_PAGE_SQL, [viewer.memberId]);
      const nodes = page.rows.slice(0, PAGE);
      return {
        totalCount: total.rows[0].total,
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
  async open(pool, viewer) {
    const client = await pool.connect();
    try {
      const total = await client.query(OPEN_COUNT_SQL, [viewer.memberId]);
      const page = await client.query(OPEN_PAGE_SQL, [viewer.memberId, viewer.userId]);
      const nodes = page.rows.slice(0, PAGE);
      return { totalCount: total.rows[0].total, hasNextPage: page.rows.length > PAGE, ids: nodes.map((row) => row.id), distances: nodes.map((row) => Number(row.distance_km)) };
    } finally {
      client.release();
    }
  },
};
