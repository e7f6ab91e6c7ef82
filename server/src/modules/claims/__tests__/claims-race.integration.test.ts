import { SLOT_HOLDING_CLAIM_STATES } from '@yah/shared';
import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const ASSIGNMENTS = 12;
const REPORTERS = ['reporter.hengyang', 'reporter2.hengyang', 'reporter.changsha', 'reporter2.changsha'];

const RELEASE = `mutation($id: ID!) { releaseClaim(claimId: $id) { id state } }`;
const CANCEL_CLAIM = `mutation($id: ID!) { cancelClaim(claimId: $id) { id state } }`;
const CANCEL_ASSIGNMENT = `mutation($id: ID!) { cancelAssignment(id: $id) { id status } }`;

describe.each(DATABASE_KINDS)('defect 6: cancelling an assignment while its claims are released or cancelled, on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reporters: GraphQLTestClient[];
  let topicId: string;
  let jingzhou: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    reporters = await Promise.all(REPORTERS.map((name) => signedIn(server.url, `${name}@demo.example`)));
    topicId = await approvedTopic(editor, secretariat);
    jingzhou = await memberIdOf(editor, 'jingzhou');
  }, 120_000);
  afterAll(() => server.close());

  it('never deadlocks into a server error, and every count matches its live claims', async () => {
    const work: { assignmentId: string; claims: { reporter: GraphQLTestClient; claimId: string }[] }[] = [];
    for (let i = 0; i < ASSIGNMENTS; i += 1) {
      const assignmentId = await assignmentOn(editor, topicId, jingzhou, REPORTERS.length);
      const claims = [];
      for (const reporter of reporters) {
        const { claimAssignment } = await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId });
        claims.push({ reporter, claimId: claimAssignment.id });
      }
      work.push({ assignmentId, claims });
    }

    // Per assignment: two reporters release, the editor cancels the two other claims and the assignment, all at once.
    const operations: Promise<GraphQLResult<unknown>>[] = work.flatMap(({ assignmentId, claims }) => [
      ...claims.slice(0, 2).map(({ reporter, claimId }) => reporter.request(RELEASE, { id: claimId })),
      editor.request(CANCEL_ASSIGNMENT, { id: assignmentId }),
      ...claims.slice(2).map(({ claimId }) => editor.request(CANCEL_CLAIM, { id: claimId })),
    ]);
    const results = await Promise.all(operations);

    const failures = results.filter((result) => result.errors).map((result) => errorCode(result));
    expect(failures.filter((code) => code !== 'CONFLICT')).toEqual([]);
    expect(results.filter((result) => !result.errors).length).toBeGreaterThan(ASSIGNMENTS);

    const rows: { id: string; status: string; claimed_count: number; live: number }[] = await server.database.dataSource.query(
      `SELECT a.id, a.status, a.claimed_count,
              (SELECT count(*)::int FROM claims c WHERE c.assignment_id = a.id AND c.state = ANY($2)) AS live
         FROM assignments a WHERE a.id = ANY($1)`,
      [work.map((entry) => entry.assignmentId), SLOT_HOLDING_CLAIM_STATES],
    );
    expect(rows).toHaveLength(ASSIGNMENTS);
    for (const row of rows) {
      expect({ id: row.id, status: row.status, claimed: row.claimed_count }).toEqual({ id: row.id, status: 'CANCELLED', claimed: row.live });
      expect(row.live).toBe(0);
    }
  }, 120_000);
});
