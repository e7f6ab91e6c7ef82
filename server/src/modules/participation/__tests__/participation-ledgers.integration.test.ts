import { allianceDate, isRateMetric, MEASURED_METRICS, type CommitmentMetric } from '@yah/shared';
import type { DataSource } from 'typeorm';
import type { GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, signedIn, TOPIC_INPUT } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { CHECK_IN, insertEvent, REGISTER, runEventToday, userIdOf } from '../../events/__tests__/registration-fixtures';
import { insertResource, REPUBLISH, sharePiece, WITHDRAW as WITHDRAW_RESOURCE } from '../../resources/__tests__/resource-fixtures';
import {
  ENTRIES,
  insertCommitments,
  insertEvidence,
  insertPeriod,
  insertTarget,
  memberIdBySlug,
  MONTHLY_REPORT,
  PARTICIPATION,
  readLedgers,
  recompute,
  type EntriesPage,
  type MetricTotal,
  type Participation,
  type Row,
} from './participation-fixtures';

/**
 * The check: activity made through the API, every member's figures recomputed here from raw ledger rows (plain
 * TypeScript, not the server's SQL) and compared with what the dashboard shows — then history changes (a claim
 * released, a publication withdrawn, a library piece withdrawn, a topic cancelled) and the comparison holds again.
 */

const SUBMIT = `mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "稿件", links: [] }) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`;
const RECORD = `mutation($input: PublicationInput!) { recordPublication(input: $input) { id } }`;
const round1 = (value: number) => Math.round(value * 10) / 10;
const rateOf = (onTime: number, due: number) => (due === 0 ? null : round1((100 * onTime) / due));

const COMMITMENTS: { metric: CommitmentMetric; defaultTarget: number; weight: number }[] = [
  { metric: 'TOPICS_PROPOSED', defaultTarget: 4, weight: 2 },
  { metric: 'TOPICS_CO_SPONSORED', defaultTarget: 3, weight: 1 },
  { metric: 'ASSIGNMENTS_ACCEPTED', defaultTarget: 10, weight: 3 },
  { metric: 'PIECES_REPUBLISHED', defaultTarget: 6, weight: 2 },
  { metric: 'PIECES_OFFERED', defaultTarget: 8, weight: 1 },
  { metric: 'REQUESTS_FULFILLED', defaultTarget: 2, weight: 1 },
  { metric: 'EVENT_PLACES_FILLED', defaultTarget: 4, weight: 1 },
  { metric: 'EVENTS_ATTENDED', defaultTarget: 2, weight: 1 },
  { metric: 'ON_TIME_RATE', defaultTarget: 80, weight: 2 },
  { metric: 'MANUAL', defaultTarget: 2, weight: 1 },
];

