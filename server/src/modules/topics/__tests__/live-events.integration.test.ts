import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { type GraphQLTestClient } from '../../../test-support/graphql-client';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { startServerProcess, type ServerProcess } from '../../../test-support/server-process';
import { startTestServer, type TestServer } from '../../../test-support/test-server';

const TOPIC_CHANGED = `subscription($id: ID!) { topicChanged(topicId: $id) { topicId kind topic { progress { claimed } } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind assignment { title } } }`;

interface TopicChanged {
  topicChanged: { topicId: string; kind: string; topic: { progress: { claimed: number } } };
}

describe('live events over graphql-ws, in one process (embedded database, no Redis)', () => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let topicId: string;
  let assignmentId: string;

  beforeAll(async () => {
    server = await startTestServer('embedded');
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

  it('refuses a WebSocket without a live session', async () => {
    const socket = subscriptionClient(server.url, null);
    await expect(nextResults(socket, NOTIFICATION_ADDED, {}, 1, 5_000).results).rejects.toBeDefined();
    await socket.dispose();
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
});
