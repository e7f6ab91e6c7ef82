import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { DEMO_MEMBERS } from '../../../db/seed/demo-members.data';

/**
 * `count` more reporters across the member newsrooms, each with a live session made by the auth code itself
 * (SessionService.create, as signing in does; argon2 for each would only slow the test down).
 */
async function signedInReporters(server: TestServer, count: number): Promise<{ userId: string; client: GraphQLTestClient }[]> {
  return server.database.dataSource.transaction(async (manager) => {
    const users: { id: string }[] = await manager.query(
      `WITH newsrooms AS (
         SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i, count(*) OVER () AS n FROM members WHERE status = 'ACTIVE' AND alliance_role <> 'SECRETARIAT')
       INSERT INTO users (email, display_name, password_hash, role, member_id)
       SELECT 'crowd.' || g || '@test.example', 'crowd ' || g, 'not-a-hash', 'REPORTER', m.id
         FROM generate_series(1, $1::int) g JOIN newsrooms m ON m.i = g % m.n
       RETURNING id`,
      [count],
    );
    return Promise.all(
      users.map(async ({ id }) => {
        const client = new GraphQLTestClient(server.url);
        client.sessionCookie = `yah_session=${await server.services.sessions.create(id, { ip: null, userAgent: null }, manager)}`;
        return { userId: id, client };
      }),
    );
  });
}

describe.each(DATABASE_KINDS)('claiming the last slots at the same instant on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reporters: GraphQLTestClient[];
  let topicId: string;
  let jingzhou: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    // 50 different reporters from 25 members.
    const emails = DEMO_MEMBERS.slice(0, 25).flatMap((member) => [`reporter.${member.slug}@demo.example`, `reporter2.${member.slug}@demo.example`]);
    reporters = await Promise.all(emails.map((email) => signedIn(server.url, email)));
    topicId = await approvedTopic(editor, secretariat);
    jingzhou = await memberIdOf(editor, 'jingzhou');
  }, 120_000);
  afterAll(() => server.close());

  it('gives 3 free slots to exactly 3 of 50 reporters clicking at once; the other 47 get CONFLICT', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 3);
    const results = await Promise.all(reporters.map((reporter) => reporter.request<{ claimAssignment: { state: string } }>(CLAIM, { id: assignmentId })));
    const won = results.filter((result) => result.data?.claimAssignment.state === 'CLAIMED');
    const lost = results.filter((result) => errorCode(result) === 'CONFLICT');
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(47);
    const rows: { claimed_count: number; live: string }[] = await server.database.dataSource.query(
      `SELECT a.claimed_count, (SELECT count(*) FROM claims c WHERE c.assignment_id = a.id) AS live FROM assignments a WHERE a.id = $1`,
      [assignmentId],
    );
    expect(rows[0]).toEqual({ claimed_count: 3, live: '3' });
  });

  it('gives 10 slots to exactly 10 of 300 reporters clicking at once, refuses the other 290 with SLOT_TAKEN, and stores exactly the winners', async () => {
    const crowd = await signedInReporters(server, 300);
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 10);
    const results = await Promise.all(crowd.map(({ client }) => client.request<{ claimAssignment: { state: string } }>(CLAIM, { id: assignmentId })));
    const winners = crowd.filter((_, i) => results[i]?.data?.claimAssignment.state === 'CLAIMED').map(({ userId }) => userId);
    const refusals = results.filter((result) => result.errors).map((result) => `${errorCode(result)} ${result.errors?.[0]?.extensions?.reason}`);
    expect(winners).toHaveLength(10);
    expect(refusals).toEqual(Array.from({ length: 290 }, () => 'CONFLICT SLOT_TAKEN'));
    const rows: { claimed_count: number; reporters: string[] }[] = await server.database.dataSource.query(
      `SELECT a.claimed_count, ARRAY(SELECT c.reporter_id::text FROM claims c WHERE c.assignment_id = a.id ORDER BY c.reporter_id) AS reporters FROM assignments a WHERE a.id = $1`,
      [assignmentId],
    );
    expect(rows[0]).toEqual({ claimed_count: 10, reporters: [...winners].sort() });
  });

  it('never lets one reporter hold two slots of an assignment, even clicking twice at once', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 5);
    const reporter = reporters[0]!;
    const results = await Promise.all([1, 2, 3].map(() => reporter.request(CLAIM, { id: assignmentId })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(2);
    const { topic } = await editor.data<{ topic: { assignments: { id: string; openSlots: number }[] } }>(`query($id: ID!) { topic(id: $id) { assignments { id openSlots } } }`, { id: topicId });
    expect(topic.assignments.find((a) => a.id === assignmentId)?.openSlots).toBe(4);
  });
});