describe.each(DATABASE_KINDS)('participation read from the ledgers on %s', (kind) => {
  let server: TestServer;
  let ds: DataSource;
  const c = {} as Record<'secretariat' | 'editorJ' | 'chiefJ' | 'editorH' | 'reporterJ' | 'reporter2J' | 'reporterH' | 'reporter2H', GraphQLTestClient>;
  const ids: Record<string, string> = {};
  let period: { id: string; startsOn: string; endsOn: string };
  let commitmentIds: string[];

  const claim = async (client: GraphQLTestClient, assignmentId: string) => (await client.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id;
  const record = async (claimId: string, memberId: string, url: string) =>
    (
      await c.editorJ.data<{ recordPublication: { id: string } }>(RECORD, {
        input: { claimId, memberId, channel: 'APP', url, publishedAt: new Date().toISOString(), views: 100, shares: 5, likes: 2 },
      })
    ).recordPublication.id;
  const dashboard = async () => (await c.secretariat.data<{ participation: Participation }>(PARTICIPATION, { periodId: period.id })).participation;
  const progressOf = (row: Row | undefined, metric: CommitmentMetric) => row!.commitments.find((progress) => progress.commitment.metric === metric)!;
  const rowOf = (view: Participation, memberId: string) => view.rows.find((row) => row.member.id === memberId);

  /** The dashboard's figures against a recomputation from every ledger row, for every ranked member and every commitment. */
  async function compareWithLedgers(): Promise<Participation> {
    const view = await dashboard();
    const now = Date.now();
    const ledgers = await readLedgers(ds);
    const ranked = ledgers.members.filter((member) => member.status === 'ACTIVE' && member.alliance_role !== 'SECRETARIAT').map((member) => member.id as string);
    expect(view.rows.map((row) => row.member.id).sort()).toEqual([...ranked].sort());
    const mismatches: string[] = [];
    for (const row of view.rows) {
      expect(row.commitments.map((progress) => progress.commitment.id)).toEqual(commitmentIds);
      for (const progress of row.commitments) {
        const { metric, id } = progress.commitment;
        const expected = recompute(ledgers, period, row.member.id, metric, id, now);
        const shown = { actual: progress.actual, due: progress.due };
        const wanted = isRateMetric(metric) ? { actual: rateOf(expected.count, expected.due), due: expected.due } : { actual: expected.count, due: null };
        if (JSON.stringify(shown) !== JSON.stringify(wanted)) mismatches.push(`${row.member.slug} ${metric}: shows ${JSON.stringify(shown)}, ledgers say ${JSON.stringify(wanted)}`);
      }
    }
    expect(mismatches).toEqual([]);
    return view;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    ds = server.database.dataSource;
    const accounts = { secretariat: 'secretariat', editorJ: 'editor.jingzhou', chiefJ: 'chief.jingzhou', editorH: 'editor.hengyang', reporterJ: 'reporter.jingzhou', reporter2J: 'reporter2.jingzhou', reporterH: 'reporter.hengyang', reporter2H: 'reporter2.hengyang' };
    await Promise.all(Object.entries(accounts).map(async ([key, name]) => (c[key as keyof typeof c] = await signedIn(server.url, `${name}@demo.example`))));
    for (const slug of ['jingzhou', 'hengyang', 'wanzhou']) ids[slug] = await memberIdBySlug(ds, slug);
    ids.reporterH = await userIdOf(ds, 'reporter.hengyang@demo.example');

    // The current year, every measured metric and one manual commitment; Jingzhou's own (lower) target for pieces offered.
    // The demo's own periods and commitments give way to this test's.
    await ds.query(`DELETE FROM participation_periods`);
    period = await insertPeriod(ds, 'YEAR', Number(allianceDate(new Date()).slice(0, 4)));
    commitmentIds = await insertCommitments(ds, period.id, COMMITMENTS);
    await insertTarget(ds, commitmentIds[4]!, ids.jingzhou!, 1);

    // Topics: Jingzhou proposes one (approved), Hengyang proposes one (cancelled later) and co-sponsors Jingzhou's; Wanzhou is only invited.
    ids.topic = await approvedTopic(c.editorJ, c.secretariat);
    await c.editorJ.data(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: ids.topic, m: [ids.hengyang, ids.wanzhou] });
    await c.editorH.data(`mutation($id: ID!) { joinTopic(id: $id) { id } }`, { id: ids.topic });
    ids.hengyangTopic = (await c.editorH.data<{ createTopic: { id: string } }>(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, { input: { ...TOPIC_INPUT, title: '湘江北去：衡阳段生态修复' } })).createTopic.id;
    await c.editorH.data(`mutation($id: ID!) { proposeTopic(id: $id) { id } }`, { id: ids.hengyangTopic });

    // Claims: accepted (a Hengyang and a Jingzhou reporter), submitted, merely claimed, and one not yet due.
    const [dueSoon, dueToo, later] = [await assignmentOn(c.editorJ, ids.topic, ids.jingzhou!, 3), await assignmentOn(c.editorJ, ids.topic, ids.jingzhou!, 2), await assignmentOn(c.editorJ, ids.topic, ids.jingzhou!, 2, 3)];
    ids.acceptedH = await claim(c.reporterH, dueSoon!);
    ids.acceptedJ = await claim(c.reporterJ, dueSoon!);
    for (const id of [ids.acceptedH, ids.acceptedJ]) {
      await (id === ids.acceptedH ? c.reporterH : c.reporterJ).data(SUBMIT, { id });
      await c.editorJ.data(ACCEPT, { id });
    }
    ids.onTimeH = await claim(c.reporterH, dueToo!);
    await c.reporterH.data(SUBMIT, { id: ids.onTimeH });
    ids.claimedH = await claim(c.reporter2H, dueToo!);
    ids.notDueJ = await claim(c.reporter2J, later!);
    await c.reporter2J.data(SUBMIT, { id: ids.notDueJ });
    // Two assignments fell due an hour ago; one piece had been handed in three hours ago (on time), the others just now (late).
    await ds.query(`UPDATE assignments SET due_at = now() - interval '1 hour' WHERE id = ANY($1)`, [[dueSoon, dueToo]]);
    await ds.query(`UPDATE claims SET submitted_at = submitted_at - interval '3 hours' WHERE id = $1`, [ids.onTimeH]);

    // Publications: Hengyang's piece at Jingzhou (counts for Jingzhou), Jingzhou's own piece at home (does not), Jingzhou's at Hengyang (counts for Hengyang, withdrawn later).
    ids.pubHatJ = await record(ids.acceptedH, ids.jingzhou!, 'https://jingzhou.example/news/h1');
    ids.pubJatJ = await record(ids.acceptedJ, ids.jingzhou!, 'https://jingzhou.example/news/j1');
    ids.pubJatH = await record(ids.acceptedJ, ids.hengyang!, 'https://hengyang.example/news/j1');

    // The library: two pieces of Jingzhou's (one withdrawn later), republished once at Hengyang.
    ids.piece = (await sharePiece(c.editorJ)).id;
    ids.piece2 = (await sharePiece(c.editorJ, { title: '荆江大堤的守望者', originalUrl: 'https://jingzhou.example/news/dike' })).id;
    await c.editorH.data(REPUBLISH, { input: { resourceId: ids.piece, memberId: ids.hengyang, channel: 'WECHAT', url: 'https://hengyang.example/zhuanzai/wall', publishedAt: new Date().toISOString(), views: 900, shares: 30, likes: 12 } });

    // A request Hengyang made for Jingzhou's outside-broadcast van, fulfilled.
    const van = await insertResource(ds, 'jingzhou', { area: 'TECH_SERVICE', title: '4K 转播车' });
    const { requestResource } = await c.editorH.data<{ requestResource: { id: string } }>(`mutation($id: ID!, $note: String!) { requestResource(resourceId: $id, note: $note) { id } }`, { id: van.id, note: '衡阳直播借用' });
    await c.chiefJ.data(`mutation($id: ID!) { approveResourceRequest(id: $id) { id } }`, { id: requestResource.id });
    await c.chiefJ.data(`mutation($id: ID!) { fulfillResourceRequest(id: $id, note: "已交车") { id } }`, { id: requestResource.id });

    // An event of Jingzhou's: Hengyang sends a reporter and a guest; the reporter checks in.
    const event = await insertEvent(ds, { hostSlug: 'jingzhou', capacity: 20, placesPerMember: 4, startsInDays: 3, title: '百家党媒看荆州（参与度测试）' });
    ids.event = event.id;
    await c.editorH.data(REGISTER, { eventId: event.id, ids: [ids.reporterH], guests: [{ name: '王摄影' }] });
    await runEventToday(ds, event.id);
    await c.editorJ.data(CHECK_IN, { eventId: event.id, userId: ids.reporterH, stopId: event.stopIds[0] });

    // Evidence for the manual commitment: only what the secretariat verified counts.
    for (const state of ['VERIFIED', 'VERIFIED', 'SUBMITTED', 'REJECTED'] as const) await insertEvidence(ds, commitmentIds[9]!, ids.jingzhou!, state);
    await insertEvidence(ds, commitmentIds[9]!, ids.hengyang!, 'VERIFIED');
  }, 240_000);
  afterAll(() => server?.close());

  it('shows every member the figures a recomputation from the raw ledger rows gives, for every metric', async () => {
    const view = await compareWithLedgers();
    // What this test did is in them.
    const jingzhou = rowOf(view, ids.jingzhou!);
    const hengyang = rowOf(view, ids.hengyang!);
    expect(progressOf(jingzhou, 'TOPICS_PROPOSED').actual).toBeGreaterThanOrEqual(1);
    expect(progressOf(hengyang, 'TOPICS_CO_SPONSORED').actual).toBeGreaterThanOrEqual(1);
    expect(progressOf(jingzhou, 'PIECES_OFFERED')).toMatchObject({ target: 1, status: 'MET', ratio: 1 });
    expect(progressOf(jingzhou, 'MANUAL').actual).toBe(2);
    expect(progressOf(hengyang, 'MANUAL').actual).toBe(1);
    expect(progressOf(hengyang, 'EVENT_PLACES_FILLED').actual).toBeGreaterThanOrEqual(2);
    expect(progressOf(hengyang, 'EVENTS_ATTENDED').actual).toBeGreaterThanOrEqual(1);
    expect(progressOf(jingzhou, 'REQUESTS_FULFILLED').actual).toBeGreaterThanOrEqual(1);
    expect(view.period).toMatchObject({ kind: 'YEAR', quarter: null, isCurrent: true, startsOn: period.startsOn, endsOn: period.endsOn });
    // Ranked best first, ties sharing a rank.
    const ranks = view.rows.map((row) => row.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const [index, row] of view.rows.entries()) {
      const previous = view.rows[index - 1];
      if (previous) expect(row.rank).toBe(previous.index === row.index ? previous.rank : index + 1);
    }
  });

  it('drills down from every figure to exactly as many rows as it counts', async () => {
    const view = await dashboard();
    let checked = 0;
    for (const row of view.rows) {
      for (const progress of row.commitments) {
        const { metric, id } = progress.commitment;
        const figure = isRateMetric(metric) ? progress.due! : progress.actual!;
        if (figure === 0 && row.member.id !== ids.hengyang) continue;
        const { participationEntries: page } = await c.secretariat.data<EntriesPage>(ENTRIES, { periodId: period.id, memberId: row.member.id, metric, commitmentId: metric === 'MANUAL' ? id : null, first: 100 });
        expect({ member: row.member.slug, metric, totalCount: page.totalCount }).toEqual({ member: row.member.slug, metric, totalCount: figure });
        expect(page.nodes).toHaveLength(Math.min(figure, 100));
        if (isRateMetric(metric) && figure > 0) expect(round1((100 * page.nodes.filter((node) => node.onTime).length) / figure)).toBe(progress.actual);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);

    // Pages walk newest first without repeats; each row says what it is and where it opens.
    const walk = async (metric: CommitmentMetric) => {
      const seen: EntriesPage['participationEntries']['nodes'] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const { participationEntries: page }: EntriesPage = await c.secretariat.data<EntriesPage>(ENTRIES, { periodId: period.id, memberId: ids.hengyang, metric, first: 1, after });
        seen.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    const republished = await walk('PIECES_REPUBLISHED');
    expect(new Set(republished.map((node) => node.entityId)).size).toBe(republished.length);
    expect(republished.map((node) => node.at)).toEqual([...republished.map((node) => node.at)].sort().reverse());
    const fromLibrary = republished.find((node) => node.path === `/resources/${ids.piece}`);
    expect(fromLibrary).toMatchObject({ entityType: 'publication', title: '荆州古城墙的晨光', detail: '荆州市融媒体中心' });
    expect(republished.find((node) => node.entityId === ids.pubJatH)).toMatchObject({ path: `/topics/${ids.topic}`, detail: '荆州市融媒体中心' });
    const places = (await walk('EVENT_PLACES_FILLED')).filter((node) => node.path === `/events/${ids.event}`);
    expect(places).toHaveLength(2);
    expect(places.map((node) => node.detail)).toContain('王摄影');
    expect(places[0]).toMatchObject({ entityType: 'event_participant', title: '百家党媒看荆州（参与度测试）' });
  });

  it('judges on-time delivery by the due time: submitted before it on time, after it or never late, not yet due not judged', async () => {
    const entries = async (memberId: string) =>
      (await c.secretariat.data<EntriesPage>(ENTRIES, { periodId: period.id, memberId, metric: 'ON_TIME_RATE', first: 100 })).participationEntries.nodes;
    const hengyang = new Map((await entries(ids.hengyang!)).map((node) => [node.entityId, node.onTime]));
    expect([hengyang.get(ids.acceptedH!), hengyang.get(ids.onTimeH!), hengyang.get(ids.claimedH!)]).toEqual([false, true, false]);
    const jingzhou = new Map((await entries(ids.jingzhou!)).map((node) => [node.entityId, node.onTime]));
    expect(jingzhou.get(ids.acceptedJ!)).toBe(false);
    expect(jingzhou.has(ids.notDueJ!)).toBe(false);
    const progress = progressOf(rowOf(await dashboard(), ids.hengyang!), 'ON_TIME_RATE');
    expect(progress.due).toBe(hengyang.size);
    expect(progress.actual).toBe(round1((100 * [...hengyang.values()].filter(Boolean).length) / hengyang.size));
  });

  it('adds the months of the trend up to the period figures, and the rows up to the totals', async () => {
    const view = await dashboard();
    const today = allianceDate(new Date());
    // Every month from January to this one (and a later one when places are already filled on an event ahead).
    const months = view.trend.map((month) => month.month);
    expect(months).toEqual(Array.from({ length: months.length }, (_, index) => `${today.slice(0, 4)}-${String(index + 1).padStart(2, '0')}`));
    expect(months).toContain(today.slice(0, 7));
    const valueIn = (metrics: MetricTotal[], metric: CommitmentMetric) => metrics.find((total) => total.metric === metric)?.value;
    expect(view.totals.metrics.map((total) => total.metric)).toEqual(COMMITMENTS.map((commitment) => commitment.metric));
    for (const { metric } of COMMITMENTS) {
      if (isRateMetric(metric)) continue;
      const total = valueIn(view.totals.metrics, metric);
      expect({ metric, total }).toEqual({ metric, total: view.rows.reduce((sum, row) => sum + progressOf(row, metric).actual!, 0) });
      if (metric !== 'MANUAL') expect({ metric, months: view.trend.reduce((sum, month) => sum + valueIn(month.metrics, metric)!, 0) }).toEqual({ metric, months: total });
    }
    // The rate is pooled: all on time over all due.
    const due = view.rows.reduce((sum, row) => sum + progressOf(row, 'ON_TIME_RATE').due!, 0);
    const onTime = view.rows.reduce((sum, row) => sum + Math.round((progressOf(row, 'ON_TIME_RATE').actual ?? 0) * progressOf(row, 'ON_TIME_RATE').due! / 100), 0);
    expect(valueIn(view.totals.metrics, 'ON_TIME_RATE')).toBe(rateOf(onTime, due));
    expect(view.totals.members).toBe(view.rows.length);
    expect(view.totals.statusCounts.reduce((sum, count) => sum + count.count, 0)).toBe(view.rows.length);
    expect(view.provinces.map((province) => province.province.riverOrder)).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
    expect(view.provinces.reduce((sum, province) => sum + province.members, 0)).toBe(view.rows.length);
    const offered = view.provinces.reduce((sum, province) => sum + valueIn(province.metrics, 'PIECES_OFFERED')!, 0);
    expect(offered).toBe(valueIn(view.totals.metrics, 'PIECES_OFFERED'));
  });

  it("reports the month with the dashboard's own definitions: the same totals as the trend's month", async () => {
    const month = allianceDate(new Date()).slice(0, 7);
    const view = await dashboard();
    const { monthlyReport: report } = await c.secretariat.data<{
      monthlyReport: { month: string; period: { id: string } | null; metrics: MetricTotal[]; topPublications: { reach: number; member: { slug: string } }[]; events: { event: { id: string }; placed: number; attended: number }[] };
    }>(MONTHLY_REPORT, { month });
    expect(report.period?.id).toBe(period.id);
    expect(report.metrics.map((total) => total.metric)).toEqual(MEASURED_METRICS);
    const trendMonth = view.trend.find((entry) => entry.month === month)!;
    expect(report.metrics).toEqual(trendMonth.metrics);
    expect(report.topPublications.length).toBeGreaterThanOrEqual(1);
    expect(report.topPublications.length).toBeLessThanOrEqual(5);
    expect(report.topPublications.map((publication) => publication.reach)).toEqual([...report.topPublications.map((publication) => publication.reach)].sort((a, b) => b - a));
    expect(report.events.find((row) => row.event.id === ids.event)).toMatchObject({ placed: 2, attended: 1 });
  });

  it('follows history: a released claim, a withdrawn publication, a withdrawn piece and a cancelled topic leave the figures', async () => {
    const before = await dashboard();
    await c.reporter2H.data(`mutation($id: ID!) { releaseClaim(claimId: $id) { id state } }`, { id: ids.claimedH });
    await c.editorJ.data(`mutation($id: ID!) { withdrawPublication(id: $id) { id } }`, { id: ids.pubJatH });
    await c.editorJ.data(WITHDRAW_RESOURCE, { id: ids.piece2 });
    await c.editorH.data(`mutation($id: ID!, $reason: String!) { cancelTopic(id: $id, reason: $reason) { id } }`, { id: ids.hengyangTopic, reason: '选题合并' });
    const after = await compareWithLedgers();
    const delta = (memberId: string, metric: CommitmentMetric, field: 'actual' | 'due') =>
      progressOf(rowOf(after, memberId), metric)[field]! - progressOf(rowOf(before, memberId), metric)[field]!;
    expect(delta(ids.hengyang!, 'ON_TIME_RATE', 'due')).toBe(-1);
    expect(delta(ids.hengyang!, 'PIECES_REPUBLISHED', 'actual')).toBe(-1);
    expect(delta(ids.jingzhou!, 'PIECES_OFFERED', 'actual')).toBe(-1);
    expect(delta(ids.hengyang!, 'TOPICS_PROPOSED', 'actual')).toBe(-1);
    // The drill-down follows too.
    const { participationEntries } = await c.secretariat.data<EntriesPage>(ENTRIES, { periodId: period.id, memberId: ids.hengyang, metric: 'PIECES_REPUBLISHED', first: 100 });
    expect(participationEntries.nodes.map((node) => node.entityId)).not.toContain(ids.pubJatH);
  });
});
