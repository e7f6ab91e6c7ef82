import { CHARTER_LIMITS } from '@yah/shared';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import {
  ARTICLES,
  CHARTER,
  CHARTER_VERSION,
  CHARTER_VERSIONS,
  currentVersion,
  fieldsOf,
  publish,
  PUBLISH_CHARTER,
  reasonOf,
  type CharterResult,
} from './charter-fixtures';

const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind detail actor { displayName } } } }`;
type Notes = { notifications: { nodes: { kind: string; detail: string | null; actor: { displayName: string } | null }[] } };

describe.each(DATABASE_KINDS)('the charter on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let secretariat2: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;

  const charterNotes = async (client: GraphQLTestClient) => (await client.data<Notes>(NOTIFICATIONS)).notifications.nodes.filter((note) => note.kind === 'CHARTER_UPDATED');

  beforeAll(async () => {
    server = await startTestServer(kind);
    // Whatever the demo holds, these tests start before the first publication.
    await server.database.dataSource.query(`DELETE FROM charter_versions`);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [secretariat, secretariat2, chief, editor, reporter] = await Promise.all([as('secretariat'), as('secretariat'), as('chief.jingzhou'), as('editor.jingzhou'), as('reporter.jingzhou')]);
  }, 60_000);
  afterAll(() => server.close());

  it('is null before the first publication; the first version has no changes; every later one lists them by number', async () => {
    expect((await reporter.data<{ charter: null }>(CHARTER)).charter).toBeNull();
    const first = await publish(secretariat, ARTICLES, '联盟章程首次发布');
    expect(first).toMatchObject({ version: 1, changeNote: '联盟章程首次发布', changes: [] });
    expect(first.articles.map((article) => article.number)).toEqual([1, 2, 3]);

    const second = await publish(
      secretariat,
      [
        { number: 4, title: '渠道共享', body: '成员单位互推传播渠道。', area: 'CHANNEL' },
        { ...ARTICLES[0], title: '总则（修订）' },
        { ...ARTICLES[2], area: 'INDUSTRY' },
      ],
      '新增渠道共享条款，删除平台共享条款',
    );
    // Stored in number order, whatever order they were sent in.
    expect(second.articles.map((article) => article.number)).toEqual([1, 3, 4]);
    expect(second.changes.map((change) => [change.number, change.kind, change.title])).toEqual([
      [1, 'CHANGED', '总则（修订）'],
      [2, 'REMOVED', '平台共享'],
      [3, 'CHANGED', '内容共享'],
      [4, 'ADDED', '渠道共享'],
    ]);
    expect(second.changes[0]).toMatchObject({ before: { title: '总则' }, after: { title: '总则（修订）' } });
    expect(second.changes[2]).toMatchObject({ before: { area: 'CONTENT' }, after: { area: 'INDUSTRY' } });
    expect(second.changes[1]!.after).toBeNull();

    // Everyone signed in reads the current version and the history, newest first.
    const current = (await reporter.data<{ charter: CharterResult }>(CHARTER)).charter;
    expect(current).toMatchObject({ version: 2, id: second.id });
    // The secretariat's account details are not a reporter's to read.
    expect(current.publishedBy).toBeNull();
    expect((await secretariat.data<{ charter: CharterResult }>(CHARTER)).charter.publishedBy).toMatchObject({ displayName: expect.any(String) });
    const { charterVersions } = await editor.data<{ charterVersions: { version: number; changes: unknown[] }[] }>(CHARTER_VERSIONS, {});
    expect(charterVersions.map((version) => version.version)).toEqual([2, 1]);
    expect((await editor.data<{ charterVersions: unknown[] }>(CHARTER_VERSIONS, { first: 1 })).charterVersions).toHaveLength(1);
    expect(errorCode(await editor.request(CHARTER_VERSIONS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect((await chief.data<{ charterVersion: CharterResult }>(CHARTER_VERSION, { version: 1 })).charterVersion.articles).toHaveLength(3);
    expect((await chief.data<{ charterVersion: null }>(CHARTER_VERSION, { version: 99 })).charterVersion).toBeNull();

    const audit: { action: string; before: { version: number } | null; after: { version: number; articles: unknown[] } }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'charter_version' ORDER BY id`,
    );
    expect(audit.map((entry) => [entry.action, entry.before?.version ?? null, entry.after.version])).toEqual([
      ['charter.publish', null, 1],
      ['charter.publish', 1, 2],
    ]);
    expect(audit[1]!.after.articles).toHaveLength(3);
  });

  it('tells every active chief editor of an active member, with the change note, and nobody else', async () => {
    const ds = server.database.dataSource;
    const hengyang = await memberIdOf(chief, 'hengyang');
    await ds.query(`UPDATE members SET status = 'SUSPENDED' WHERE id = $1`, [hengyang]);
    try {
      const before = (await charterNotes(chief)).length;
      const countOf = async (sql: string, params: unknown[] = []) => ((await ds.query(sql, params)) as { count: number }[])[0]!.count;
      const notesBefore = await countOf(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'CHARTER_UPDATED'`);
      await publish(secretariat, ARTICLES, '恢复平台共享条款');
      const notesAfter = await countOf(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'CHARTER_UPDATED'`);
      const chiefs = await countOf(
        `SELECT count(*)::int AS count FROM users u JOIN members m ON m.id = u.member_id WHERE u.role = 'CHIEF_EDITOR' AND u.active AND m.status = 'ACTIVE'`,
      );
      expect(chiefs).toBeGreaterThan(5);
      expect(notesAfter - notesBefore).toBe(chiefs);
      const mine = await charterNotes(chief);
      expect(mine).toHaveLength(before + 1);
      expect(mine[0]).toMatchObject({ detail: '恢复平台共享条款', actor: { displayName: expect.any(String) } });
      expect(await charterNotes(editor)).toEqual([]);
      const toSuspended = await countOf(
        `SELECT count(*)::int AS count FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'CHARTER_UPDATED' AND n.detail = '恢复平台共享条款' AND u.member_id = $1`,
        [hengyang],
      );
      expect(toSuspended).toBe(0);
    } finally {
      await ds.query(`UPDATE members SET status = 'ACTIVE' WHERE id = $1`, [hengyang]);
    }
  });

  it('lets only the secretariat publish, and only signed-in people read', async () => {
    const input = { baseVersion: await currentVersion(secretariat), changeNote: '越权', articles: ARTICLES };
    for (const client of [chief, editor, reporter]) expect(errorCode(await client.request(PUBLISH_CHARTER, { input }))).toBe('FORBIDDEN');
    const anonymous = new GraphQLTestClient(server.url);
    expect(errorCode(await anonymous.request(PUBLISH_CHARTER, { input }))).toBe('UNAUTHENTICATED');
    for (const query of [CHARTER, CHARTER_VERSIONS]) expect(errorCode(await anonymous.request(query, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(CHARTER_VERSION, { version: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a stale base, and of two publications from the same base exactly one wins', async () => {
    const base = (await currentVersion(secretariat))!;
    const stale = await secretariat.request(PUBLISH_CHARTER, { input: { baseVersion: base - 1, changeNote: '过期', articles: ARTICLES } });
    expect([errorCode(stale), reasonOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    const none = await secretariat.request(PUBLISH_CHARTER, { input: { baseVersion: null, changeNote: '当作首次', articles: ARTICLES } });
    expect(reasonOf(none)).toBe('STALE_VERSION');

    const racing = await Promise.all(
      [secretariat, secretariat2].map((client, index) =>
        client.request(PUBLISH_CHARTER, { input: { baseVersion: base, changeNote: `并发 ${index}`, articles: ARTICLES.map((article) => ({ ...article, body: `${article.body}（并发 ${index}）` })) } }),
      ),
    );
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(racing.flatMap((result) => (result.errors ? [[errorCode(result), reasonOf(result)]] : []))).toEqual([['CONFLICT', 'STALE_VERSION']]);
    expect(await currentVersion(reporter)).toBe(base + 1);
    const count = (await server.database.dataSource.query(`SELECT count(*)::int AS count FROM charter_versions WHERE version = $1`, [base + 1]) as { count: number }[])[0]!.count;
    expect(count).toBe(1);
  });

  it('refuses articles that do not hold together, naming the field', async () => {
    const refused = async (articles: unknown[], changeNote = '校验') => {
      const result = await secretariat.request(PUBLISH_CHARTER, { input: { baseVersion: await currentVersion(secretariat), changeNote, articles } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return { fields: fieldsOf(result), message: result.errors?.[0]?.message ?? '' };
    };
    expect((await refused([ARTICLES[0], { ...ARTICLES[1], number: 1 }])).fields).toEqual(['articles.1.number']);
    expect((await refused([{ ...ARTICLES[0], number: 0 }])).fields).toEqual(['articles.0.number']);
    expect((await refused([{ ...ARTICLES[0], number: -3 }])).fields).toEqual(['articles.0.number']);
    expect((await refused([{ ...ARTICLES[0], title: '  ' }])).fields).toEqual(['articles.0.title']);
    expect((await refused([{ ...ARTICLES[0], title: '条'.repeat(CHARTER_LIMITS.articleTitle + 1) }])).message).toMatch(/title/);
    expect((await refused([{ ...ARTICLES[0], body: '文'.repeat(CHARTER_LIMITS.articleBody + 1) }])).fields).toEqual(['articles.0.body']);
    expect((await refused([])).fields).toEqual(['articles']);
    const tooMany = Array.from({ length: CHARTER_LIMITS.articles + 1 }, (_, index) => ({ number: index + 1, title: `第${index + 1}条`, body: '正文', area: null }));
    expect((await refused(tooMany)).fields).toEqual(['articles']);
    expect((await refused(ARTICLES, '注'.repeat(CHARTER_LIMITS.changeNote + 1))).fields).toEqual(['changeNote']);
    // A full charter of the largest size is fine.
    const largest = Array.from({ length: CHARTER_LIMITS.articles }, (_, index) => ({ number: index + 1, title: `第${index + 1}条`, body: '正文', area: null }));
    expect((await publish(secretariat, largest)).articles).toHaveLength(CHARTER_LIMITS.articles);
    // A version changing nothing, or one without a note, would tell every chief editor about nothing.
    const same = await secretariat.request(PUBLISH_CHARTER, { input: { baseVersion: await currentVersion(secretariat), changeNote: '再发一次', articles: largest } });
    expect([errorCode(same), reasonOf(same)]).toEqual(['BAD_USER_INPUT', 'CHARTER_UNCHANGED']);
    expect((await refused(ARTICLES, '   ')).fields).toEqual(['changeNote']);
  });
});
