import { CAPACITY_HOLDING_REQUEST_STATES, RESOURCE_REQUEST_STATES } from '@yah/shared';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DEMO_REQUESTS, seedDemoRequests } from '../../../db/seed/demo-requests';
import { insertResource } from './resource-fixtures';

describe.each(DATABASE_KINDS)('demo requests on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 120_000);
  afterAll(() => server?.close());

  it('starts with a delegated editor at Jingzhou and Hengyang’s editor following Jingzhou and 长江', async () => {
    const hengyang = await signedIn(server.url, 'editor.hengyang@demo.example');
    const follows = (await hengyang.data<{ myFollows: { kind: string; keyword: string | null; member: { slug: string } | null }[] }>(`{ myFollows { kind keyword member { slug } } }`)).myFollows;
    expect(follows).toEqual(expect.arrayContaining([{ kind: 'MEMBER', keyword: null, member: { slug: 'jingzhou' } }, { kind: 'KEYWORD', keyword: '长江', member: null }]));
    const chief = await signedIn(server.url, 'chief.jingzhou@demo.example');
    const editor = (await chief.data<{ memberAccounts: { nodes: { email: string; decidesResourceRequests: boolean }[] } }>(
      `query($m: ID!) { memberAccounts(memberId: $m, first: 10) { nodes { email decidesResourceRequests } } }`,
      { m: (await chief.data<{ me: { member: { id: string } } }>(`{ me { member { id } } }`)).me.member.id },
    )).memberAccounts.nodes.find((account) => account.email === 'editor.jingzhou@demo.example');
    expect(editor?.decidesResourceRequests).toBe(true);
  });

  it('makes requests in every state for the demo resources it finds, holding capacity only for holding states', async () => {
    const dataSource = server.database.dataSource;
    const demo = { isDemo: true };
    await insertResource(dataSource, 'jingzhou', { ...demo, area: 'TECH_SERVICE', title: '无人机航拍服务' });
    const van = await insertResource(dataSource, 'jingzhou', { ...demo, area: 'TECH_SERVICE', title: '4K 转播车', capacityPerPeriod: 2, capacityPeriod: 'WEEK' });
    await insertResource(dataSource, 'wanzhou', { ...demo, area: 'CHANNEL', title: '三峡融媒微信公众号推送', capacityPerPeriod: 4, capacityPeriod: 'MONTH' });
    await insertResource(dataSource, 'jingzhou', { ...demo, area: 'CONTENT', title: '荆州古城夜游火了', body: '' });
    await insertResource(dataSource, 'jingzhou', { ...demo, area: 'CHANNEL', title: '荆州发布推送' });
    await insertResource(dataSource, 'wanzhou', { ...demo, area: 'TECH_SERVICE', title: '航拍无人机' });
    await insertResource(dataSource, 'changsha', { ...demo, area: 'PLATFORM', title: '长沙区域频道推荐位' });
    const lookupRows: { slug: string; id: string }[] = await dataSource.query(`SELECT slug, id FROM members`);
    const userRows: { email: string; id: string }[] = await dataSource.query(`SELECT email, id FROM users`);
    const lookup = {
      member: (slug: string) => lookupRows.find((row) => row.slug === slug)!.id,
      user: (account: string) => userRows.find((row) => row.email === `${account}@demo.example`)!.id,
    };
    expect(await dataSource.transaction((manager) => seedDemoRequests(manager, lookup))).toBe(DEMO_REQUESTS.length);

    const requests: { state: string; resource_id: string; period_start: string | null; decline_reason: string | null; title: string }[] = await dataSource.query(
      `SELECT q.state, q.resource_id, to_char(q.period_start, 'YYYY-MM-DD') AS period_start, q.decline_reason, r.title FROM resource_requests q JOIN resources r ON r.id = q.resource_id WHERE q.is_demo`,
    );
    expect(new Set(requests.map((request) => request.state))).toEqual(new Set(RESOURCE_REQUEST_STATES));
    expect(requests.find((request) => request.state === 'DECLINED')?.decline_reason).toBeTruthy();
    expect(requests.find((request) => request.resource_id === van.id)).toMatchObject({ state: 'APPROVED', title: '4K 转播车', period_start: '2026-12-14' });
    expect(requests.find((request) => request.title === '荆州古城夜游火了')?.state).toBe('FULFILLED');
    // Usage rows hold exactly the requests in holding states.
    const mismatches: unknown[] = await dataSource.query(
      `SELECT u.resource_id FROM resource_capacity_usage u
        WHERE u.used <> (SELECT count(*) FROM resource_requests q WHERE q.resource_id = u.resource_id AND q.period_start = u.period_start AND q.state = ANY($1))`,
      [CAPACITY_HOLDING_REQUEST_STATES],
    );
    expect(mismatches).toEqual([]);
    const usage: unknown[] = await dataSource.query(`SELECT 1 FROM resource_capacity_usage`);
    expect(usage).toHaveLength(2);
    const notes: { kind: string }[] = await dataSource.query(`SELECT kind FROM notifications WHERE resource_request_id IS NOT NULL`);
    expect(notes).toHaveLength(DEMO_REQUESTS.length);
  });
});
