import { allianceDate, capacityPeriodStart } from '@yah/shared';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { DEMO_MEMBERS } from '../../../db/seed/demo-members.data';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { insertResource, SHARE, UPDATE, WITHDRAW } from './resource-fixtures';

const REQUEST = `mutation($id: ID!, $note: String!, $on: String) { requestResource(resourceId: $id, note: $note, neededOn: $on) { id state periodStart neededOn viewerActions requester { slug } owner { slug } } }`;
const APPROVE = `mutation($id: ID!) { approveResourceRequest(id: $id) { state decidedBy { displayName } viewerActions } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineResourceRequest(id: $id, reason: $reason) { state declineReason } }`;
const FULFILL = `mutation($id: ID!, $note: String) { fulfillResourceRequest(id: $id, note: $note) { state fulfillmentNote fulfilledAt } }`;
const CANCEL = `mutation($id: ID!) { cancelResourceRequest(id: $id) { state cancelledAt } }`;
const DELEGATE = `mutation($id: ID!, $on: Boolean!) { setResourceRequestDelegate(userId: $id, delegated: $on) { id decidesResourceRequests } }`;
const INBOX = `{ notifications(first: 5) { nodes { kind detail resourceRequest { id state resource { id } } } } }`;
const COUNTS = `{ resourceRequestCounts { incomingPending incomingApproved outgoingOpen } }`;

/** A channel Jingzhou offers, two units a month (as an editor shares it). */
const CHANNEL = {
  area: 'CHANNEL',
  title: '“荆州发布”微信公众号头条推送',
  description: '每月可为联盟成员推送两条长江主题稿件。',
  terms: '须符合公众号定位',
  availability: '工作日',
  contact: '新媒体部 0716-0000000',
  capacityPerPeriod: 2,
  capacityPeriod: 'MONTH',
};

type Inbox = { notifications: { nodes: { kind: string; detail: string | null; resourceRequest: { id: string; state: string; resource: { id: string } } | null }[] } };

