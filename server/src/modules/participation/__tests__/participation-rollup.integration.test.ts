import { ALLIANCE_TIME_ZONE, MEASURED_METRICS } from '@yah/shared';
import type { DataSource } from 'typeorm';
import type { GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, inDays, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { CHECK_IN, insertEvent, REGISTER, runEventToday, userIdOf, WITHDRAW_REGISTRATION } from '../../events/__tests__/registration-fixtures';
import { insertResource, REPUBLISH, sharePiece, WITHDRAW as WITHDRAW_RESOURCE } from '../../resources/__tests__/resource-fixtures';
import { ACTIVITY_SOURCES, allTimeSource, type MeasuredMetric } from '../metric-sources';
import { memberIdBySlug } from './participation-fixtures';

/**
 * The rollup the dashboard reads (participation_daily and _monthly, and the latest activities) against the live
 * sources, cell by cell:
 * after the demo data, and after every kind of history change — through the API where there is one, in SQL where
 * there is none. A full outer join of the two must leave no differing cell.
 */

const ZONE = `'${ALLIANCE_TIME_ZONE}'`;
const SUBMIT = `mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "稿件", links: [] }) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`;
const REQUEST_CHANGES = `mutation($id: ID!) { requestChanges(claimId: $id, comment: "补充采访") { id } }`;
const RECORD = `mutation($input: PublicationInput!) { recordPublication(input: $input) { id } }`;

/** Cells (metric, member, day) where the rollup and the live sources disagree, as readable lines. */
async function differingCells(dataSource: DataSource): Promise<string[]> {
  const live = (MEASURED_METRICS as readonly MeasuredMetric[])
    .map(
      (metric) => `SELECT '${metric}'::varchar AS metric, s.member_id, (s.at AT TIME ZONE ${ZONE})::date AS day, count(*)::int AS n,
                          (count(*) FILTER (WHERE s.on_time))::int AS on_time
                     FROM (${allTimeSource(metric)}) s GROUP BY 2, 3`,
    )
    .join(' UNION ALL ');
  const rows: { metric: string; member_id: string; day: string; live: string; rolled: string }[] = await dataSource.query(
    `SELECT coalesce(l.metric, r.metric) AS metric, coalesce(l.member_id, r.member_id) AS member_id, coalesce(l.day, r.day)::text AS day,
            concat(l.n, '/', l.on_time) AS live, concat(r.n, '/', r.on_time) AS rolled
       FROM (${live}) l
       FULL OUTER JOIN (SELECT metric, member_id, day, n, on_time FROM participation_daily WHERE n <> 0) r
         ON r.metric = l.metric AND r.member_id = l.member_id AND r.day = l.day
      WHERE l.n IS DISTINCT FROM r.n OR l.on_time IS DISTINCT FROM r.on_time
     UNION ALL
     SELECT coalesce(d.metric, m.metric), coalesce(d.member_id, m.member_id), coalesce(d.month, m.month)::text, concat(d.n, '/', d.on_time), concat(m.n, '/', m.on_time)
       FROM (SELECT metric, member_id, date_trunc('month', day)::date AS month, sum(n)::int AS n, sum(on_time)::int AS on_time FROM participation_daily GROUP BY 1, 2, 3 HAVING sum(n) <> 0) d
       FULL OUTER JOIN (SELECT * FROM participation_monthly WHERE n <> 0) m ON m.metric = d.metric AND m.member_id = d.member_id AND m.month = d.month
      WHERE d.n IS DISTINCT FROM m.n OR d.on_time IS DISTINCT FROM m.on_time`,
  );
  const activity = Object.entries(ACTIVITY_SOURCES)
    .map(([kind, source]) => `SELECT '${kind}'::varchar AS metric, s.entity_id, s.member_id, s.at FROM (${source}) s`)
    .join(' UNION ALL ');
  const latest: { metric: string; entity_id: string; live: string | null; rolled: string | null }[] = await dataSource.query(
    `SELECT coalesce(l.metric, f.metric) AS metric, coalesce(l.entity_id, f.entity_id) AS entity_id, l.at::text AS live, f.at::text AS rolled
       FROM (${activity}) l
       FULL OUTER JOIN (SELECT * FROM participation_facts WHERE metric IN ('MEMBER_ACTIVITY', 'REPORTER_ACTIVITY')) f
         ON f.metric = l.metric AND f.entity_id = l.entity_id AND f.member_id = l.member_id
      WHERE l.at IS DISTINCT FROM f.at`,
  );
  return [
    ...rows.map((row) => `${row.metric} ${row.member_id} ${row.day}: ledgers ${row.live || '—'}, rollup ${row.rolled || '—'}`),
    ...latest.map((row) => `${row.metric} ${row.entity_id}: ledgers ${row.live ?? '—'}, rollup ${row.rolled ?? '—'}`),
  ];
}

describe.each(DATABASE_KINDS)('the participation rollup on %s', (kind) => {
  let server: TestServer;
  let ds: DataSource;
  const c = {} as Record<'secretariat' | 'editorJ' | 'chiefJ' | 'editorH' | 'chiefH' | 'reporterJ' | 'reporterH' | 'reporter2H', GraphQLTestClient>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    ds = server.database.dataSource;
    const accounts = {
      secretariat: 'secretariat',
      editorJ: 'editor.jingzhou',
      chiefJ: 'chief.jingzhou',
      editorH: 'editor.hengyang',
      chiefH: 'chief.hengyang',
      reporterJ: 'reporter.jingzhou',
      reporterH: 'reporter.hengyang',
      reporter2H: 'reporter2.hengyang',
    };
    await Promise.all(Object.entries(accounts).map(async ([key, name]) => (c[key as keyof typeof c] = await signedIn(server.url, `${name}@demo.example`))));
    for (const slug of ['jingzhou', 'hengyang', 'wanzhou']) ids[slug] = await memberIdBySlug(ds, slug);
    ids.reporterH = await userIdOf(ds, 'reporter.hengyang@demo.example');
    ids.reporter2H = await userIdOf(ds, 'reporter2.hengyang@demo.example');
  }, 120_000);
  afterAll(() => server?.close());

  it('holds exactly what the ledgers say after the demo data', async () => {
    expect(await differingCells(ds)).toEqual([]);
    const [cells]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM participation_daily WHERE n <> 0`);
    expect(cells?.n).toBeGreaterThan(10);
  });

  it('follows every kind of history change, cell by cell', async () => {
    // Activity: a topic with a co-sponsor, claims in every state, publications, a library piece republished, a request, an event.
    ids.topic = await approvedTopic(c.editorJ, c.secretariat);
    await c.editorJ.data(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: ids.topic, m: [ids.hengyang, ids.wanzhou] });
    await c.editorH.data(`mutation($id: ID!) { joinTopic(id: $id) { id } }`, { id: ids.topic });
    const assignment = await assignmentOn(c.editorJ, ids.topic, ids.jingzhou!, 3);
    const claim = async (client: GraphQLTestClient) => (await client.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignment })).claimAssignment.id;
    ids.claimH = await claim(c.reporterH);
    ids.claimJ = await claim(c.reporterJ);
    ids.claim2H = await claim(c.reporter2H);
    for (const [client, id] of [[c.reporterH, ids.claimH], [c.reporterJ, ids.claimJ]] as const) {
      await client.data(SUBMIT, { id });
      await c.editorJ.data(ACCEPT, { id });
    }
    const record = async (claimId: string, memberId: string, url: string) =>
      (
        await c.editorJ.data<{ recordPublication: { id: string } }>(RECORD, {
          input: { claimId, memberId, channel: 'APP', url, publishedAt: new Date().toISOString(), views: 10, shares: 1, likes: 1 },
        })
      ).recordPublication.id;
    ids.pubHatJ = await record(ids.claimH!, ids.jingzhou!, 'https://jingzhou.example/news/r1');
    ids.pubJatH = await record(ids.claimJ!, ids.hengyang!, 'https://hengyang.example/news/r1');
    ids.piece = (await sharePiece(c.editorJ)).id;
    ids.republication = (
      await c.editorH.data<{ recordRepublication: { id: string } }>(REPUBLISH, {
        input: { resourceId: ids.piece, memberId: ids.hengyang, channel: 'WECHAT', url: 'https://hengyang.example/zhuanzai/r1', publishedAt: new Date().toISOString(), views: 9, shares: 1, likes: 1 },
      })
    ).recordRepublication.id;
    const van = await insertResource(ds, 'jingzhou', { area: 'TECH_SERVICE', title: '转播车（汇总测试）' });
    const { requestResource } = await c.editorH.data<{ requestResource: { id: string } }>(`mutation($id: ID!, $note: String!) { requestResource(resourceId: $id, note: $note) { id } }`, { id: van.id, note: '借用' });
    ids.request = requestResource.id;
    await c.chiefJ.data(`mutation($id: ID!) { approveResourceRequest(id: $id) { id } }`, { id: ids.request });
    await c.chiefJ.data(`mutation($id: ID!) { fulfillResourceRequest(id: $id, note: "已交付") { id } }`, { id: ids.request });
    const event = await insertEvent(ds, { hostSlug: 'jingzhou', capacity: 20, placesPerMember: 4, startsInDays: 3, title: '汇总测试采访活动' });
    await c.editorH.data(REGISTER, { eventId: event.id, ids: [ids.reporterH, ids.reporter2H], guests: [{ name: '李摄影' }] });
    await runEventToday(ds, event.id);
    const later = await insertEvent(ds, { hostSlug: 'jingzhou', capacity: 20, placesPerMember: 4, startsInDays: 20, title: '汇总测试培训' });
    const { registerForEvent } = await c.editorH.data<{ registerForEvent: { id: string } }>(REGISTER, { eventId: later.id, ids: [ids.reporter2H], guests: [{ name: '张记者' }] });
    await c.editorJ.data(CHECK_IN, { eventId: event.id, userId: ids.reporterH, stopId: event.stopIds[0] });
    await c.editorJ.data(CHECK_IN, { eventId: event.id, userId: ids.reporterH, stopId: event.stopIds[1] });
    expect(await differingCells(ds)).toEqual([]);

    // History changes, through the API.
    await c.reporter2H.data(`mutation($id: ID!) { releaseClaim(claimId: $id) { id } }`, { id: ids.claim2H });
    ids.claim3H = await claim(c.reporter2H);
    await c.reporter2H.data(SUBMIT, { id: ids.claim3H });
    await c.editorJ.data(REQUEST_CHANGES, { id: ids.claim3H }); // re-decided: sent back, handed in again, accepted
    await c.reporter2H.data(SUBMIT, { id: ids.claim3H });
    // Edited while a piece is still under review (once every slot is accepted it is finished and no longer edited).
    const { assignment: current } = await c.editorJ.data<{ assignment: { version: number } }>(`query($id: ID!) { assignment(id: $id) { version } }`, { id: assignment });
    await c.editorJ.data(`mutation($id: ID!, $v: Int!, $input: AssignmentUpdateInput!) { updateAssignment(id: $id, version: $v, input: $input) { id } }`, {
      id: assignment,
      v: current.version,
      input: { title: '岸线修复现场探访', brief: '', format: 'VIDEO', locationMemberId: ids.jingzhou, dueAt: inDays(40), slots: 3 },
    });
    await c.editorJ.data(ACCEPT, { id: ids.claim3H });
    await c.editorJ.data(`mutation($id: ID!) { withdrawPublication(id: $id) { id } }`, { id: ids.pubJatH });
    await c.editorJ.data(WITHDRAW_RESOURCE, { id: ids.piece });
    await c.editorH.data(WITHDRAW_REGISTRATION, { id: registerForEvent.id });
    await c.editorJ.data(`mutation($id: ID!, $reason: String!) { cancelTopic(id: $id, reason: $reason) { id } }`, { id: ids.topic, reason: '选题合并' });
    expect(await differingCells(ds)).toEqual([]);

    // History changes no mutation makes: due dates moved into the past (the day and the month change), a request
    // re-decided, an account moved to another member, a publication and a check-in deleted, an event cancelled, a
    // piece's owner changed, a co-sponsor dropped, a topic un-cancelled and deleted, several claims in one statement.
    await ds.query(`UPDATE assignments SET due_at = now() - interval '45 days' WHERE id = $1`, [assignment]);
    await ds.query(`UPDATE resource_requests SET state = 'DECLINED', fulfilled_at = NULL WHERE id = $1`, [ids.request]);
    await ds.query(`UPDATE users SET member_id = $2 WHERE id = $1`, [ids.reporterH, ids.wanzhou]);
    await ds.query(`DELETE FROM publications WHERE id = $1`, [ids.pubHatJ]);
    await ds.query(`DELETE FROM event_check_ins WHERE id IN (SELECT id FROM event_check_ins WHERE event_id = $1 LIMIT 1)`, [event.id]);
    await ds.query(`UPDATE events SET status = 'CANCELLED', starts_on = starts_on - 40, ends_on = ends_on - 40 WHERE id = $1`, [event.id]);
    await ds.query(`UPDATE resources SET owner_member_id = $2, status = 'ACTIVE' WHERE id = $1`, [ids.piece, ids.hengyang]);
    await ds.query(`UPDATE topic_co_sponsors SET joined_at = joined_at - interval '70 days' WHERE topic_id = $1`, [ids.topic]);
    await ds.query(`UPDATE topics SET state = 'IN_PROGRESS', proposed_at = proposed_at - interval '33 days' WHERE id = $1`, [ids.topic]);
    await ds.query(`UPDATE claims SET submitted_at = now() - interval '50 days', decided_at = now() - interval '31 days' WHERE assignment_id = $1`, [assignment]);
    expect(await differingCells(ds)).toEqual([]);
    await ds.query(`DELETE FROM topic_co_sponsors WHERE topic_id = $1 AND member_id = $2`, [ids.topic, ids.hengyang]);
    await ds.query(`DELETE FROM claims WHERE id = $1`, [ids.claimJ]);
    await ds.query(`DELETE FROM events WHERE id = $1`, [event.id]);
    await ds.query(`DELETE FROM topics WHERE id = $1`, [ids.topic]);
    expect(await differingCells(ds)).toEqual([]);
  });

  it('rebuilds from the ledgers to the same counters the triggers keep', async () => {
    const snapshot = () => ds.query(`SELECT metric, day::text, member_id, n, on_time FROM participation_daily WHERE n <> 0 ORDER BY 1, 2, 3`);
    const kept = await snapshot();
    await ds.query(`SELECT participation_rollup_rebuild()`);
    expect(await snapshot()).toEqual(kept);
  });
});
