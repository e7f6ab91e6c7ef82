import { CAPACITY_HOLDING_REQUEST_STATES, capacityPeriodStart, RESOURCE_REQUEST_STATES, type CapacityPeriod } from '@yah/shared';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DEMO_REQUESTS } from '../../../db/seed/demo-requests';

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

  it('loads requests in every state for the demo resources, holding capacity only for holding states', async () => {
    const dataSource = server.database.dataSource;
    const requests: { state: string; resource_id: string; period_start: string | null; decline_reason: string | null; title: string }[] = await dataSource.query(
      `SELECT q.state, q.resource_id, to_char(q.period_start, 'YYYY-MM-DD') AS period_start, q.decline_reason, r.title FROM resource_requests q JOIN resources r ON r.id = q.resource_id WHERE q.is_demo`,
    );
    expect(new Set(requests.map((request) => request.state))).toEqual(new Set(RESOURCE_REQUEST_STATES));
    expect(requests.find((request) => request.state === 'DECLINED')?.decline_reason).toBeTruthy();
    // Hengyang's request for the trip host's broadcast van holds a unit of the van's period around the trip.
    const [van]: { id: string; capacity_period: CapacityPeriod }[] = await dataSource.query(
      `SELECT r.id, r.capacity_period FROM resources r JOIN members m ON m.id = r.owner_member_id WHERE m.slug = 'jingzhou' AND r.title LIKE '%转播车'`,
    );
    expect(requests.find((request) => request.resource_id === van!.id)).toMatchObject({ state: 'APPROVED', period_start: capacityPeriodStart(van!.capacity_period, '2026-12-17') });
    // The full text of a headline-only library piece was asked for and delivered.
    const [fullText]: { state: string }[] = await dataSource.query(`SELECT q.state FROM resource_requests q JOIN resources r ON r.id = q.resource_id WHERE r.area = 'CONTENT' AND r.body = ''`);
    expect(fullText?.state).toBe('FULFILLED');
    // Usage rows hold exactly the requests in holding states.
    const mismatches: unknown[] = await dataSource.query(
      `SELECT u.resource_id FROM resource_capacity_usage u
        WHERE u.used <> (SELECT count(*) FROM resource_requests q WHERE q.resource_id = u.resource_id AND q.period_start = u.period_start AND q.state = ANY($1))`,
      [CAPACITY_HOLDING_REQUEST_STATES],
    );
    expect(mismatches).toEqual([]);
    const usage: { used: number }[] = await dataSource.query(`SELECT used FROM resource_capacity_usage`);
    expect(usage.length).toBeGreaterThan(0);
    const notes: { kind: string }[] = await dataSource.query(`SELECT kind FROM notifications WHERE resource_request_id IS NOT NULL`);
    expect(notes).toHaveLength(DEMO_REQUESTS.length);
  });
});
