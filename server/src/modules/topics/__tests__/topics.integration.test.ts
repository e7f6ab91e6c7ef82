import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, memberIdOf, signedIn, TOPIC_INPUT } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const CREATE = `mutation($input: TopicInput!) { createTopic(input: $input) { id state version proposer { slug } viewerActions } }`;
const TOPIC = `query($id: ID!) { topic(id: $id) { id state version rejectionReason viewerActions coSponsors { status member { slug } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: TopicInput!) { updateTopic(id: $id, version: $version, input: $input) { version title } }`;

interface TopicView {
  id: string;
  state: string;
  version: number;
  rejectionReason: string | null;
  viewerActions: string[];
  coSponsors: { status: string; member: { slug: string } }[];
}

describe.each(DATABASE_KINDS)('joint topics on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let secretariat: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, otherEditor, reporter, secretariat] = await Promise.all([
      signedIn(server.url, 'editor.jingzhou@demo.example'),
      signedIn(server.url, 'editor.hengyang@demo.example'),
      signedIn(server.url, 'reporter.hengyang@demo.example'),
      signedIn(server.url, 'secretariat@demo.example'),
    ]);
  }, 60_000);
  afterAll(() => server.close());

  const topicAs = async (client: GraphQLTestClient, id: string) => (await client.data<{ topic: TopicView }>(TOPIC, { id })).topic;

  it('lets an editor write a draft that only their own newsroom sees, then propose it', async () => {
    const { createTopic } = await editor.data<{ createTopic: { id: string; state: string; viewerActions: string[] } }>(CREATE, { input: TOPIC_INPUT });
    expect(createTopic.state).toBe('DRAFT');
    expect(createTopic.viewerActions).toEqual(expect.arrayContaining(['EDIT', 'PROPOSE', 'CANCEL']));
    expect(errorCode(await otherEditor.request(TOPIC, { id: createTopic.id }))).toBe('NOT_FOUND');
    await editor.data(`mutation($id: ID!) { proposeTopic(id: $id) { state } }`, { id: createTopic.id });
    // Co-sponsoring is by invitation: an uninvited newsroom may comment but not join.
    const seen = (await topicAs(otherEditor, createTopic.id)).viewerActions;
    expect(seen).toContain('COMMENT');
    expect(seen).not.toContain('JOIN');
  });

  it('refuses topics from reporters, and bad input with the fields named', async () => {
    expect(errorCode(await reporter.request(CREATE, { input: TOPIC_INPUT }))).toBe('FORBIDDEN');
    const bad = await editor.request(CREATE, { input: { ...TOPIC_INPUT, title: 'x', windowEnd: '2026-11-01' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toHaveProperty('title');
    const backwards = await editor.request(CREATE, { input: { ...TOPIC_INPUT, windowEnd: '2026-11-01' } });
    expect(backwards.errors?.[0]?.extensions?.fields).toHaveProperty('windowEnd');
  });

  it('answers a stale edit with CONFLICT and keeps the newer one', async () => {
    const { createTopic } = await editor.data<{ createTopic: { id: string; version: number } }>(CREATE, { input: TOPIC_INPUT });
    const first = await editor.data<{ updateTopic: { version: number } }>(UPDATE, { id: createTopic.id, version: createTopic.version, input: { ...TOPIC_INPUT, title: '第一位编辑的标题修改' } });
    expect(first.updateTopic.version).toBe(createTopic.version + 1);
    const stale = await editor.request(UPDATE, { id: createTopic.id, version: createTopic.version, input: { ...TOPIC_INPUT, title: '迟到的另一份修改稿' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await editor.data<{ topic: { title: string } }>(`query($id: ID!) { topic(id: $id) { title } }`, { id: createTopic.id })).topic.title).toBe('第一位编辑的标题修改');
  });

  it('moves only along the allowed transitions, and only the secretariat approves or rejects', async () => {
    const { createTopic } = await editor.data<{ createTopic: { id: string } }>(CREATE, { input: TOPIC_INPUT });
    const id = createTopic.id;
    expect(errorCode(await editor.request(`mutation($id: ID!) { approveTopic(id: $id) { state } }`, { id }))).toBe('CONFLICT');
    await editor.data(`mutation($id: ID!) { proposeTopic(id: $id) { state } }`, { id });
    expect(errorCode(await editor.request(`mutation($id: ID!) { approveTopic(id: $id) { state } }`, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(`mutation($id: ID!) { completeTopic(id: $id) { state } }`, { id }))).toBe('CONFLICT');
    await secretariat.data(`mutation($id: ID!, $reason: String!) { rejectTopic(id: $id, reason: $reason) { state } }`, { id, reason: '与已批准选题重复，请合并' });
    const rejected = await topicAs(editor, id);
    expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReason: '与已批准选题重复，请合并' });
    expect(rejected.viewerActions).toEqual(['COMMENT']);
    const { notifications } = await editor.data<{ notifications: { unreadCount: number; nodes: { kind: string; detail: string }[] } }>(`{ notifications(first: 5) { unreadCount nodes { kind detail } } }`);
    expect(notifications.nodes[0]).toEqual({ kind: 'TOPIC_REJECTED', detail: '与已批准选题重复，请合并' });
  });

  it('lets other newsrooms be invited and join as co-sponsors, who may then add assignments', async () => {
    const id = await approvedTopic(editor, secretariat);
    const hengyang = await memberIdOf(editor, 'hengyang');
    const changsha = await memberIdOf(editor, 'changsha');
    expect(errorCode(await otherEditor.request(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: id, m: [changsha] }))).toBe('FORBIDDEN');
    await editor.data(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: id, m: [hengyang, changsha] });
    const invitedInbox = await otherEditor.data<{ notifications: { nodes: { kind: string }[] } }>(`{ notifications(first: 1) { nodes { kind } } }`);
    expect(invitedInbox.notifications.nodes[0]?.kind).toBe('COSPONSOR_INVITED');

    const ADD = `mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }`;
    const input = { topicId: id, title: '衡阳段湘江支流采访', format: 'TEXT', locationMemberId: hengyang, dueAt: new Date(Date.now() + 3 * 864e5).toISOString(), slots: 2 };
    expect(errorCode(await otherEditor.request(ADD, { input }))).toBe('FORBIDDEN');
    await otherEditor.data(`mutation($id: ID!) { joinTopic(id: $id) { id } }`, { id });
    const joined = await topicAs(otherEditor, id);
    expect(joined.coSponsors).toEqual(expect.arrayContaining([{ status: 'JOINED', member: { slug: 'hengyang' } }, { status: 'INVITED', member: { slug: 'changsha' } }]));
    expect(joined.viewerActions).toContain('ADD_ASSIGNMENT');
    await otherEditor.data(ADD, { input });
  });

  it('threads comments on a topic, oldest first, for anyone who can read it', async () => {
    const id = await approvedTopic(editor, secretariat);
    await reporter.data(`mutation($t: ID!, $b: String!) { addComment(topicId: $t, body: $b) { id } }`, { t: id, b: '衡阳记者可以支援岳阳段' });
    await editor.data(`mutation($t: ID!, $b: String!) { addComment(topicId: $t, body: $b) { id } }`, { t: id, b: '欢迎，请认领岳阳的任务' });
    const { topic } = await secretariat.data<{ topic: { comments: { totalCount: number; nodes: { body: string; author: { account: { email: string } } }[] } } }>(
      `query($id: ID!) { topic(id: $id) { comments(first: 10) { totalCount nodes { body author { account { email } } } } } }`,
      { id },
    );
    expect(topic.comments.totalCount).toBe(2);
    expect(topic.comments.nodes.map((c) => c.author.account.email)).toEqual(['reporter.hengyang@demo.example', 'editor.jingzhou@demo.example']);
    expect(errorCode(await reporter.request(`mutation($t: ID!, $b: String!) { addComment(topicId: $t, body: $b) { id } }`, { t: id, b: '' }))).toBe('BAD_USER_INPUT');
  });

  it('filters the board by state, province, theme and search, and audits every change', async () => {
    const id = await approvedTopic(editor, secretariat, { ...TOPIC_INPUT, title: '赣江与鄱阳湖的候鸟季', provinceCodes: ['360000'], themes: ['鄱阳湖候鸟'] });
    const BOARD = `query($filter: TopicFilter) { topics(filter: $filter, first: 50) { totalCount nodes { id } } }`;
    const ids = async (filter: Record<string, unknown>) => (await reporter.data<{ topics: { nodes: { id: string }[] } }>(BOARD, { filter })).topics.nodes.map((n) => n.id);
    expect(await ids({ provinceCode: '360000' })).toContain(id);
    expect(await ids({ provinceCode: '320000' })).not.toContain(id);
    expect(await ids({ theme: '鄱阳湖候鸟' })).toEqual([id]);
    expect(await ids({ search: '鄱阳湖' })).toEqual([id]);
    expect(await ids({ states: ['APPROVED'], provinceCode: '360000' })).toEqual([id]);
    expect(await ids({ states: ['DRAFT'], provinceCode: '360000' })).toEqual([]);
    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((row) => row.action)).toEqual(['topic.create', 'topic.propose', 'topic.approve']);
  });
});
