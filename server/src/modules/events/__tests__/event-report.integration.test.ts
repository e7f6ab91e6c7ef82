import ExcelJS from 'exceljs';
import { allianceDate } from '@yah/shared';
import { type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { contentDisposition, csvField } from '../../../http/downloads';
import { CHECK_IN, insertEvent, REGISTER, runEventToday, userIdOf } from './registration-fixtures';

const REPORT = `query($id: ID!) { event(id: $id) { report {
  totals { participants attended claims accepted publications reach }
  byMember { member { slug } participants attended claims accepted publications reach }
  byDay { date checkIns claims accepted publications reach }
  pieces { claim { id } assignmentTitle reporter { displayName } member { slug } acceptedAt publications { id } reach }
} } }`;

interface Report {
  totals: Record<string, number>;
  byMember: ({ member: { slug: string } } & Record<string, number>)[];
  byDay: ({ date: string } & Record<string, number>)[];
  pieces: { claim: { id: string }; assignmentTitle: string; member: { slug: string }; publications: { id: string }[]; reach: number }[];
}

describe.each(DATABASE_KINDS)('trip report and exports on %s', (kind) => {
  let server: TestServer;
  let clients: Record<string, GraphQLTestClient>;
  let eventId: string;
  let stopIds: string[];
  const ids: Record<string, string> = {};

  const download = (client: GraphQLTestClient | null, path: string) =>
    fetch(`${server.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

  beforeAll(async () => {
    server = await startTestServer(kind);
    const names = ['editor.hengyang', 'reporter.hengyang', 'reporter2.hengyang', 'editor.changsha', 'reporter.changsha', 'reporter.yueyang', 'editor.jingzhou', 'secretariat'];
    clients = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await signedIn(server.url, `${name}@demo.example`)] as const)));
    for (const name of names) ids[name] = await userIdOf(server.database.dataSource, `${name}@demo.example`);

    // A linked topic with one assignment: participants' claims count, an outsider's and a released one do not.
    const editor = clients['editor.hengyang']!;
    const topicId = await approvedTopic(editor, clients.secretariat!);
    const assignmentId = await assignmentOn(editor, topicId, await memberIdOf(editor, 'hengyang'), 4);
    const event = await insertEvent(server.database.dataSource, { title: '百家党媒看衡阳', capacity: 10, topicIds: [topicId] });
    eventId = event.id;
    stopIds = event.stopIds;
    await editor.data(REGISTER, { eventId, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']], guests: [{ name: '=1+1', title: '摄影' }] });
    await clients['editor.changsha']!.data(REGISTER, { eventId, ids: [ids['reporter.changsha']] });

    const claimOf = async (name: string) => (await clients[name]!.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id;
    const accepted = await claimOf('reporter.hengyang');
    await clients['reporter.hengyang']!.data(`mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "稿件", links: [] }) { id } }`, { id: accepted });
    await editor.data(`mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`, { id: accepted });
    await editor.data(`mutation($input: PublicationInput!) { recordPublication(input: $input) { id } }`, {
      input: { claimId: accepted, memberId: await memberIdOf(editor, 'hengyang'), channel: 'APP', url: 'https://hengyang.example/a', publishedAt: new Date().toISOString(), views: 100, shares: 10, likes: 5 },
    });
    await claimOf('reporter2.hengyang');
    const released = await claimOf('reporter.changsha');
    await clients['reporter.changsha']!.data(`mutation($id: ID!) { releaseClaim(claimId: $id) { id } }`, { id: released });
    await claimOf('reporter.yueyang');
    // The trip starts: people are checked in on the day.
    await runEventToday(server.database.dataSource, eventId);
    await clients['editor.jingzhou']!.data(CHECK_IN, { eventId, userId: ids['reporter.hengyang'], stopId: stopIds[0] });
  }, 180_000);
  afterAll(() => server?.close());

  it("reports the participants' coverage on the linked topics: totals, by member, by alliance day, pieces", async () => {
    const { event } = await clients['editor.changsha']!.data<{ event: { report: Report } }>(REPORT, { id: eventId });
    const { report } = event;
    expect(report.totals).toEqual({ participants: 4, attended: 1, claims: 2, accepted: 1, publications: 1, reach: 115 });
    const bySlug = Object.fromEntries(report.byMember.map((row) => [row.member.slug, row]));
    expect(bySlug.hengyang).toMatchObject({ participants: 3, attended: 1, claims: 2, accepted: 1, publications: 1, reach: 115 });
    expect(bySlug.changsha).toMatchObject({ participants: 1, attended: 0, claims: 0, accepted: 0, publications: 0, reach: 0 });
    expect(bySlug.yueyang).toBeUndefined();
    expect(report.byDay).toEqual([{ date: allianceDate(new Date()), checkIns: 1, claims: 2, accepted: 1, publications: 1, reach: 115 }]);
    expect(report.pieces).toHaveLength(1);
    expect(report.pieces[0]).toMatchObject({ assignmentTitle: '岸线修复现场探访', member: { slug: 'hengyang' }, reach: 115 });
    expect(report.pieces[0]!.publications).toHaveLength(1);
  });

  it('reads an event with its registrations, participants and check-ins in the same number of statements whatever their size', async () => {
    const ds = server.database.dataSource;
    const QUERY = `query($id: ID!) { event(id: $id) {
      registrations(first: 10) { totalCount nodes { member { slug } registeredBy { displayName } confirmedBy { displayName } viewerActions event { id }
        participants { name title status waitlistPosition user { displayName } member { slug } checkIns { method stop { id } checkedInBy { displayName } participant { id } } } } }
      attendance { member { slug } placed waitlisted attended } waitlistCount viewerMemberPlaces viewerPass { token } viewerRegistration { id }
      report { totals { reach } byMember { member { slug } } pieces { claim { id } reporter { displayName } member { slug } publications { id } } }
    } }`;
    const statementsFor = async (members: string[]) => {
      const event = await insertEvent(ds, { capacity: 2, placesPerMember: 2 });
      for (const slug of members) {
        const client = await signedIn(server.url, `editor.${slug}@demo.example`);
        await client.data(REGISTER, { eventId: event.id, ids: [await userIdOf(ds, `reporter.${slug}@demo.example`)], guests: [{ name: '嘉宾' }], wait: true });
      }
      await runEventToday(ds, event.id);
      // Those placed are checked in (the rest wait: CHECK_IN refuses them).
      for (const slug of members) {
        await clients.secretariat!.request(CHECK_IN, { eventId: event.id, userId: await userIdOf(ds, `reporter.${slug}@demo.example`), stopId: event.stopIds[0] });
      }
      const before = server.queries.count;
      const data = await clients.secretariat!.data<{ event: { registrations: { totalCount: number } } }>(QUERY, { id: event.id });
      expect(data.event.registrations.totalCount).toBe(members.length);
      return server.queries.count - before;
    };
    // Placed and waiting people, guests and check-ins in both; twice as many members in the second.
    const small = await statementsFor(['wuhan', 'yichang', 'xiangyang', 'huangshi', 'yueyang', 'changde']);
    // Loaders batch per tick and fields resolve at slightly different times, so a batch may split in two now and
    // then: allow one or two statements either way. A query per row would add at least six.
    const big = await statementsFor(['wuhan', 'yichang', 'xiangyang', 'huangshi', 'yueyang', 'changde', 'nanjing', 'kunming', 'yibin', 'wanzhou', 'changsha', 'anqing']);
    expect(big).toBeLessThanOrEqual(small + 2);
    expect(small).toBeLessThanOrEqual(30);
  });

  it('exports the roster to the host staff and the secretariat only, as CSV (BOM, CRLF, safe cells) and XLSX', async () => {
    expect((await download(null, `/exports/events/${eventId}/roster.csv`)).status).toBe(401);
    expect((await download(clients['editor.hengyang']!, `/exports/events/${eventId}/roster.csv`)).status).toBe(403);
    const hostReporter = await signedIn(server.url, 'reporter.jingzhou@demo.example');
    expect((await download(hostReporter, `/exports/events/${eventId}/roster.xlsx`)).status).toBe(403);
    expect((await download(clients['editor.jingzhou']!, `/exports/events/00000000-0000-4000-8000-000000000000/roster.csv`)).status).toBe(404);
    expect((await download(clients['editor.jingzhou']!, `/exports/events/${eventId}/roster.pdf`)).status).toBe(404);

    const csv = await download(clients['editor.jingzhou']!, `/exports/events/${eventId}/roster.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toBe(contentDisposition('百家党媒看衡阳-名单.csv'));
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('姓名,单位,城市,省份,身份/职务,状态,候补顺序,报名时间 (北京时间),已签到站点');
    expect(lines).toHaveLength(6); // header, four people, the final CRLF
    expect(lines.some((line) => line.startsWith("'=1+1,") && line.includes(',摄影,已报名,,'))).toBe(true);
    const checkedIn = lines.find((line) => line.includes(',记者,') && line.includes('第1站'));
    expect(checkedIn).toMatch(/衡阳/);
    expect(lines.join('\n')).not.toMatch(/@demo\.example|1[3-9]\d{9}/);

    const xlsx = await download(clients.secretariat!, `/exports/events/${eventId}/roster.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('名单')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '单位', '城市', '省份', '身份/职务', '状态', '候补顺序', '报名时间 (北京时间)', '已签到站点']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getColumn(8).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRow(2).getCell(8).value).toBeInstanceOf(Date);
  });

  it('exports the report to whoever may read the event: one sheet per view', async () => {
    expect((await download(clients['reporter.yueyang']!, `/exports/events/${eventId}/roster.xlsx`)).status).toBe(403);
    const xlsx = await download(clients['reporter.yueyang']!, `/exports/events/${eventId}/report.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('百家党媒看衡阳-报告.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['按成员单位', '按日期', '稿件']);
    const pieces = workbook.getWorksheet('稿件')!;
    expect(pieces.getRow(2).getCell(2).value).toBe('岸线修复现场探访');
    expect(pieces.getRow(2).getCell(6).value).toBe(115);
    const csv = await (await download(clients['reporter.yueyang']!, `/exports/events/${eventId}/report.csv`)).text();
    expect(csv).toContain('按成员单位\r\n成员单位,参加人数,签到人数,认领,采用,刊发,传播量\r\n');
    expect(csv).toContain('\r\n\r\n按日期\r\n');
    // A draft is not found for those who may not read it.
    const draft = await insertEvent(server.database.dataSource, { status: 'DRAFT' });
    expect((await download(clients['reporter.yueyang']!, `/exports/events/${draft.id}/report.csv`)).status).toBe(404);
    const hidden = await clients['reporter.yueyang']!.request<{ event: unknown }>(REPORT, { id: draft.id });
    expect(hidden.data?.event ?? null).toBeNull();
  });

  it('escapes CSV cells and names files for any browser', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\tx', 'a,b', 'say "hi"', 'line\nbreak', 3, null].map((value) => csvField(value))).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tx",
      '"a,b"',
      '"say ""hi"""',
      '"line\nbreak"',
      '3',
      '',
    ]);
    expect(contentDisposition('荆州 "trip".csv')).toBe(`attachment; filename="__ _trip_.csv"; filename*=UTF-8''${encodeURIComponent('荆州 "trip".csv')}`);
  });
});
