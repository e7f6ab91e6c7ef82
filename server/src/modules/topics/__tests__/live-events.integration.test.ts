import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { GraphQLTestClient } from '../../../test-support/graphql-client';
import { closedWith, collectEvents, connected, nextResults, subscriptionClient, upgradeStatus } from '../../../test-support/subscription-client';
import { startServerProcess, type ServerProcess } from '../../../test-support/server-process';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';

const TOPIC_CHANGED = `subscription($id: ID!) { topicChanged(topicId: $id) { topicId kind topic { progress { claimed } } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind assignment { title } } }`;

interface TopicChanged {
  topicChanged: { topicId: string; kind: string; topic: { progress: { claimed: number } } };
}

const OPEN_ASSIGNMENTS_CHANGED = `subscription { openAssignmentsChanged { id openSlots myClaim { id } viewerCanClaim } }`;

interface OpenAssignmentChanged {
  openAssignmentsChanged: { id: string; openSlots: number; myClaim: { id: string } | null; viewerCanClaim: boolean };
}

/** The session whose sockets must close, and how it is ended over HTTP. */
const SESSION_ENDINGS = ['sign-out', 'password change', 'deactivation'] as const;

describe.each(DATABASE_KINDS)('live events over graphql-ws, in one process (%s, no Redis)', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let topicId: string;
  let assignmentId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    reporter = await signedIn(server.url, 'reporter.wanzhou@demo.example');
    topicId = await approvedTopic(editor, await signedIn(server.url, 'secretariat@demo.example'));
    assignmentId = await assignmentOn(editor, topicId, await memberIdOf(editor, 'jingzhou'), 2);
  }, 60_000);
  afterAll(() => server.close());

  it("shows a claim on a topic's page and in the editor's inbox as it happens", async () => {
    const socket = subscriptionClient(server.url, editor.sessionCookie);
    const topicEvents = nextResults<TopicChanged>(socket, TOPIC_CHANGED, { id: topicId });
    const inbox = nextResults<{ notificationAdded: { kind: string; assignment: { title: string } } }>(socket, NOTIFICATION_ADDED, {});
    await Promise.all([topicEvents.ready, inbox.ready]);
    await reporter.data(CLAIM, { id: assignmentId });
    const [event] = await topicEvents.results;
    expect(event?.topicChanged).toEqual({ topicId, kind: 'CLAIM_CHANGED', topic: { progress: { claimed: 1 } } });
    const [note] = await inbox.results;
    expect(note?.notificationAdded).toEqual({ kind: 'ASSIGNMENT_CLAIMED', assignment: { title: '岸线修复现场探访' } });
    await socket.dispose();
  });

  it('carries what changed: the claimed assignment as each subscriber sees it, and the new comment', async () => {
    const assignment = await assignmentOn(editor, topicId, await memberIdOf(editor, 'jingzhou'), 2);
    const claimer = await signedIn(server.url, 'reporter.yichang@demo.example');
    const PAYLOAD = `subscription($id: ID!) { topicChanged(topicId: $id) { topicId kind topic { id version } assignment { id openSlots version viewerCanClaim myClaim { id } } comment { id body author { displayName } } } }`;
    interface Payload {
      topicChanged: {
        topicId: string;
        kind: string;
        topic: { id: string; version: number };
        assignment: { id: string; openSlots: number; version: number; viewerCanClaim: boolean; myClaim: { id: string } | null } | null;
        comment: { id: string; body: string; author: { displayName: string } } | null;
      };
    }
    const editorSocket = subscriptionClient(server.url, editor.sessionCookie);
    const claimerSocket = subscriptionClient(server.url, claimer.sessionCookie);
    const editorLog = collectEvents<Payload>(editorSocket, PAYLOAD, { id: topicId });
    const claimerLog = collectEvents<Payload>(claimerSocket, PAYLOAD, { id: topicId });
    await Promise.all([connected(editorSocket), connected(claimerSocket)]);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const { claimAssignment } = await claimer.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignment });
    const claimed = (events: Payload[]) => events.some((event) => event.topicChanged.kind === 'CLAIM_CHANGED' && event.topicChanged.assignment?.id === assignment);
    await Promise.all([editorLog.waitFor(claimed), claimerLog.waitFor(claimed)]);
    const claimEvent = (log: typeof editorLog) => log.events.find((event) => event.topicChanged.assignment?.id === assignment)?.topicChanged;
    expect(claimEvent(editorLog)).toMatchObject({ topicId, kind: 'CLAIM_CHANGED', comment: null, assignment: { openSlots: 1, myClaim: null } });
    // The same event, resolved for the reporter who claimed: the claim is theirs, and they cannot claim again.
    expect(claimEvent(claimerLog)?.assignment).toMatchObject({ openSlots: 1, myClaim: { id: claimAssignment.id }, viewerCanClaim: false });

    const { addComment } = await editor.data<{ addComment: { id: string } }>(`mutation($id: ID!, $body: String!) { addComment(topicId: $id, body: $body) { id } }`, { id: topicId, body: '明早八点码头集合' });
    const commented = (events: Payload[]) => events.some((event) => event.topicChanged.comment?.id === addComment.id);
    await claimerLog.waitFor(commented);
    expect(claimerLog.events.find((event) => event.topicChanged.comment)?.topicChanged).toMatchObject({ kind: 'COMMENT_ADDED', assignment: null, comment: { id: addComment.id, body: '明早八点码头集合' } });
    expect([...editorLog.errors, ...claimerLog.errors]).toEqual([]);
    await Promise.all([editorSocket.dispose(), claimerSocket.dispose()]);
  });

  it('one event costs the same SQL statements for 8 subscribers as for 2: their sessions and the topic are read once', async () => {
    const viewers = await Promise.all(['editor.yichang@demo.example', 'reporter.changsha@demo.example'].map((email) => signedIn(server.url, email)));
    const statementsFor = async (subscribers: number): Promise<number> => {
      const sockets = Array.from({ length: subscribers }, (_, i) => subscriptionClient(server.url, viewers[i % viewers.length]?.sessionCookie ?? null));
      const logs = sockets.map((socket) => collectEvents<{ topicChanged: { kind: string } }>(socket, `subscription($id: ID!) { topicChanged(topicId: $id) { topicId kind } }`, { id: topicId }));
      await Promise.all(sockets.map((socket) => connected(socket)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = server.queries.count;
      await editor.data(`mutation($id: ID!, $body: String!) { addComment(topicId: $id, body: $body) { id } }`, { id: topicId, body: '请各成员单位确认采访时间' });
      await Promise.all(logs.map((log) => log.waitFor((events) => events.length === 1)));
      const statements = server.queries.count - before;
      await Promise.all(sockets.map((socket) => socket.dispose()));
      return statements;
    };
    const few = await statementsFor(2);
    expect(await statementsFor(8)).toBe(few);
  });

  it('refuses a malformed topic id when subscribing, not only when an event comes', async () => {
    const socket = subscriptionClient(server.url, editor.sessionCookie);
    const events = nextResults(socket, `subscription($id: ID!) { topicChanged(topicId: $id) { kind } }`, { id: 'not-a-uuid' });
    await expect(events.results).rejects.toThrow(/BAD_USER_INPUT/);
    await socket.dispose();
  });

  it('refuses a WebSocket without a live session', async () => {
    const socket = subscriptionClient(server.url, null);
    await expect(nextResults(socket, NOTIFICATION_ADDED, {}, 1, 5_000).results).rejects.toBeDefined();
    await socket.dispose();
  });

  it('defect 2: every event is answered with fresh data: the second and third claims count 2 and 3', async () => {
    const threeSlots = await assignmentOn(editor, topicId, await memberIdOf(editor, 'jingzhou'), 3);
    const first = await signedIn(server.url, 'reporter.hengyang@demo.example');
    const socket = subscriptionClient(server.url, editor.sessionCookie);
    const reporterSocket = subscriptionClient(server.url, first.sessionCookie);
    const topicLog = collectEvents<TopicChanged>(socket, TOPIC_CHANGED, { id: topicId });
    const openLog = collectEvents<OpenAssignmentChanged>(reporterSocket, OPEN_ASSIGNMENTS_CHANGED);
    await Promise.all([connected(socket), connected(reporterSocket)]);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const claimed = (log: typeof topicLog) => log.events.filter((event) => event.topicChanged.kind === 'CLAIM_CHANGED').map((event) => event.topicChanged.topic.progress.claimed);
    const mine = (log: typeof openLog) => log.events.filter((event) => event.openAssignmentsChanged.id === threeSlots).map((event) => event.openAssignmentsChanged);
    const before = claimed(topicLog).length;
    // Claims the topic held already (the first test's); each new claim adds one.
    const base = (await editor.data<{ topic: { progress: { claimed: number } } }>(`query($id: ID!) { topic(id: $id) { progress { claimed } } }`, { id: topicId })).topic.progress.claimed;

    await first.data(CLAIM, { id: threeSlots });
    await topicLog.waitFor(() => claimed(topicLog).length === before + 1);
    await openLog.waitFor(() => mine(openLog).length === 1);
    await (await signedIn(server.url, 'reporter.changsha@demo.example')).data(CLAIM, { id: threeSlots });
    await topicLog.waitFor(() => claimed(topicLog).length === before + 2);
    await openLog.waitFor(() => mine(openLog).length === 2);
    await (await signedIn(server.url, 'reporter.wuhan@demo.example')).data(CLAIM, { id: threeSlots });
    await topicLog.waitFor(() => claimed(topicLog).length === before + 3);
    await openLog.waitFor(() => mine(openLog).length === 3);

    expect(claimed(topicLog).slice(before)).toEqual([base + 1, base + 2, base + 3]);
    // The reporter who claimed first is told so on every later event too.
    expect(mine(openLog).map((event) => ({ openSlots: event.openSlots, mine: event.myClaim !== null, canClaim: event.viewerCanClaim }))).toEqual([
      { openSlots: 2, mine: true, canClaim: false },
      { openSlots: 1, mine: true, canClaim: false },
      { openSlots: 0, mine: true, canClaim: false },
    ]);
    expect([...topicLog.errors, ...openLog.errors]).toEqual([]);
    await Promise.all([socket.dispose(), reporterSocket.dispose()]);
  });

  it.each(SESSION_ENDINGS)('defect 2: %s closes the session\'s open socket within a second', async (ending) => {
    const email = { 'sign-out': 'reporter.yichang@demo.example', 'password change': 'reporter.nanjing@demo.example', deactivation: 'reporter2.kunming@demo.example' }[ending];
    const session = await signedIn(server.url, email);
    const socket = subscriptionClient(server.url, session.sessionCookie);
    const inbox = collectEvents(socket, NOTIFICATION_ADDED);
    await connected(socket);
    const closed = closedWith(socket);
    const started = Date.now();
    if (ending === 'sign-out') {
      await session.data(`mutation { signOut }`);
    } else if (ending === 'password change') {
      // Ends every other session of the account: the socket belongs to one of them.
      const laptop = await signedIn(server.url, email);
      await laptop.data(`mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, { c: DEMO_PASSWORD, n: '长江之歌唱响新时代融媒联盟' });
    } else {
      const chief = await signedIn(server.url, 'chief.kunming@demo.example');
      const { me } = await session.data<{ me: { id: string } }>(`{ me { id } }`);
      await chief.data(`mutation($id: ID!) { setAccountActive(userId: $id, active: false) { id } }`, { id: me.id });
    }
    const { code, at } = await closed;
    expect(code).toBe(4401);
    expect(at - started).toBeLessThan(1000);
    inbox.stop();
    await socket.dispose();
  });

  it('defect 2: the session is re-read for each event: one ended behind its back gets no event and its socket closes', async () => {
    const session = await signedIn(server.url, 'editor.yichang@demo.example');
    const socket = subscriptionClient(server.url, session.sessionCookie);
    const log = collectEvents<TopicChanged>(socket, TOPIC_CHANGED, { id: topicId });
    await connected(socket);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const closed = closedWith(socket);
    // Ended in the database only, as an expiry would: no SESSION_REVOKED event is announced.
    const { me } = await session.data<{ me: { id: string } }>(`{ me { id } }`);
    await server.database.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [me.id]);
    await editor.data(`mutation($id: ID!, $body: String!) { addComment(topicId: $id, body: $body) { id } }`, { id: topicId, body: '请各成员单位确认采访时间' });
    expect((await closed).code).toBe(4401);
    expect(log.events).toEqual([]);
    await socket.dispose();
  });

  it('defect 2: refuses a WebSocket from a foreign Origin, accepts its own origin and a client without one', async () => {
    const cookie = editor.sessionCookie ?? '';
    const own = new URL(server.url);
    expect(await upgradeStatus(server.url, { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(server.url, { cookie, origin: `http://evil.example:${own.port}` })).toBe(403);
    expect(await upgradeStatus(server.url, { cookie, origin: 'null' })).toBe(403);
    expect(await upgradeStatus(server.url, { cookie, origin: own.origin })).toBe(101);
    expect(await upgradeStatus(server.url, { cookie })).toBe(101);
  });
});

describe('live events across two server processes through Redis (PostgreSQL)', () => {
  let first: TestServer;
  let second: ServerProcess;
  const redis = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };

  beforeAll(async () => {
    first = await startTestServer('postgres', redis);
    second = await startServerProcess({ ...redis, DATABASE_URL: first.databaseUrl ?? '', SEED_DEMO: 'false' });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('delivers an event raised in one process to a subscriber connected to the other', async () => {
    const editorOnFirst = await signedIn(first.url, 'editor.changsha@demo.example');
    const topicId = await approvedTopic(editorOnFirst, await signedIn(first.url, 'secretariat@demo.example'));
    const assignmentId = await assignmentOn(editorOnFirst, topicId, await memberIdOf(editorOnFirst, 'changsha'), 1);

    const editorOnSecond = await signedIn(second.url, 'editor.changsha@demo.example');
    const socket = subscriptionClient(second.url, editorOnSecond.sessionCookie);
    const events = nextResults<TopicChanged>(socket, TOPIC_CHANGED, { id: topicId });
    await events.ready;
    const reporterOnFirst = await signedIn(first.url, 'reporter.hengyang@demo.example');
    await reporterOnFirst.data(CLAIM, { id: assignmentId });
    const [event] = await events.results;
    expect(event?.topicChanged.kind).toBe('CLAIM_CHANGED');
    expect(event?.topicChanged.topic.progress.claimed).toBe(1);
    await socket.dispose();
  });

  it('defect 2: signing out on one copy closes the session\'s socket on the other within a second', async () => {
    const session = await signedIn(first.url, 'editor.wanzhou@demo.example');
    const socket = subscriptionClient(second.url, session.sessionCookie);
    const inbox = collectEvents(socket, NOTIFICATION_ADDED);
    await connected(socket);
    const closed = closedWith(socket);
    const started = Date.now();
    await session.data(`mutation { signOut }`);
    const { code, at } = await closed;
    expect(code).toBe(4401);
    expect(at - started).toBeLessThan(1000);
    inbox.stop();
    await socket.dispose();
  });
});
