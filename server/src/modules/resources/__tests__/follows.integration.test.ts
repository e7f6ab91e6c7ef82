import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import type { AppEvent } from '../../../common/events';
import type { ResourceEntity } from '../resource.entity';
import type { DigestDetail } from '@yah/shared';
import { insertResource } from './resource-fixtures';

const FOLLOW_MEMBER = `mutation($id: ID!) { followMember(memberId: $id) { id kind keyword member { slug } } }`;
const FOLLOW_KEYWORD = `mutation($k: String!) { followKeyword(keyword: $k) { id kind keyword member { slug } } }`;
const PIECES = `{ notifications(first: 20) { nodes { kind detail } } }`;
type Inbox = { notifications: { nodes: { kind: string; detail: string | null }[] } };

describe.each(DATABASE_KINDS)('follows and the daily digest on %s', (kind) => {
  let server: TestServer;
  let yibin: GraphQLTestClient;
  let changsha: GraphQLTestClient;
  let jingzhouEditor: GraphQLTestClient;
  let jingzhou: string;

  /** A piece arriving, as the library (or the feed poller) announces it: in its transaction, through the listener. */
  const arrive = async (fields: Partial<ResourceEntity> & Pick<ResourceEntity, 'title'>, owner = 'jingzhou') => {
    const piece = await insertResource(server.database.dataSource, owner, { area: 'CONTENT', ...fields });
    const events: AppEvent[] = [];
    await server.database.dataSource.transaction((manager) => server.services.follows.notifyFollowersOfPiece(manager, (event) => events.push(event), piece));
    return { piece, events };
  };
  const followedPieces = async (client: GraphQLTestClient) => (await client.data<Inbox>(PIECES)).notifications.nodes.filter((note) => note.kind === 'FOLLOWED_PIECE').map((note) => note.detail);

  beforeAll(async () => {
    server = await startTestServer(kind);
    [yibin, changsha, jingzhouEditor] = await Promise.all(['editor.yibin', 'editor.changsha', 'editor.jingzhou'].map((name) => signedIn(server.url, `${name}@demo.example`))) as [
      GraphQLTestClient,
      GraphQLTestClient,
      GraphQLTestClient,
    ];
    jingzhou = await memberIdOf(yibin, 'jingzhou');
  }, 120_000);
  afterAll(() => server?.close());

  it('follows members and keywords idempotently, lower-cased, and only one’s own can be unfollowed', async () => {
    const first = (await yibin.data<{ followMember: { id: string } }>(FOLLOW_MEMBER, { id: jingzhou })).followMember;
    expect(first).toMatchObject({ kind: 'MEMBER', keyword: null, member: { slug: 'jingzhou' } });
    expect((await yibin.data<{ followMember: { id: string } }>(FOLLOW_MEMBER, { id: jingzhou })).followMember.id).toBe(first.id);
    const keyword = (await yibin.data<{ followKeyword: { id: string; keyword: string } }>(FOLLOW_KEYWORD, { k: '  长江 ' })).followKeyword;
    expect(keyword).toMatchObject({ kind: 'KEYWORD', keyword: '长江', member: null });
    expect((await yibin.data<{ followKeyword: { id: string } }>(FOLLOW_KEYWORD, { k: '长江' })).followKeyword.id).toBe(keyword.id);
    const dolphin = (await yibin.data<{ followKeyword: { id: string; keyword: string } }>(FOLLOW_KEYWORD, { k: 'Finless Porpoise' })).followKeyword;
    expect(dolphin.keyword).toBe('finless porpoise');
    expect(errorCode(await yibin.request(FOLLOW_KEYWORD, { k: '江' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await yibin.request(FOLLOW_KEYWORD, { k: 'x'.repeat(31) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await jingzhouEditor.request(FOLLOW_MEMBER, { id: jingzhou }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await yibin.request(FOLLOW_MEMBER, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const UNFOLLOW = `mutation($id: ID!) { unfollow(id: $id) }`;
    expect((await changsha.data<{ unfollow: boolean }>(UNFOLLOW, { id: dolphin.id })).unfollow).toBe(false);
    expect((await yibin.data<{ unfollow: boolean }>(UNFOLLOW, { id: dolphin.id })).unfollow).toBe(true);
    const mine = (await yibin.data<{ myFollows: { id: string }[] }>(`{ myFollows { id kind keyword member { slug } } }`)).myFollows;
    expect(mine.map((follow) => follow.id)).toEqual([first.id, keyword.id]);
  });

  it('followMember(secretariat) is refused: only newsroom members publish pieces', async () => {
    const secretariat = await memberIdOf(yibin, 'secretariat');
    const result = await yibin.request(FOLLOW_MEMBER, { id: secretariat });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toMatch(/newsroom members/);
    expect((await yibin.data<{ myFollows: { member: { slug: string } | null }[] }>(`{ myFollows { member { slug } } }`)).myFollows.map((follow) => follow.member?.slug)).not.toContain('secretariat');
  });

  it('keeps each person to 50 follows, even asked at once', async () => {
    const reporter = await signedIn(server.url, 'reporter.luzhou@demo.example');
    const results = await Promise.all(Array.from({ length: 55 }, (_, i) => reporter.request(FOLLOW_KEYWORD, { k: `关键词${i}` })));
    expect(results.filter((result) => !result.errors)).toHaveLength(50);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'TOO_MANY_FOLLOWS')).toHaveLength(5);
    expect((await reporter.data<{ myFollows: unknown[] }>(`{ myFollows { id } }`)).myFollows).toHaveLength(50);
  });

  it('tells each follower once of a matching new piece, never the owner member’s own people, and keeps an embargoed body out of the match', async () => {
    await changsha.data(FOLLOW_KEYWORD, { k: '江豚' });
    await jingzhouEditor.data(FOLLOW_KEYWORD, { k: '长江' });
    // Yibin's editor follows Jingzhou and 长江: both match, one notification.
    const { piece, events } = await arrive({ title: '长江岸线修复：江豚回来了', description: '荆州江段生态修复', body: '<p>正文</p>' });
    expect(await followedPieces(yibin)).toEqual(['长江岸线修复：江豚回来了']);
    expect(await followedPieces(changsha)).toEqual(['长江岸线修复：江豚回来了']);
    expect(await followedPieces(jingzhouEditor)).toEqual([]);
    // Announced live after commit, one event per notification written (the demo's follows of Jingzhou count too).
    const written: { user_id: string }[] = await server.database.dataSource.query(`SELECT user_id FROM notifications WHERE resource_id = $1 AND kind = 'FOLLOWED_PIECE'`, [piece.id]);
    expect(events.map((event) => event.payload).map((payload) => (payload as { userId: string }).userId).sort()).toEqual(written.map((row) => row.user_id).sort());
    const ownPeople: unknown[] = await server.database.dataSource.query(
      `SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.resource_id = $1 AND u.member_id = $2`,
      [piece.id, jingzhou],
    );
    expect(ownPeople).toEqual([]);
    // Announced twice (e.g. a retried transaction): still once each.
    await server.database.dataSource.transaction((manager) => server.services.follows.notifyFollowersOfPiece(manager, () => undefined, piece));
    expect(await followedPieces(changsha)).toHaveLength(1);

    await arrive({ title: '库区新闻', description: '摘要', body: '<p>江豚出没</p>', embargoUntil: new Date(Date.now() + 86_400_000) }, 'wanzhou');
    expect(await followedPieces(changsha)).toHaveLength(1);
    await arrive({ title: '库区新闻二', description: '摘要', body: '<p>江豚出没</p>' }, 'wanzhou');
    expect(await followedPieces(changsha)).toEqual(['库区新闻二', '长江岸线修复：江豚回来了']);
    // Not library pieces: no one hears of them this way.
    await arrive({ title: '长江 转播车', area: 'TECH_SERVICE' });
    expect(await followedPieces(yibin)).toHaveLength(1);
  });

  it('writes one digest per person for the previous alliance day, from 08:00 on, once however many copies run it', async () => {
    const [user]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM users WHERE email = 'reporter.yibin@demo.example'`);
    const insert = (title: string, at: string) =>
      server.database.dataSource.query(`INSERT INTO notifications (user_id, kind, detail, created_at) VALUES ($1, 'FOLLOWED_PIECE', $2, $3)`, [user!.id, title, at]);
    await insert('前一天的稿件', '2027-03-09T23:59:00+08:00');
    await insert('第一篇', '2027-03-10T00:00:00+08:00');
    await insert('第二篇', '2027-03-10T12:00:00+08:00');
    await insert('第三篇', '2027-03-10T18:00:00+08:00');
    await insert('第四篇', '2027-03-10T23:59:59+08:00');
    await insert('当天的稿件', '2027-03-11T00:00:00+08:00');
    const digester = server.services.notifications;
    expect(await digester.writeDailyDigests(new Date('2027-03-11T07:59:00+08:00'))).toEqual([]);
    const nine = new Date('2027-03-11T09:00:00+08:00');
    const runs = await Promise.all([digester.writeDailyDigests(nine), digester.writeDailyDigests(nine), digester.writeDailyDigests(new Date('2027-03-11T21:00:00+08:00'))]);
    expect(runs.flat().filter((digest) => digest.userId === user!.id)).toHaveLength(1);
    expect((await digester.writeDailyDigests(new Date('2027-03-11T23:50:00+08:00'))).filter((digest) => digest.userId === user!.id)).toEqual([]);
    const digests: { detail: string }[] = await server.database.dataSource.query(`SELECT detail FROM notifications WHERE user_id = $1 AND kind = 'FOLLOW_DIGEST'`, [user!.id]);
    expect(digests.map((row) => JSON.parse(row.detail) as DigestDetail)).toEqual([{ count: 4, titles: ['第一篇', '第二篇', '第三篇'] }]);
  });
});
