import { PUBLICATION_LIMITS } from '@yah/shared';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const SUBMIT = `mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "成稿", links: [] }) { state } }`;
const ACCEPT = `mutation($id: ID!) { acceptSubmission(claimId: $id) { state } }`;
const RECORD = `mutation($input: PublicationInput!) { recordPublication(input: $input) { id views viewerActions } }`;
const UPDATE = `mutation($id: ID!, $input: PublicationFieldsInput!) { updatePublication(id: $id, input: $input) { id views url viewerActions } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawPublication(id: $id) { id publications { id } } }`;
const PUBLICATIONS = `query($id: ID!) { assignment(id: $id) { claims { publications { id viewerActions } } } }`;
const REACH = `query($id: ID!) { topic(id: $id) { reach { publications views shares likes } } }`;

interface Publications {
  assignment: { claims: { publications: { id: string; viewerActions: string[] }[] }[] };
}
interface Reach {
  topic: { reach: { publications: number; views: number; shares: number; likes: number } };
}

describe.each(DATABASE_KINDS)('defect 5: publications cannot break a topic, and their recorder corrects or withdraws them, on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let unrelated: GraphQLTestClient;
  let reader: GraphQLTestClient;
  let topicId: string;
  let claimId: string;
  let assignmentId: string;
  let jingzhou: string;
  let kunming: string;

  const input = (views: number, memberId = jingzhou) => ({
    memberId,
    channel: 'APP',
    url: 'https://jingzhou.example/a/1',
    publishedAt: new Date().toISOString(),
    views,
    shares: 3,
    likes: 2,
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    [editor, chief, unrelated, reader] = await Promise.all([
      signedIn(server.url, 'editor.jingzhou@demo.example'),
      signedIn(server.url, 'chief.jingzhou@demo.example'),
      signedIn(server.url, 'editor.kunming@demo.example'),
      signedIn(server.url, 'reporter.nanjing@demo.example'),
    ]);
    const reporter = await signedIn(server.url, 'reporter.yueyang@demo.example');
    topicId = await approvedTopic(editor, secretariat);
    jingzhou = await memberIdOf(editor, 'jingzhou');
    kunming = await memberIdOf(editor, 'kunming');
    assignmentId = await assignmentOn(editor, topicId, jingzhou, 1);
    claimId = (await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id;
    await reporter.data(SUBMIT, { id: claimId });
    await editor.data(ACCEPT, { id: claimId });
  }, 60_000);
  afterAll(() => server.close());

  it('refuses unrealistic reach and editors of unrelated members', async () => {
    expect(errorCode(await editor.request(RECORD, { input: { ...input(1_000_000_000), claimId } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await editor.request(RECORD, { input: { ...input(PUBLICATION_LIMITS.views.max + 1), claimId } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await editor.request(RECORD, { input: { ...input(1), shares: PUBLICATION_LIMITS.shares.max + 1, claimId } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await unrelated.request(RECORD, { input: { ...input(1, kunming), claimId } }))).toBe('FORBIDDEN');
    // The secretariat unit runs no outlet; nothing can have run in the future…
    expect(await editor.request(RECORD, { input: { ...input(1, await memberIdOf(editor, 'secretariat')), claimId } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { memberId: 'runs no outlet' } } }],
    });
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    expect(await editor.request(RECORD, { input: { ...input(1), publishedAt: inAnHour, claimId } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { publishedAt: 'in the future' } } }],
    });
    // …nor before its work was claimed.
    expect(await editor.request(RECORD, { input: { ...input(1), publishedAt: '2001-01-01T00:00:00Z', claimId } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { publishedAt: 'before the claim' } } }],
    });
    const { recordPublication } = await editor.data<{ recordPublication: { views: number; viewerActions: string[] } }>(RECORD, {
      input: { ...input(PUBLICATION_LIMITS.views.max), claimId },
    });
    expect(recordPublication).toMatchObject({ views: PUBLICATION_LIMITS.views.max, viewerActions: ['EDIT', 'WITHDRAW'] });
  });

  it('sums reach beyond 32 bits for every reader, even over records from before the bounds', async () => {
    // Three pieces of a billion views each, as the old bounds allowed: already in some databases.
    await server.database.dataSource.query(
      `INSERT INTO publications (claim_id, topic_id, member_id, channel, url, published_at, views, shares, likes, recorded_by_id)
       SELECT $1, $2, $3, 'WEB', 'https://old.example/' || n, now(), 1000000000, 2000000000, 2000000000, c.reporter_id
         FROM generate_series(1, 3) AS n, claims c WHERE c.id = $1`,
      [claimId, topicId, jingzhou],
    );
    const { topic } = await reader.data<Reach>(REACH, { id: topicId });
    expect(topic.reach).toEqual({ publications: 4, views: 3_000_000_000 + PUBLICATION_LIMITS.views.max, shares: 6_000_000_003, likes: 6_000_000_002 });
    await server.database.dataSource.query(`DELETE FROM publications WHERE url LIKE 'https://old.example/%'`);
  });

  it('lets whoever recorded a publication correct or withdraw it, audited; nobody else', async () => {
    const { recordPublication } = await editor.data<{ recordPublication: { id: string } }>(RECORD, { input: { ...input(500), claimId } });
    const id = recordPublication.id;
    const correction = { ...input(800), url: 'https://jingzhou.example/a/2' };

    expect(errorCode(await chief.request(UPDATE, { id, input: correction }))).toBe('FORBIDDEN');
    expect(errorCode(await unrelated.request(WITHDRAW, { id }))).toBe('FORBIDDEN');
    const chiefView = await chief.data<Publications>(PUBLICATIONS, { id: assignmentId });
    expect(chiefView.assignment.claims[0]?.publications.find((p) => p.id === id)?.viewerActions).toEqual([]);
    expect(errorCode(await editor.request(UPDATE, { id, input: { ...correction, views: PUBLICATION_LIMITS.views.max + 1 } }))).toBe('BAD_USER_INPUT');

    const { updatePublication } = await editor.data<{ updatePublication: { views: number; url: string } }>(UPDATE, { id, input: correction });
    expect(updatePublication).toMatchObject({ views: 800, url: 'https://jingzhou.example/a/2' });
    expect((await reader.data<Reach>(REACH, { id: topicId })).topic.reach.views).toBe(PUBLICATION_LIMITS.views.max + 800);

    const { withdrawPublication } = await editor.data<{ withdrawPublication: { publications: { id: string }[] } }>(WITHDRAW, { id });
    expect(withdrawPublication.publications.map((p) => p.id)).not.toContain(id);
    expect((await reader.data<Reach>(REACH, { id: topicId })).topic.reach).toMatchObject({ publications: 1, views: PUBLICATION_LIMITS.views.max });
    expect(errorCode(await editor.request(WITHDRAW, { id }))).toBe('NOT_FOUND');

    const audit: { action: string; before: { views: number; url: string } | null; after: { views: number; url: string } | null }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'publication' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((row) => row.action)).toEqual(['publication.record', 'publication.update', 'publication.withdraw']);
    expect(audit[1]).toMatchObject({ before: { views: 500, url: 'https://jingzhou.example/a/1' }, after: { views: 800, url: 'https://jingzhou.example/a/2' } });
    expect(audit[2]).toMatchObject({ before: { views: 800 }, after: null });
  });

  it(`records a piece at ${PUBLICATION_LIMITS.perClaim.max} outlets at most`, async () => {
    const { assignment } = await editor.data<Publications>(PUBLICATIONS, { id: assignmentId });
    for (let n = assignment.claims[0]?.publications.length ?? 0; n < PUBLICATION_LIMITS.perClaim.max; n += 1) await editor.data(RECORD, { input: { ...input(1), claimId } });
    expect(errorCode(await editor.request(RECORD, { input: { ...input(1), claimId } }))).toBe('CONFLICT');
  });
});
