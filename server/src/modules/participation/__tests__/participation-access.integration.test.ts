import ExcelJS from 'exceljs';
import { allianceDate } from '@yah/shared';
import type { DataSource } from 'typeorm';
import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { insertResource } from '../../resources/__tests__/resource-fixtures';
import {
  ENTRIES,
  insertCommitments,
  insertEvidence,
  insertPeriod,
  insertTarget,
  memberIdBySlug,
  MONTHLY_REPORT,
  PARTICIPATION,
  SCORECARD,
  type EntriesPage,
  type Participation,
  type Row,
} from './participation-fixtures';

/** Who sees what, the ranking and statuses on a crafted quarter, an empty period, who is quiet, SQL statement counts, and the exports. */

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
type Client = 'secretariat' | 'chiefJ' | 'editorJ' | 'reporterJ' | 'chiefH';

/** A topic proposed at a given instant, written straight into the database (the crafted quarter lies in the past). */
async function insertProposedTopic(dataSource: DataSource, slug: string, proposedAt: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO topics (title, brief, themes, province_codes, cities, window_start, window_end, target_channels, state, proposer_member_id, created_by_id, proposed_at, created_at)
     SELECT '往期选题', '往期', '{生态}', ARRAY[m.province_code], '{}', '2025-07-01', '2025-09-30', '{APP}', 'COMPLETED', m.id, u.id, $2::timestamptz, $2::timestamptz
       FROM members m JOIN users u ON u.member_id = m.id AND u.role = 'EDITOR' WHERE m.slug = $1 LIMIT 1`,
    [slug, proposedAt],
  );
}

async function insertPieceAt(dataSource: DataSource, slug: string, createdAt: string): Promise<string> {
  const piece = await insertResource(dataSource, slug, { area: 'CONTENT', title: `往期稿件 ${Math.random().toString(36).slice(2, 8)}` });
  await dataSource.query(`UPDATE resources SET created_at = $2 WHERE id = $1`, [piece.id, createdAt]);
  return piece.id;
}

describe.each(DATABASE_KINDS)('participation: access, ranking, exports on %s', (kind) => {
  let server: TestServer;
  let ds: DataSource;
  const c = {} as Record<Client, GraphQLTestClient>;
  const ids: Record<string, string> = {};
  let current: { id: string };
  let quarter: { id: string };
  let empty: { id: string };
  let manualId: string;

  const view = (client: Client, periodId: string, provinceCode: string | null = null, days = 30) =>
    c[client].data<{ participation: Participation }>(PARTICIPATION, { periodId, provinceCode, days }).then((data) => data.participation);
  const download = (client: GraphQLTestClient | null, file: string, query: string) =>
    fetch(`${server.url}/exports/${file}${query}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const workbook = async (response: Response) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    return book;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    ds = server.database.dataSource;
    const accounts: Record<Client, string> = { secretariat: 'secretariat', chiefJ: 'chief.jingzhou', editorJ: 'editor.jingzhou', reporterJ: 'reporter.jingzhou', chiefH: 'chief.hengyang' };
    await Promise.all(Object.entries(accounts).map(async ([key, name]) => (c[key as Client] = await signedIn(server.url, `${name}@demo.example`))));
    for (const slug of ['jingzhou', 'hengyang', 'changsha', 'wanzhou']) ids[slug] = await memberIdBySlug(ds, slug);

    // The demo's own periods and commitments give way to this test's.
    await ds.query(`DELETE FROM participation_periods`);
    current = await insertPeriod(ds, 'YEAR', Number(allianceDate(new Date()).slice(0, 4)));
    [, , manualId] = (await insertCommitments(ds, current.id, [
      { metric: 'PIECES_OFFERED', defaultTarget: 2, title: '=1+1 向稿件库供稿' },
      { metric: 'TOPICS_PROPOSED', defaultTarget: 1 },
      { metric: 'MANUAL', defaultTarget: 1, title: '举办一期培训' },
    ])) as [string, string, string];
    await insertEvidence(ds, manualId, ids.jingzhou!, 'VERIFIED');

    // A quarter long over: pieces offered (target 4, weight 1) and topics proposed (target 2, weight 3).
    quarter = await insertPeriod(ds, 'QUARTER', 2025, 3);
    const [pieces] = await insertCommitments(ds, quarter.id, [
      { metric: 'PIECES_OFFERED', defaultTarget: 4, weight: 1 },
      { metric: 'TOPICS_PROPOSED', defaultTarget: 2, weight: 3 },
    ]);
    await insertTarget(ds, pieces!, ids.changsha!, 8);
    const crafted: Record<string, [pieces: number, topics: number]> = { jingzhou: [4, 2], hengyang: [2, 2], wanzhou: [2, 2], changsha: [4, 1] };
    for (const [slug, [pieceCount, topicCount]] of Object.entries(crafted)) {
      for (let n = 0; n < pieceCount; n += 1) await insertPieceAt(ds, slug, `2025-08-0${n + 1}T02:00:00Z`);
      for (let n = 0; n < topicCount; n += 1) await insertProposedTopic(ds, slug, `2025-09-1${n}T02:00:00Z`);
    }
    // The quarter's edges are alliance midnights: a piece at 23:59 Beijing time on 30 September counts, one at 00:00 on 1 October does not.
    await insertPieceAt(ds, 'jingzhou', '2025-09-30T15:59:00Z');
    await insertPieceAt(ds, 'hengyang', '2025-09-30T16:00:00Z');
    await insertPieceAt(ds, 'hengyang', '2025-06-30T15:59:59Z');

    empty = await insertPeriod(ds, 'QUARTER', 2025, 2);
  }, 180_000);
  afterAll(() => server?.close());

  it('ranks a crafted quarter: index from weighted ratios, ties share a rank, statuses against the full target once over', async () => {
    const dashboard = await view('secretariat', quarter.id);
    const bySlug = new Map(dashboard.rows.map((row) => [row.member.slug, row]));
    const summary = (slug: string) => {
      const row = bySlug.get(slug)!;
      return { index: row.index, rank: row.rank, status: row.status, commitments: row.commitments.map((p) => [p.actual, p.target, p.expected, p.ratio, p.status]) };
    };
    // jingzhou: 5 pieces (one at 23:59 on the last day), 2 topics → 100. hengyang and wanzhou: 2 of 4 and 2 of 2 → (0.5 + 3) ÷ 4.
    expect(summary('jingzhou')).toEqual({ index: 100, rank: 1, status: 'MET', commitments: [[5, 4, 4, 1, 'MET'], [2, 2, 2, 1, 'MET']] });
    expect(summary('hengyang')).toEqual({ index: 87.5, rank: 2, status: 'AT_RISK', commitments: [[2, 4, 4, 0.5, 'BEHIND'], [2, 2, 2, 1, 'MET']] });
    expect(summary('wanzhou')).toEqual(summary('hengyang'));
    // changsha's own target of 8 pieces: 4 of 8 and 1 of 2 → (0.5 + 1.5) ÷ 4.
    expect(summary('changsha')).toEqual({ index: 50, rank: 4, status: 'BEHIND', commitments: [[4, 8, 8, 0.5, 'BEHIND'], [1, 2, 2, 0.5, 'BEHIND']] });
    const rest = dashboard.rows.filter((row) => !['jingzhou', 'hengyang', 'wanzhou', 'changsha'].includes(row.member.slug));
    expect(new Set(rest.map((row) => `${row.index} ${row.rank} ${row.status}`))).toEqual(new Set(['0 5 BEHIND']));
    expect(dashboard.rows.slice(0, 4).map((row) => row.member.slug)).toEqual(['jingzhou', 'hengyang', 'wanzhou', 'changsha']);
    expect(dashboard.period).toMatchObject({ kind: 'QUARTER', quarter: 3, startsOn: '2025-07-01', endsOn: '2025-09-30', isCurrent: false, elapsedDays: 92, periodDays: 92 });
    expect(dashboard.totals).toMatchObject({
      members: dashboard.rows.length,
      averageIndex: Math.round(((100 + 87.5 * 2 + 50) / dashboard.rows.length) * 10) / 10,
      statusCounts: [
        { status: 'MET', count: 1 },
        { status: 'ON_TRACK', count: 0 },
        { status: 'AT_RISK', count: 2 },
        { status: 'BEHIND', count: dashboard.rows.length - 3 },
      ],
      // In metric order, whatever the order of the commitments.
      metrics: [
        { metric: 'TOPICS_PROPOSED', value: 7 },
        { metric: 'PIECES_OFFERED', value: 13 },
      ],
    });
    expect(dashboard.trend).toEqual([
      { month: '2025-07', metrics: [{ metric: 'TOPICS_PROPOSED', value: 0 }, { metric: 'PIECES_OFFERED', value: 0 }] },
      { month: '2025-08', metrics: [{ metric: 'TOPICS_PROPOSED', value: 0 }, { metric: 'PIECES_OFFERED', value: 12 }] },
      { month: '2025-09', metrics: [{ metric: 'TOPICS_PROPOSED', value: 7 }, { metric: 'PIECES_OFFERED', value: 1 }] },
    ]);
    // The scorecard is the same row; the province filter keeps alliance ranks and narrows the totals.
    const { memberScorecard } = await c.secretariat.data<{ memberScorecard: Row }>(SCORECARD, { memberId: ids.changsha, periodId: quarter.id });
    expect(memberScorecard).toMatchObject({ index: 50, rank: 4, status: 'BEHIND' });
    const hunan = await view('secretariat', quarter.id, '430000');
    expect(hunan.rows.every((row) => row.member.province.code === '430000')).toBe(true);
    expect(hunan.rows.find((row) => row.member.slug === 'changsha')?.rank).toBe(4);
    expect(hunan.totals.members).toBe(hunan.rows.length);
    expect(hunan.totals.metrics).toEqual([
      { metric: 'TOPICS_PROPOSED', value: 3 },
      { metric: 'PIECES_OFFERED', value: 6 },
    ]);
    expect(hunan.provinces).toHaveLength(11);
  });

  it('shows a period without commitments as empty, and says who is quiet', async () => {
    const dashboard = await view('secretariat', empty.id);
    expect(dashboard.rows).toEqual([]);
    expect(dashboard.totals).toMatchObject({ averageIndex: 0, metrics: [], statusCounts: [{ count: 0 }, { count: 0 }, { count: 0 }, { count: 0 }] });
    expect(dashboard.totals.members).toBeGreaterThan(30);
    expect(dashboard.trend).toEqual(['2025-04', '2025-05', '2025-06'].map((month) => ({ month, metrics: [] })));
    expect(dashboard.provinces.every((province) => province.averageIndex === 0 && province.metrics.length === 0)).toBe(true);
    expect((await c.secretariat.data<{ memberScorecard: Row | null }>(SCORECARD, { memberId: ids.jingzhou, periodId: empty.id })).memberScorecard).toBeNull();
    // The secretariat is not one of the members it measures: no scorecard, no rank among them.
    const secretariatUnit = (await ds.query(`SELECT id FROM members WHERE alliance_role = 'SECRETARIAT'`)) as { id: string }[];
    expect((await c.secretariat.data<{ memberScorecard: Row | null }>(SCORECARD, { memberId: secretariatUnit[0]!.id, periodId: current.id })).memberScorecard).toBeNull();
    // Without a period named, the scorecard is the current year's.
    const { memberScorecard } = await c.chiefJ.data<{ memberScorecard: Row }>(SCORECARD, { memberId: ids.jingzhou });
    expect(memberScorecard.commitments.map((progress) => progress.commitment.metric)).toEqual(['PIECES_OFFERED', 'TOPICS_PROPOSED', 'MANUAL']);

    // A member never active is quiet first; one whose last piece was offered 40 days ago is quiet for 30 days, not 60.
    const [never, quietForForty] = await Promise.all(
      ['xinmember', 'laomember'].map(async (slug, index) => {
        const [row]: { id: string }[] = await ds.query(
          `INSERT INTO members (slug, name_zh, name_en, city_zh, city_en, province_code, outlet_kind, alliance_role, joined_on, latitude, longitude, channels)
           VALUES ($1, $2, $1, '测试', 'Test', '420000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', '2025-01-01', 30.3, 112.2, '[]') RETURNING id`,
          [slug, `测试成员 ${index}`],
        );
        return row!.id;
      }),
    );
    await ds.query(`INSERT INTO users (email, display_name, password_hash, role, member_id) VALUES ('editor.laomember@demo.example', '老编辑', 'x', 'EDITOR', $1)`, [quietForForty]);
    await insertPieceAt(ds, 'laomember', new Date(Date.now() - 40 * 86_400_000).toISOString());
    const quiet = async (days: number) => (await view('secretariat', empty.id, null, days)).quiet;
    const thirty = await quiet(30);
    expect(thirty[0]).toMatchObject({ lastActivityAt: null, daysQuiet: null });
    expect(thirty.find((entry) => entry.member.slug === 'xinmember')).toMatchObject({ lastActivityAt: null, daysQuiet: null });
    expect(thirty.find((entry) => entry.member.slug === 'laomember')?.daysQuiet).toBe(40);
    expect((await quiet(60)).map((entry) => entry.member.slug)).not.toContain('laomember');
    expect((await quiet(90)).map((entry) => entry.member.slug)).toContain('xinmember');
    // Every entry is as quiet as it says, the longest quiet first after the never active.
    const today = allianceDate(new Date());
    for (const entry of thirty) {
      if (entry.lastActivityAt === null) continue;
      const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${allianceDate(new Date(entry.lastActivityAt))}T00:00:00Z`)) / 86_400_000);
      expect(entry.daysQuiet).toBe(days);
      expect(days).toBeGreaterThanOrEqual(30);
    }
    const known = thirty.filter((entry) => entry.daysQuiet !== null).map((entry) => entry.daysQuiet!);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(thirty.map((entry) => entry.member.slug)).not.toContain('jingzhou');
    expect(errorCode(await c.secretariat.request(PARTICIPATION, { periodId: empty.id, days: 45 }))).toBe('BAD_USER_INPUT');
    await ds.query(`DELETE FROM resources WHERE owner_member_id = ANY($1)`, [[never, quietForForty]]);
    await ds.query(`DELETE FROM users WHERE member_id = ANY($1)`, [[never, quietForForty]]);
    await ds.query(`DELETE FROM members WHERE id = ANY($1)`, [[never, quietForForty]]);
  });

  it('lets the secretariat see everything, a chief editor their own row, the totals and the trend, and nobody else', async () => {
    const all = await view('secretariat', current.id);
    expect(all.rows.length).toBe(all.totals.members);
    expect(all.provinces).toHaveLength(11);

    const own = await view('chiefJ', current.id);
    expect(own.rows.map((row) => row.member.slug)).toEqual(['jingzhou']);
    expect(own.rows[0]).toEqual(all.rows.find((row) => row.member.slug === 'jingzhou'));
    expect(own.totals).toEqual(all.totals);
    expect(own.trend).toEqual(all.trend);
    expect(own.provinces).toEqual([]);
    expect(own.quiet).toEqual([]);
    // A province's totals compare its members (outside tester): the secretariat's, even for the chief's own province.
    for (const provinceCode of ['420000', '430000']) {
      expect(errorCode(await c.chiefJ.request(PARTICIPATION, { periodId: current.id, provinceCode }))).toBe('FORBIDDEN');
      const exported = await download(c.chiefJ, 'participation.csv', `?period=${current.id}&province=${provinceCode}`);
      expect(exported.status).toBe(403);
    }

    for (const client of ['editorJ', 'reporterJ'] as const) {
      expect(errorCode(await c[client].request(PARTICIPATION, { periodId: current.id }))).toBe('FORBIDDEN');
      expect(errorCode(await c[client].request(SCORECARD, { memberId: ids.jingzhou }))).toBe('FORBIDDEN');
      expect(errorCode(await c[client].request(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'PIECES_OFFERED' }))).toBe('FORBIDDEN');
      expect(errorCode(await c[client].request(MONTHLY_REPORT, { month: '2026-11' }))).toBe('FORBIDDEN');
    }
    const anonymous = new GraphQLTestClient(server.url);
    expect(errorCode(await anonymous.request(PARTICIPATION, { periodId: current.id }))).toBe('UNAUTHENTICATED');

    // A chief editor reads their own member's scorecard and rows, not another's.
    expect((await c.chiefJ.data<{ memberScorecard: Row }>(SCORECARD, { memberId: ids.jingzhou, periodId: current.id })).memberScorecard.member.slug).toBe('jingzhou');
    // Their own id written in capitals is still their own.
    expect((await c.chiefJ.data<{ memberScorecard: Row }>(SCORECARD, { memberId: ids.jingzhou!.toUpperCase(), periodId: current.id })).memberScorecard.member.slug).toBe('jingzhou');
    expect(errorCode(await c.chiefJ.request(SCORECARD, { memberId: ids.hengyang, periodId: current.id }))).toBe('FORBIDDEN');
    const manual = await c.chiefJ.data<EntriesPage>(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'MANUAL', commitmentId: manualId });
    expect(manual.participationEntries).toMatchObject({ totalCount: 1, nodes: [{ entityType: 'commitment_evidence', title: '举办一期融媒体业务培训' }] });
    expect(manual.participationEntries.nodes[0]!.path).toBe(`/commitments?evidence=${manual.participationEntries.nodes[0]!.entityId}`);
    expect(errorCode(await c.chiefJ.request(ENTRIES, { periodId: current.id, memberId: ids.hengyang, metric: 'PIECES_OFFERED' }))).toBe('FORBIDDEN');
    expect(errorCode(await c.chiefJ.request(MONTHLY_REPORT, { month: '2026-11' }))).toBe('FORBIDDEN');
    expect((await c.chiefH.data<{ memberScorecard: Row }>(SCORECARD, { memberId: ids.hengyang })).memberScorecard.member.slug).toBe('hengyang');

    // Unknown things, and inputs the API refuses.
    expect(errorCode(await c.secretariat.request(PARTICIPATION, { periodId: UNKNOWN }))).toBe('NOT_FOUND');
    expect(errorCode(await c.secretariat.request(PARTICIPATION, { periodId: current.id, provinceCode: '999999' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await c.secretariat.request(SCORECARD, { memberId: UNKNOWN }))).toBe('NOT_FOUND');
    expect(errorCode(await c.secretariat.request(ENTRIES, { periodId: UNKNOWN, memberId: ids.jingzhou, metric: 'PIECES_OFFERED' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.secretariat.request(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'MANUAL' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await c.secretariat.request(ENTRIES, { periodId: quarter.id, memberId: ids.jingzhou, metric: 'MANUAL', commitmentId: manualId }))).toBe('NOT_FOUND');
    expect(errorCode(await c.secretariat.request(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'PIECES_OFFERED', commitmentId: manualId }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await c.secretariat.request(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'PIECES_OFFERED', after: Buffer.from('["1","x"]').toString('base64url') }))).toBe('BAD_USER_INPUT');
    for (const month of ['2026-13', '2026-1', 'november', '1999-01']) expect(errorCode(await c.secretariat.request(MONTHLY_REPORT, { month }))).toBe('BAD_USER_INPUT');
    const { monthlyReport } = await c.secretariat.data<{ monthlyReport: { period: { id: string } | null; metrics: unknown[] } }>(MONTHLY_REPORT, { month: '2025-08' });
    expect(monthlyReport.period).toBeNull();
    expect(monthlyReport.metrics).toContainEqual({ metric: 'PIECES_OFFERED', value: 12 });
  });

  it('answers in the same number of SQL statements for 3 members of a province as for all of them', async () => {
    const statementsFor = async (provinceCode: string | null) => {
      const before = server.queries.count;
      const dashboard = await view('secretariat', current.id, provinceCode);
      return { statements: server.queries.count - before, rows: dashboard.rows.length };
    };
    const shanghai = await statementsFor('310000');
    const everyone = await statementsFor(null);
    expect(shanghai.rows).toBeLessThanOrEqual(3);
    expect(everyone.rows).toBeGreaterThan(30);
    expect(everyone.statements).toBe(shanghai.statements);
    // session, period, commitments, targets, members, provinces, one per metric (3), last activity, the members' provinces.
    expect(everyone.statements).toBeLessThanOrEqual(12);
    // A period with more commitments of the same metrics reads no more.
    const before = server.queries.count;
    await c.secretariat.data(ENTRIES, { periodId: current.id, memberId: ids.jingzhou, metric: 'PIECES_OFFERED', first: 100 });
    expect(server.queries.count - before).toBeLessThanOrEqual(6);
  });

  it('exports the ranking as CSV and every view as XLSX, under the same rules', async () => {
    expect((await download(null, 'participation.csv', `?period=${current.id}`)).status).toBe(401);
    expect((await download(c.editorJ, 'participation.csv', `?period=${current.id}`)).status).toBe(403);
    expect((await download(c.chiefJ, 'participation.xlsx', `?period=${current.id}&member=${ids.hengyang}`)).status).toBe(403);
    expect((await download(c.secretariat, 'participation.csv', `?period=${UNKNOWN}`)).status).toBe(404);
    expect((await download(c.secretariat, 'participation.csv', `?period=${current.id}&member=${UNKNOWN}`)).status).toBe(404);
    for (const query of ['', '?period=x', `?period=${current.id}&province=abc`, `?period=${current.id}&province=999999`, `?period=${current.id}&period=${current.id}`, `?period=${current.id}&member=1`, `?period=${current.id}&province=420000&member=${ids.jingzhou}`]) {
      expect({ query, status: (await download(c.secretariat, 'participation.csv', query)).status }).toEqual({ query, status: 400 });
    }
    // Each of the two is fine alone (above, a member and a province together: which one?).
    expect((await download(c.secretariat, 'participation.csv', `?period=${current.id}&province=420000`)).status).toBe(200);
    expect((await download(c.secretariat, 'participation.csv', `?period=${current.id}&member=${ids.jingzhou}`)).status).toBe(200);

    const csv = await download(c.secretariat, 'participation.csv', `?period=${current.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('联盟参与度-')}`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toBe(`排名,成员单位,城市,省份,参与指数,状态,'=1+1 向稿件库供稿,承诺 2：TOPICS_PROPOSED,举办一期培训,最近活动 (北京时间)`);
    const all = await view('secretariat', current.id);
    expect(lines.filter(Boolean)).toHaveLength(all.rows.length + 1);
    const jingzhou = all.rows.find((row) => row.member.slug === 'jingzhou')!;
    expect(lines.find((line) => line.includes('荆州市融媒体中心'))).toMatch(new RegExp(`^${jingzhou.rank},荆州市融媒体中心,荆州,湖北,${jingzhou.index},`));

    const xlsx = await download(c.secretariat, 'participation.xlsx', `?period=${current.id}`);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = await workbook(xlsx);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['排名', '承诺进度', '省份汇总', '月度趋势', '沉寂成员']);
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const ranking = book.getWorksheet('排名')!;
    expect(ranking.getCell('A1').value).toBe('排名');
    expect(ranking.rowCount).toBe(all.rows.length + 1);
    expect(typeof ranking.getCell('E2').value).toBe('number');
    expect(ranking.getCell('E2').value).toBe(all.rows[0]!.index);
    expect(ranking.getCell('E2').numFmt).toBe('0.0');
    expect(ranking.getCell('G2').numFmt).toBe('#,##0');
    expect(book.getWorksheet('省份汇总')!.rowCount).toBe(12);
    expect(book.getWorksheet('承诺进度')!.rowCount).toBe(all.rows.length * 3 + 1);

    // A chief editor's files hold their own member only.
    const chiefBook = await workbook(await download(c.chiefJ, 'participation.xlsx', `?period=${current.id}`));
    expect(chiefBook.getWorksheet('排名')!.rowCount).toBe(2);
    expect(chiefBook.getWorksheet('排名')!.getCell('B2').value).toBe('荆州市融媒体中心');
    expect(chiefBook.getWorksheet('省份汇总')!.rowCount).toBe(1);
    expect(chiefBook.getWorksheet('沉寂成员')!.rowCount).toBe(1);
    const scorecard = await workbook(await download(c.chiefJ, 'participation.xlsx', `?period=${current.id}&member=${ids.jingzhou}`));
    expect(scorecard.worksheets.map((sheet) => sheet.name)).toEqual(['成员记分卡']);
    const card = scorecard.getWorksheet('成员记分卡')!;
    expect(card.getCell('A2').value).toBe('=1+1 向稿件库供稿');
    expect(card.getCell('D2').value).toBe(2);
    const scorecardCsv = await download(c.chiefJ, 'participation.csv', `?period=${current.id}&member=${ids.jingzhou}`);
    expect(scorecardCsv.status).toBe(200);
    expect(new TextDecoder().decode(await scorecardCsv.arrayBuffer())).toContain('承诺,指标,权重,目标,实际');
  });
});
