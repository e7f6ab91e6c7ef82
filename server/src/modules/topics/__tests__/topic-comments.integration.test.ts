import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const COMMENT = `mutation($id: ID!, $body: String!) { addComment(topicId: $id, body: $body) { id } }`;
const COUNTS = `query($first: Int) { topics(first: $first) { nodes { id comments(first: 1) { totalCount nodes { body } } } } }`;
const PAGE = `query($id: ID!, $first: Int, $after: String) { topic(id: $id) { comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { body author { displayName } } } } }`;

interface CommentPage {
  topic: { comments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { body: string }[] } };
}

describe.each(DATABASE_KINDS)('defect 8: comments of many topics in one statement, and a cost limit that counts pages, on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reader: GraphQLTestClient;
  const commented: { id: string; count: number }[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    reader = await signedIn(server.url, 'reporter.nanjing@demo.example');
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    for (let i = 0; i < 6; i += 1) {
      const id = await approvedTopic(editor, secretariat);
      for (let n = 1; n <= i; n += 1) await editor.data(COMMENT, { id, body: `第${i}个选题的第${n}条意见` });
      commented.push({ id, count: i });
    }
  }, 120_000);
  afterAll(() => server.close());

  it('reads comments of 2 or 15 topics in the same number of statements, with the right counts', async () => {
    const statements = async (first: number) => {
      const before = server.queries.count;
      const data = await reader.data<{ topics: { nodes: { id: string; comments: { totalCount: number; nodes: { body: string }[] } }[] } }>(COUNTS, { first });
      return { count: server.queries.count - before, nodes: data.topics.nodes };
    };
    const small = await statements(2);
    const large = await statements(15);
    expect(large.nodes.length).toBeGreaterThanOrEqual(12);
    expect(large.count).toBe(small.count);
    for (const { id, count } of commented) {
      const node = large.nodes.find((topic) => topic.id === id);
      expect(node?.comments.totalCount).toBe(count);
      expect(node?.comments.nodes.map((comment) => comment.body)).toEqual(count ? [`第${count}个选题的第1条意见`] : []);
    }
  });

  it('pages through one topic’s comments oldest first, and refuses a forged cursor as bad input', async () => {
    const { id } = commented[5]!;
    const bodies: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: CommentPage = await reader.data<CommentPage>(PAGE, { id, first: 2, after });
      expect(page.topic.comments.totalCount).toBe(5);
      bodies.push(...page.topic.comments.nodes.map((comment) => comment.body));
      after = page.topic.comments.pageInfo.hasNextPage ? page.topic.comments.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(bodies).toEqual([1, 2, 3, 4, 5].map((n) => `第5个选题的第${n}条意见`));
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    expect(errorCode(await reader.request(PAGE, { id, first: 2, after: forged }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await reader.request(PAGE, { id, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it("refuses three aliases of a hundred topics' comments as too costly; one is fine", async () => {
    const field = `topics(first: 100) { nodes { comments(first: 1) { totalCount } } }`;
    expect((await reader.request(`{ a: ${field} }`)).errors).toBeUndefined();
    const result = await reader.request(`{ a: ${field} b: ${field} c: ${field} }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/cost/);
    const byVariable = `query($n: Int) { ${['a', 'b', 'c'].map((alias) => `${alias}: topics(first: $n) { nodes { comments(first: 1) { totalCount } } }`).join(' ')} }`;
    expect(errorCode(await reader.request(byVariable, { n: 100 }))).toBe('BAD_USER_INPUT');
    expect((await reader.request(byVariable, { n: 5 })).errors).toBeUndefined();
  });
});
