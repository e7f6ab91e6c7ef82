import type { DataSource } from 'typeorm';
import { OFFER_ONLY_CLAIM_STATES } from '@yah/shared';
import type { EventReport, EventReportDayRow, EventReportMemberRow, EventReportPiece } from './event-report.type';

/** Claims in these states are not counted: the reporter let go of the slot, the topic's editors cancelled it, or it was only ever an offer. */
const NOT_COUNTED_CLAIM_STATES = ['RELEASED', 'CANCELLED', ...OFFER_ONLY_CLAIM_STATES];
/** The report lists at most this many pieces (newest accepted first). */
export const REPORT_PIECES_MAX = 200;
const INT_MAX = 2 ** 31 - 1;

/** Reach sums can outgrow a GraphQL Int: capped, never wrapped. */
const capped = (value: number | string | null) => Math.min(INT_MAX, Number(value ?? 0));

/** The alliance day (YYYY-MM-DD, UTC+8) of a timestamptz column, in SQL. */
const day = (column: string) => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

/**
 * Participants' coverage on the event's linked topics: the PLACED participants' accounts, their claims on the topics'
 * assignments, the accepted ones and where those ran (publications). Each statement takes $1 = event, $2 = states not counted.
 */
const COVERAGE = `
  placed AS (SELECT p.id, p.user_id, p.member_id FROM event_participants p WHERE p.event_id = $1 AND p.status = 'PLACED'),
  cl AS (
    SELECT c.id, c.state, c.claimed_at, c.decided_at, c.reporter_id, who.member_id, a.title
      FROM claims c
      JOIN assignments a ON a.id = c.assignment_id
      JOIN (SELECT DISTINCT user_id, member_id FROM placed WHERE user_id IS NOT NULL) who ON who.user_id = c.reporter_id
     WHERE a.topic_id IN (SELECT topic_id FROM event_topics WHERE event_id = $1) AND c.state <> ALL($2)
  ),
  pub AS (
    SELECT pb.id, pb.claim_id, pb.published_at, cl.member_id, (pb.views + pb.shares + pb.likes)::float8 AS reach
      FROM publications pb JOIN cl ON cl.id = pb.claim_id
  )`;

/** The trip report in four statements whatever the event's size. */
export class EventReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(eventId: string): Promise<EventReport> {
    const params = [eventId, NOT_COUNTED_CLAIM_STATES];
    const [members, days, pieces] = await Promise.all([
      this.dataSource.query(
        `WITH ${COVERAGE},
           people AS (
             SELECT member_id, count(*) AS participants,
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM event_check_ins k WHERE k.participant_id = placed.id)) AS attended
               FROM placed GROUP BY member_id),
           claimed AS (SELECT member_id, count(*) AS claims, count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted FROM cl GROUP BY member_id),
           ran AS (SELECT member_id, count(*) AS publications, sum(reach) AS reach FROM pub GROUP BY member_id)
         SELECT ids.member_id AS "memberId",
                coalesce(people.participants, 0)::int AS participants, coalesce(people.attended, 0)::int AS attended,
                coalesce(claimed.claims, 0)::int AS claims, coalesce(claimed.accepted, 0)::int AS accepted,
                coalesce(ran.publications, 0)::int AS publications, coalesce(ran.reach, 0)::float8 AS reach
           FROM (SELECT member_id FROM placed UNION SELECT member_id FROM cl) ids
           JOIN members m ON m.id = ids.member_id
           LEFT JOIN people USING (member_id) LEFT JOIN claimed USING (member_id) LEFT JOIN ran USING (member_id)
          ORDER BY m.name_zh, ids.member_id`,
        params,
      ) as Promise<(Omit<EventReportMemberRow, 'reach'> & { reach: number })[]>,
      this.dataSource.query(
        `WITH ${COVERAGE},
           facts AS (
             SELECT ${day('k.checked_in_at')} AS date, 1 AS check_ins, 0 AS claims, 0 AS accepted, 0 AS publications, 0::float8 AS reach
               FROM event_check_ins k JOIN event_participants kp ON kp.id = k.participant_id WHERE k.event_id = $1 AND kp.status <> 'WITHDRAWN'
             UNION ALL SELECT ${day('cl.claimed_at')}, 0, 1, 0, 0, 0 FROM cl
             UNION ALL SELECT ${day('cl.decided_at')}, 0, 0, 1, 0, 0 FROM cl WHERE cl.state = 'ACCEPTED' AND cl.decided_at IS NOT NULL
             UNION ALL SELECT ${day('pub.published_at')}, 0, 0, 0, 1, pub.reach FROM pub)
         SELECT date, sum(check_ins)::int AS "checkIns", sum(claims)::int AS claims, sum(accepted)::int AS accepted,
                sum(publications)::int AS publications, sum(reach)::float8 AS reach
           FROM facts GROUP BY date ORDER BY date`,
        params,
      ) as Promise<EventReportDayRow[]>,
      this.dataSource.query(
        `WITH ${COVERAGE}
         SELECT cl.id AS "claimId", cl.reporter_id AS "reporterId", cl.member_id AS "memberId", cl.title AS "assignmentTitle", cl.decided_at AS "acceptedAt",
                coalesce(array_agg(pub.id ORDER BY pub.published_at, pub.id) FILTER (WHERE pub.id IS NOT NULL), '{}') AS "publicationIds",
                coalesce(sum(pub.reach), 0)::float8 AS reach
           FROM cl LEFT JOIN pub ON pub.claim_id = cl.id
          WHERE cl.state = 'ACCEPTED'
          GROUP BY cl.id, cl.reporter_id, cl.member_id, cl.title, cl.decided_at
          ORDER BY cl.decided_at DESC NULLS LAST, cl.id DESC
          LIMIT ${REPORT_PIECES_MAX}`,
        params,
      ) as Promise<EventReportPiece[]>,
    ]);
    const byMember = members.map((row) => ({ ...row, reach: capped(row.reach) }));
    const sum = (field: keyof Omit<EventReportMemberRow, 'memberId'>) => members.reduce((total, row) => total + Number(row[field]), 0);
    return {
      eventId,
      totals: {
        participants: sum('participants'),
        attended: sum('attended'),
        claims: sum('claims'),
        accepted: sum('accepted'),
        publications: sum('publications'),
        reach: capped(sum('reach')),
      },
      byMember,
      byDay: days.map((row) => ({ ...row, reach: capped(row.reach) })),
      pieces: pieces.map((row) => ({ ...row, acceptedAt: row.acceptedAt ? new Date(row.acceptedAt) : null, reach: capped(row.reach) })),
    };
  }
}