describe.each(DATABASE_KINDS)('resource requests on %s', (kind) => {
  let server: TestServer;
  let chief: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let asker: GraphQLTestClient;
  let chiefHengyang: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  const today = allianceDate(new Date());

  beforeAll(async () => {
    server = await startTestServer(kind);
    [chief, editor, asker, chiefHengyang, reporter] = await Promise.all(
      ['chief.jingzhou', 'editor.jingzhou', 'editor.hengyang', 'chief.hengyang', 'reporter.hengyang'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    ) as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
  }, 120_000);
  afterAll(() => server?.close());

  it('moves a request PENDING → APPROVED → FULFILLED, decided only by the owner’s chief editor or a delegated editor, notifying the other side each time', async () => {
    const van = await insertResource(server.database.dataSource, 'jingzhou', { area: 'TECH_SERVICE', title: '4K 转播车' });
    type Counts = { incomingPending: number; incomingApproved: number; outgoingOpen: number };
    const countsOf = async (client: GraphQLTestClient) => (await client.data<{ resourceRequestCounts: Counts }>(COUNTS)).resourceRequestCounts;
    // The demo's own requests to Jingzhou count too: what matters is what this request adds.
    const before = await countsOf(chief);
    expect(errorCode(await reporter.request(REQUEST, { id: van.id, note: '想借用' }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(REQUEST, { id: van.id, note: '自己的' }))).toBe('FORBIDDEN');
    const asked = await asker.data<{ requestResource: { id: string; state: string; viewerActions: string[]; periodStart: string | null } }>(REQUEST, { id: van.id, note: '衡阳需要转播车支持“百家党媒看荆州”直播', on: today });
    expect(asked.requestResource).toMatchObject({ state: 'PENDING', viewerActions: ['CANCEL'], periodStart: null });
    const id = asked.requestResource.id;
    expect(errorCode(await chiefHengyang.request(REQUEST, { id: van.id, note: '再要一次' }))).toBe('CONFLICT');

    const chiefInbox = await chief.data<Inbox>(INBOX);
    expect(chiefInbox.notifications.nodes[0]).toMatchObject({ kind: 'RESOURCE_REQUESTED', detail: '衡阳需要转播车支持“百家党媒看荆州”直播', resourceRequest: { id, state: 'PENDING', resource: { id: van.id } } });
    expect(await countsOf(chief)).toEqual({ ...before, incomingPending: before.incomingPending + 1 });
    // An editor not delegated (the demo delegates Jingzhou's; the chief takes it back) neither decides nor sees a badge for it.
    const editorId = (await editor.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    expect((await chief.data<{ setResourceRequestDelegate: unknown }>(DELEGATE, { id: editorId, on: false })).setResourceRequestDelegate).toEqual({ id: editorId, decidesResourceRequests: false });
    expect(await countsOf(editor)).toEqual({ incomingPending: 0, incomingApproved: 0, outgoingOpen: before.outgoingOpen });
    expect(errorCode(await editor.request(APPROVE, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await asker.request(APPROVE, { id }))).toBe('FORBIDDEN');

    expect(errorCode(await editor.request(DELEGATE, { id: editorId, on: true }))).toBe('FORBIDDEN');
    expect(errorCode(await chiefHengyang.request(DELEGATE, { id: editorId, on: true }))).toBe('NOT_FOUND');
    expect((await chief.data<{ setResourceRequestDelegate: unknown }>(DELEGATE, { id: editorId, on: true })).setResourceRequestDelegate).toEqual({ id: editorId, decidesResourceRequests: true });
    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [editorId]);
    expect(audit.map((row) => row.action)).toContain('account.delegate_requests');

    const approved = await editor.data<{ approveResourceRequest: { state: string; viewerActions: string[] } }>(APPROVE, { id });
    expect(approved.approveResourceRequest).toMatchObject({ state: 'APPROVED', viewerActions: ['FULFILL'] });
    expect(errorCode(await chief.request(APPROVE, { id }))).toBe('CONFLICT');
    expect((await asker.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_APPROVED', resourceRequest: { id, state: 'APPROVED' } });
    expect((await chiefHengyang.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_APPROVED' });

    const fulfilled = await chief.data<{ fulfillResourceRequest: { state: string; fulfillmentNote: string } }>(FULFILL, { id, note: '12 月 16 日 8 点荆州站前广场交车' });
    expect(fulfilled.fulfillResourceRequest).toMatchObject({ state: 'FULFILLED', fulfillmentNote: '12 月 16 日 8 点荆州站前广场交车' });
    expect((await asker.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_FULFILLED', detail: '12 月 16 日 8 点荆州站前广场交车' });
    expect(errorCode(await asker.request(CANCEL, { id }))).toBe('CONFLICT');
    // A third member sees nothing of it.
    const outsider = await signedIn(server.url, 'chief.changsha@demo.example');
    expect(errorCode(await outsider.request(CANCEL, { id }))).toBe('NOT_FOUND');

    const moves: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(moves.map((row) => row.action)).toEqual(['resource_request.create', 'resource_request.approved', 'resource_request.fulfilled']);
  });

  it('lets the requesting member cancel or the owner decline with a reason, and lists incoming and outgoing requests newest first', async () => {
    const push = await insertResource(server.database.dataSource, 'jingzhou', { area: 'CHANNEL', title: '荆州发布公众号推送' });
    const first = (await asker.data<{ requestResource: { id: string } }>(REQUEST, { id: push.id, note: '推送一篇' })).requestResource.id;
    expect(errorCode(await reporter.request(CANCEL, { id: first }))).toBe('FORBIDDEN');
    expect((await chiefHengyang.data<{ cancelResourceRequest: { state: string } }>(CANCEL, { id: first })).cancelResourceRequest.state).toBe('CANCELLED');
    expect((await chief.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_CANCELLED' });
    const second = (await asker.data<{ requestResource: { id: string } }>(REQUEST, { id: push.id, note: '再推送一篇' })).requestResource.id;
    expect(errorCode(await chief.request(DECLINE, { id: second, reason: '   ' }))).toBe('BAD_USER_INPUT');
    expect((await chief.data<{ declineResourceRequest: unknown }>(DECLINE, { id: second, reason: '本月排期已满' })).declineResourceRequest).toEqual({ state: 'DECLINED', declineReason: '本月排期已满' });
    expect((await asker.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_DECLINED', detail: '本月排期已满' });

    const LIST = `query($d: RequestDirection!, $s: [ResourceRequestState!], $after: String) { resourceRequests(filter: { direction: $d, states: $s }, first: 1, after: $after) { totalCount nodes { id state } pageInfo { endCursor hasNextPage } } }`;
    type List = { resourceRequests: { totalCount: number; nodes: { id: string; state: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const page1 = await asker.data<List>(LIST, { d: 'OUTGOING', s: ['CANCELLED', 'DECLINED'] });
    expect(page1.resourceRequests.totalCount).toBe(2);
    expect(page1.resourceRequests.nodes).toEqual([{ id: second, state: 'DECLINED' }]);
    const page2 = await asker.data<List>(LIST, { d: 'OUTGOING', s: ['CANCELLED', 'DECLINED'], after: page1.resourceRequests.pageInfo.endCursor });
    expect(page2.resourceRequests.nodes).toEqual([{ id: first, state: 'CANCELLED' }]);
    expect((await chief.data<List>(LIST, { d: 'INCOMING', s: ['DECLINED'] })).resourceRequests.nodes[0]?.id).toBe(second);
    expect((await asker.data<List>(LIST, { d: 'INCOMING', s: ['DECLINED'] })).resourceRequests.totalCount).toBe(0);
    const latest = await asker.data<{ resourceRequests: { nodes: { id: string; resource: { viewerRequest: { id: string } | null } }[] } }>(
      `{ resourceRequests(filter: { direction: OUTGOING }, first: 5) { nodes { id resource { viewerRequest { id } } } } }`,
    );
    // Both requests were for the same resource: the viewer's member's latest one is the declined one.
    expect(latest.resourceRequests.nodes.map((node) => node.resource.viewerRequest?.id)).toContain(second);
    expect(latest.resourceRequests.nodes.filter((node) => node.id === first || node.id === second).every((node) => node.resource.viewerRequest?.id === second)).toBe(true);
  });

  it('refuses a day in the past and a withdrawn resource', async () => {
    const drone = await insertResource(server.database.dataSource, 'jingzhou', { area: 'TECH_SERVICE', title: '航拍无人机', capacityPerPeriod: 2, capacityPeriod: 'WEEK' });
    const result = await asker.request(REQUEST, { id: drone.id, note: '航拍', on: '2020-01-01' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NEEDED_ON_PAST' });
    await server.database.dataSource.query(`UPDATE resources SET status = 'WITHDRAWN' WHERE id = $1`, [drone.id]);
    expect(errorCode(await asker.request(REQUEST, { id: drone.id, note: '航拍' }))).toBe('CONFLICT');
  });

  it("refuses requests to a suspended member's resources, and takes them again once it is reactivated", async () => {
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const studio = await insertResource(server.database.dataSource, 'yichang', { area: 'TECH_SERVICE', title: '三峡演播室' });
    const [{ id: yichangId }] = await server.database.dataSource.query(`SELECT id FROM members WHERE slug = 'yichang'`);
    const actions = async () => (await asker.data<{ resource: { viewerActions: string[] } }>(`query($id: ID!) { resource(id: $id) { viewerActions } }`, { id: studio.id })).resource.viewerActions;
    expect(await actions()).toContain('REQUEST');
    await secretariat.data(`mutation($id: ID!) { suspendMember(memberId: $id, reason: "未履行章程承诺") { status } }`, { id: yichangId });
    expect(await actions()).not.toContain('REQUEST');
    const refused = await asker.request(REQUEST, { id: studio.id, note: '借用演播室' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OWNER_SUSPENDED' });
    expect(await server.database.dataSource.query(`SELECT 1 FROM resource_requests WHERE resource_id = $1`, [studio.id])).toEqual([]);
    await secretariat.data(`mutation($id: ID!) { reactivateMember(memberId: $id, reason: "已整改") { status } }`, { id: yichangId });
    expect(await actions()).toContain('REQUEST');
    const { requestResource } = await asker.data<{ requestResource: { state: string } }>(REQUEST, { id: studio.id, note: '借用演播室' });
    expect(requestResource.state).toBe('PENDING');
  });

  it('never passes a capacity of 3 when 25 members ask at once for the same period; a decline frees a unit', async () => {
    const wechat = await insertResource(server.database.dataSource, 'wanzhou', { area: 'CHANNEL', title: '三峡融媒微信推送', capacityPerPeriod: 3, capacityPeriod: 'MONTH' });
    const neededOn = `${today.slice(0, 7)}-28` < today ? today : `${today.slice(0, 7)}-28`;
    const editors = await Promise.all(
      DEMO_MEMBERS.filter((member) => member.slug !== 'wanzhou').slice(0, 26).map((member) => signedIn(server.url, `editor.${member.slug}@demo.example`)),
    );
    const [late, ...crowd] = editors as [GraphQLTestClient, ...GraphQLTestClient[]];
    const results = await Promise.all(crowd.map((client) => client.request<{ requestResource: { id: string; periodStart: string } }>(REQUEST, { id: wechat.id, note: '推送一篇', on: neededOn })));
    const won = results.filter((result) => result.data?.requestResource);
    expect(won).toHaveLength(3);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT' && result.errors?.[0]?.extensions?.reason === 'CAPACITY_FULL')).toHaveLength(22);
    const period = capacityPeriodStart('MONTH', neededOn);
    expect(won.every((result) => result.data?.requestResource.periodStart === period)).toBe(true);
    const usage: { used: number }[] = await server.database.dataSource.query(`SELECT used FROM resource_capacity_usage WHERE resource_id = $1`, [wechat.id]);
    expect(usage).toEqual([{ used: 3 }]);
    const winner = editors.find((_client, index) => index > 0 && results[index - 1]?.data)!;
    const left = await winner.data<{ resourceRequests: { nodes: { resource: { capacityLeft: number | null } }[] } }>(`{ resourceRequests(filter: { direction: OUTGOING }, first: 1) { nodes { resource { capacityLeft } } } }`);
    // Needed this month (the 28th, or today when later): the current period is the one that filled up.
    expect(left.resourceRequests.nodes[0]?.resource.capacityLeft).toBe(0);

    expect(errorCode(await late.request(REQUEST, { id: wechat.id, note: '推送一篇', on: neededOn }))).toBe('CONFLICT');
    const wanzhouChief = await signedIn(server.url, 'chief.wanzhou@demo.example');
    await wanzhouChief.data(DECLINE, { id: won[0]!.data!.requestResource.id, reason: '内容不符合本号定位' });
    expect((await late.request<{ requestResource: { state: string } }>(REQUEST, { id: wechat.id, note: '推送一篇', on: neededOn })).data?.requestResource.state).toBe('PENDING');
    expect((await server.database.dataSource.query(`SELECT used FROM resource_capacity_usage WHERE resource_id = $1`, [wechat.id]))[0]).toEqual({ used: 3 });
  }, 60_000);

  it('lets only one of two deciders clicking at once move a request, and frees the unit only when the decline won', async () => {
    const screen = await insertResource(server.database.dataSource, 'jingzhou', { area: 'CHANNEL', title: '荆州户外大屏', capacityPerPeriod: 5, capacityPeriod: 'MONTH' });
    for (let round = 0; round < 3; round += 1) {
      const id = (await asker.data<{ requestResource: { id: string } }>(REQUEST, { id: screen.id, note: `第 ${round} 轮` })).requestResource.id;
      const results = await Promise.all([chief.request(APPROVE, { id }), editor.request(DECLINE, { id, reason: '冲突测试' })]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(1);
      const [row]: { state: string; used: number }[] = await server.database.dataSource.query(
        `SELECT q.state, u.used FROM resource_requests q JOIN resource_capacity_usage u ON u.resource_id = q.resource_id AND u.period_start = q.period_start WHERE q.id = $1`,
        [id],
      );
      expect(row!.used).toBe(row!.state === 'APPROVED' ? 1 : 0);
      if (row!.state === 'APPROVED') await asker.data(CANCEL, { id });
    }
  });

  it('reads a page of requests in a number of statements that does not grow with the page size', async () => {
    const changsha = await signedIn(server.url, 'editor.changsha@demo.example');
    for (let i = 0; i < 30; i += 1) {
      const resource = await insertResource(server.database.dataSource, i % 2 ? 'jingzhou' : 'yibin', { area: 'PLATFORM', title: `平台资源 ${i}`, capacityPerPeriod: 5, capacityPeriod: 'YEAR' });
      await changsha.data(REQUEST, { id: resource.id, note: `第 ${i} 个请求` });
    }
    const LIST = `query($first: Int) { resourceRequests(filter: { direction: OUTGOING }, first: $first) { nodes { id state owner { nameZh } requester { nameZh } requestedBy { displayName } decidedBy { displayName } viewerActions resource { id title capacityLeft viewerRequest { id } } } } }`;
    const statements = async (first: number) => {
      const before = server.queries.count;
      const data = await changsha.data<{ resourceRequests: { nodes: unknown[] } }>(LIST, { first });
      expect(data.resourceRequests.nodes).toHaveLength(first);
      return server.queries.count - before;
    };
    const [small, large] = [await statements(10), await statements(30)];
    expect(large).toBeLessThanOrEqual(small);
    expect(large).toBeLessThan(15);
  }, 60_000);

  it('requests survive withdrawal (defect): withdrawing cancels every open request, frees its units and tells the requesting members', async () => {
    const shared = (await editor.data<{ shareResource: { id: string } }>(SHARE, { input: { ...CHANNEL, title: '荆州发布视频号推送' } })).shareResource;
    const changsha = await signedIn(server.url, 'editor.changsha@demo.example');
    const pending = (await asker.data<{ requestResource: { id: string } }>(REQUEST, { id: shared.id, note: '推送一篇', on: today })).requestResource.id;
    const approved = (await changsha.data<{ requestResource: { id: string } }>(REQUEST, { id: shared.id, note: '推送一篇', on: today })).requestResource.id;
    await chief.data(APPROVE, { id: approved });
    const socket = subscriptionClient(server.url, chief.sessionCookie);
    const events = nextResults<{ resourceChanged: { kind: string } }>(socket, `subscription($id: ID!) { resourceChanged(resourceId: $id) { kind } }`, { id: shared.id }, 2);
    await events.ready;

    expect((await editor.data<{ withdrawResource: { status: string } }>(WITHDRAW, { id: shared.id })).withdrawResource.status).toBe('WITHDRAWN');
    expect((await events.results).map((event) => event.resourceChanged.kind).sort()).toEqual(['REQUEST_CHANGED', 'UPDATED']);
    await socket.dispose();
    const rows: { state: string; cancelled_at: Date | null }[] = await server.database.dataSource.query(`SELECT state, cancelled_at FROM resource_requests WHERE resource_id = $1`, [shared.id]);
    expect(rows.map((row) => row.state)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(rows.every((row) => row.cancelled_at !== null)).toBe(true);
    expect(await server.database.dataSource.query(`SELECT used FROM resource_capacity_usage WHERE resource_id = $1`, [shared.id])).toEqual([{ used: 0 }]);
    for (const [client, id] of [[asker, pending], [changsha, approved]] as const) {
      expect((await client.data<Inbox>(INBOX)).notifications.nodes[0]).toMatchObject({ kind: 'REQUEST_CANCELLED', detail: expect.stringMatching(/withdrawn/), resourceRequest: { id, state: 'CANCELLED' } });
    }
    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = ANY($1) ORDER BY id`, [[pending, approved]]);
    expect(audit.filter((row) => row.action === 'resource_request.cancelled')).toHaveLength(2);
    expect(errorCode(await chief.request(APPROVE, { id: pending }))).toBe('CONFLICT');
    expect(errorCode(await chief.request(FULFILL, { id: approved }))).toBe('CONFLICT');
    expect(errorCode(await chiefHengyang.request(REQUEST, { id: shared.id, note: '再要一次' }))).toBe('CONFLICT');
  });

  it('changing capacity over-books a resource (defect): a capacity in use keeps its period and is not lowered below the units held', async () => {
    type Shared = { id: string; version: number };
    const shared = (await editor.data<{ shareResource: Shared }>(SHARE, { input: CHANNEL })).shareResource;
    const changsha = await signedIn(server.url, 'editor.changsha@demo.example');
    const yibin = await signedIn(server.url, 'editor.yibin@demo.example');
    await asker.data(REQUEST, { id: shared.id, note: '一月推送', on: '2027-01-15' });
    await changsha.data(REQUEST, { id: shared.id, note: '一月推送', on: '2027-01-15' });
    let version = shared.version;
    const update = (capacity: Partial<typeof CHANNEL>) => editor.request<{ updateResource: Shared }>(UPDATE, { id: shared.id, version, input: { ...CHANNEL, ...capacity } });
    for (const capacity of [{ capacityPerPeriod: 1 }, { capacityPerPeriod: 1, capacityPeriod: 'WEEK' }, { capacityPeriod: 'YEAR' }]) {
      const refused = await update(capacity);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CAPACITY_IN_USE' });
      expect(refused.errors?.[0]?.message).toMatch(/period|below 2/);
    }
    for (const capacity of [{ capacityPerPeriod: 3 }, { capacityPerPeriod: 2 }]) version = (await update(capacity)).data!.updateResource.version;
    expect(errorCode(await yibin.request(REQUEST, { id: shared.id, note: '一月推送', on: '2027-01-20' }))).toBe('CONFLICT');
    // Removing the limit is always fine.
    version = (await update({ capacityPerPeriod: null, capacityPeriod: null } as unknown as Partial<typeof CHANNEL>)).data!.updateResource.version;
    expect((await yibin.data<{ requestResource: { state: string } }>(REQUEST, { id: shared.id, note: '一月推送', on: '2027-01-20' })).requestResource.state).toBe('PENDING');
  });

  it('changing capacity over-books a resource (defect): a request racing a lowered capacity never passes it', async () => {
    type Shared = { id: string; version: number };
    const clients = await Promise.all(['changsha', 'yibin', 'luzhou'].map((slug) => signedIn(server.url, `editor.${slug}@demo.example`)));
    for (let round = 0; round < 3; round += 1) {
      const shared = (await editor.data<{ shareResource: Shared }>(SHARE, { input: { ...CHANNEL, title: `荆州发布推送 第 ${round} 轮`, capacityPerPeriod: 3 } })).shareResource;
      await clients[0]!.data(REQUEST, { id: shared.id, note: '推送', on: '2027-03-10' });
      await clients[1]!.data(REQUEST, { id: shared.id, note: '推送', on: '2027-03-10' });
      const [asked, lowered] = await Promise.all([
        clients[2]!.request(REQUEST, { id: shared.id, note: '推送', on: '2027-03-10' }),
        editor.request(UPDATE, { id: shared.id, version: shared.version, input: { ...CHANNEL, capacityPerPeriod: 2 } }),
      ]);
      // Either the request took the third unit and the capacity stays 3, or the capacity became 2 and the request is refused.
      expect([asked.errors?.[0]?.extensions?.reason ?? 'OK', lowered.errors?.[0]?.extensions?.reason ?? 'OK'].sort()).toEqual(
        asked.errors ? ['CAPACITY_FULL', 'OK'] : ['CAPACITY_IN_USE', 'OK'],
      );
      const [row]: { used: number; cap: number }[] = await server.database.dataSource.query(
        `SELECT u.used, r.capacity_per_period AS cap FROM resource_capacity_usage u JOIN resources r ON r.id = u.resource_id WHERE r.id = $1`,
        [shared.id],
      );
      expect(row!.used).toBeLessThanOrEqual(row!.cap);
    }
  });

  it('words refusals plainly: who cancels a request, a state already reached, and a malformed live resource id', async () => {
    const push = await insertResource(server.database.dataSource, 'jingzhou', { area: 'CHANNEL', title: '荆州发布抖音推送' });
    const id = (await asker.data<{ requestResource: { id: string } }>(REQUEST, { id: push.id, note: '推送一篇' })).requestResource.id;
    expect((await reporter.request(CANCEL, { id })).errors?.[0]?.message).toBe("Only the requesting member's editors and chief editor cancel its requests.");
    await chief.data(APPROVE, { id });
    expect((await chief.request(APPROVE, { id })).errors?.[0]?.message).toMatch(/^This request is already approved/);
    const socket = subscriptionClient(server.url, chief.sessionCookie);
    const events = nextResults(socket, `subscription($id: ID!) { resourceChanged(resourceId: $id) { kind } }`, { id: 'not-a-uuid' });
    await expect(events.results).rejects.toThrow(/BAD_USER_INPUT/);
    await socket.dispose();
  });
});
