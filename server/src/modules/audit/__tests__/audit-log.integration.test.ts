import { type GraphQLTestClient, errorCode } from '../../../test-support/graphql-client';
import { memberIdOf, signedIn, TOPIC_INPUT } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    nodes { id at action entityType entityId before after requestId actor { id displayName } actorMember { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  actor: { id: string; displayName: string } | null;
  actorMember: { slug: string } | null;
}
interface AuditPage {
  auditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe.each(DATABASE_KINDS)('audit log on %s', (kind) => {
  let server: TestServer;
  let clients: Record<'secretariat' | 'chief' | 'editor', GraphQLTestClient>;
  let editorId: string;
  let jingzhouId: string;
  let topicId: string;
  const read = (filter: Record<string, unknown>, first = 20, after: string | null = null) =>
    clients.secretariat.data<AuditPage>(AUDIT_LOG, { filter, first, after }).then((result) => result.auditLog);
  const download = (client: GraphQLTestClient | null, query: string) =>
    fetch(`${server.url}/exports/audit-log.csv${query}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

  beforeAll(async () => {
    server = await startTestServer(kind);
    clients = {
      secretariat: await signedIn(server.url, 'secretariat@demo.example'),
      chief: await signedIn(server.url, 'chief.jingzhou@demo.example'),
      editor: await signedIn(server.url, 'editor.jingzhou@demo.example'),
    };
    editorId = (await clients.editor.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    jingzhouId = await memberIdOf(clients.editor, 'jingzhou');
    // A change to read back: the editor drafts a topic, then retitles it.
    const { createTopic } = await clients.editor.data<{ createTopic: { id: string; version: number } }>(
      `mutation($input: TopicInput!) { createTopic(input: $input) { id version } }`,
      { input: TOPIC_INPUT },
    );
    topicId = createTopic.id;
    await clients.editor.data(`mutation($id: ID!, $input: TopicInput!, $v: Int!) { updateTopic(id: $id, input: $input, version: $v) { id } }`, {
      id: topicId,
      input: { ...TOPIC_INPUT, title: '长江十年禁渔：渔民上岸之后' },
      v: createTopic.version,
    });
    // Two entries either side of the alliance midnight between 1 and 2 March 2026 (16:00 UTC), by nobody (the system).
    await server.database.dataSource.query(
      `INSERT INTO audit_log (at, action, entity_type, entity_id, after) VALUES
         ('2026-03-01T15:59:59.999999Z', 'member.boundary', 'member', 'before-midnight', '{}'),
         ('2026-03-01T16:00:00Z', 'member.boundary', 'member', 'at-midnight', '{}'),
         ('2026-03-02T15:59:59.999999Z', 'member.boundary', 'member', 'end-of-day', '{}'),
         ('2026-03-02T16:00:00Z', 'member.boundary', 'member', 'next-day', '{}')`,
    );
  }, 180_000);
  afterAll(() => server?.close());

  it('shows the secretariat who changed what, when, before and after, newest first', async () => {
    const page = await read({ actorId: editorId, entityTypes: ['topic'] });
    const mine = page.nodes.filter((entry) => entry.entityId === topicId);
    expect(mine.map((entry) => entry.action)).toEqual(['topic.update', 'topic.create']);
    const [update] = mine;
    expect(update).toMatchObject({ entityType: 'topic', actor: { id: editorId }, actorMember: { slug: 'jingzhou' } });
    expect(update!.actor!.displayName).toBeTruthy();
    expect(update!.requestId).toBeTruthy();
    expect(JSON.parse(update!.before!)).toMatchObject({ title: TOPIC_INPUT.title });
    expect(JSON.parse(update!.after!)).toMatchObject({ title: '长江十年禁渔：渔民上岸之后' });
    expect(mine[1]!.before).toBeNull();
  });

  it('filters by member, person and kind', async () => {
    const byMember = await read({ memberId: jingzhouId }, 100);
    expect(byMember.nodes.length).toBeGreaterThan(0);
    expect(byMember.nodes.every((entry) => entry.actorMember?.slug === 'jingzhou')).toBe(true);
    expect(byMember.nodes.some((entry) => entry.entityId === topicId)).toBe(true);

    const byPerson = await read({ actorId: editorId }, 100);
    expect(byPerson.nodes.every((entry) => entry.actor?.id === editorId)).toBe(true);

    const events = await read({ entityTypes: ['event', 'event_registration'] }, 100);
    expect(events.nodes.every((entry) => entry.entityType === 'event' || entry.entityType === 'event_registration')).toBe(true);
    expect(events.nodes.some((entry) => entry.entityId === topicId)).toBe(false);
  });

  it('filters by alliance calendar days: a day runs from 00:00 to 24:00 Beijing time', async () => {
    const ids = (page: { nodes: Entry[] }) => page.nodes.filter((entry) => entry.action === 'member.boundary').map((entry) => entry.entityId);
    expect(ids(await read({ from: '2026-03-02', to: '2026-03-02' }))).toEqual(['end-of-day', 'at-midnight']);
    expect(ids(await read({ to: '2026-03-01', entityTypes: ['member'] }))).toContain('before-midnight');
    expect(ids(await read({ to: '2026-03-01', entityTypes: ['member'] }))).not.toContain('at-midnight');
    expect(ids(await read({ from: '2026-03-03', to: '2026-03-03' }))).toEqual(['next-day']);
    const system = (await read({ from: '2026-03-02', to: '2026-03-02' })).nodes.find((entry) => entry.entityId === 'at-midnight');
    expect(system).toMatchObject({ actor: null, actorMember: null, before: null, after: '{}' });
  });

  it('pages newest first with a keyset cursor, without repeats or gaps', async () => {
    const all = await read({ from: '2026-03-01', to: '2026-03-03' }, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: AuditPage['auditLog'] = await read({ from: '2026-03-01', to: '2026-03-03' }, 1, after);
      seen.push(...page.nodes.map((entry) => entry.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((entry) => entry.id));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const forged = await clients.secretariat.request(AUDIT_LOG, { first: 1, after: Buffer.from('["1","x"]').toString('base64url') });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
  });

  it('is the secretariat’s only: a chief editor and an editor are FORBIDDEN', async () => {
    for (const client of [clients.chief, clients.editor]) {
      expect(errorCode(await client.request(AUDIT_LOG, { first: 5 }))).toBe('FORBIDDEN');
    }
  });

  it('exports the filtered log as CSV (BOM, Chinese headers) for the secretariat only', async () => {
    const response = await download(clients.secretariat, `?actorId=${editorId}&entityTypes=topic&from=2026-01-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, ...lines] = text.trimEnd().split('\r\n');
    expect(header).toBe('时间 (北京时间),操作人,成员单位,操作,对象类型,对象编号,变更前,变更后,请求编号');
    expect(lines.some((line) => line.includes('topic.update') && line.includes(topicId) && line.includes('长江十年禁渔：渔民上岸之后'))).toBe(true);
    expect(lines.every((line) => line.includes(',topic,'))).toBe(true);

    expect((await download(clients.chief, '')).status).toBe(403);
    expect((await download(clients.editor, '')).status).toBe(403);
    expect((await download(null, '')).status).toBe(401);
    expect((await download(clients.secretariat, '?from=2026-02-30')).status).toBe(400);
    expect((await download(clients.secretariat, '?entityTypes=topic,nope')).status).toBe(400);
  });
});
