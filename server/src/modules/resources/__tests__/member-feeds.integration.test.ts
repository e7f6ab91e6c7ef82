import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { isRefusedAddress } from '../feed-address';
import { FeedPoller } from '../feed-poller';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** Items whose text carries control and bidi-override characters, and links no piece should point to. */
const DIRTY_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>脏\u0001数据</title>
<item><guid>dirty-1</guid><title>  江豚\u0001回来了\u202Egnp.exe  </title><link>http://127.0.0.1:4200/secret</link><description>第一段\u202E倒序\u0007</description><author>记者 王\u0085明</author></item>
<item><guid>dirty-2</guid><title>长江${'长'.repeat(200)}</title><link>javascript:alert(1)</link><description>简介</description></item>
<item><guid>dirty-3</guid><title>[::1] 链接</title><link>http://[::ffff:7f00:1]/x</link></item>
<item><guid>dirty-4</guid><title>公开链接</title><link> https://jingzhou.example/news/9 </link></item>
</channel></rss>`;

/** A local feed host: an RSS feed, an Atom feed answering conditional GETs, and a broken one. */
function startFeedHost(): Promise<{ url: string; hits: Record<string, number>; close(): Promise<void> }> {
  const hits: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
    if (req.url === '/jingzhou.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(fixture('jingzhou.rss.xml'));
    } else if (req.url === '/wanzhou.atom') {
      if (req.headers['if-none-match'] === '"atom-v1"') res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"atom-v1"' }).end(fixture('wanzhou.atom.xml'));
    } else if (req.url === '/huge') {
      // 3 MB without a content length: the reader must stop at 2 MB by itself.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      for (let i = 0; i < 3; i += 1) res.write(`<!--${'x'.repeat(1024 * 1024)}-->`);
      res.end();
    } else if (req.url === '/dirty.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(DIRTY_RSS);
    } else if (req.url === '/broken') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>维护中</body>');
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

const FEED_FIELDS = 'id url title active themes lastPolledAt lastError itemsIngested nextPollAt member { slug }';
const ADD = `mutation($m: ID!, $input: MemberFeedInput!) { addMemberFeed(memberId: $m, input: $input) { ${FEED_FIELDS} } }`;
const POLL = `mutation($id: ID!) { pollMemberFeed(id: $id) { ${FEED_FIELDS} } }`;
type Feed = { id: string; title: string; lastError: string | null; itemsIngested: number; nextPollAt: string; lastPolledAt: string | null };

interface PieceRow {
  title: string;
  description: string;
  body: string;
  byline: string;
  original_url: string | null;
  themes: string[];
  source: string;
  feed_item_key: string;
  search_body: string;
}

describe.each(DATABASE_KINDS)('member feeds on %s', (kind) => {
  let server: TestServer;
  let host: Awaited<ReturnType<typeof startFeedHost>>;
  let chief: GraphQLTestClient;
  let jingzhou: string;
  const pieces = (feedId: string): Promise<PieceRow[]> =>
    server.database.dataSource.query(
      `SELECT title, description, body, byline, original_url, themes, source, feed_item_key, search_body FROM resources WHERE feed_id = $1 ORDER BY feed_item_key`,
      [feedId],
    );

  beforeAll(async () => {
    [server, host] = await Promise.all([startTestServer(kind, { FEED_ALLOW_PRIVATE_HOSTS: 'true', FEED_POLL_INTERVAL_SECONDS: '0' }), startFeedHost()]);
    chief = await signedIn(server.url, 'chief.jingzhou@demo.example');
    jingzhou = await memberIdOf(chief, 'jingzhou');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await host?.close();
  });

  it('ingests an RSS feed as library pieces — full text where the feed has it, headline-only otherwise — and adds nothing twice', async () => {
    const follower = await signedIn(server.url, 'editor.luzhou@demo.example');
    await follower.data(`mutation { followKeyword(keyword: "江豚") { id } }`);
    const { addMemberFeed } = await chief.data<{ addMemberFeed: Feed }>(ADD, { m: jingzhou, input: { url: `${host.url}/jingzhou.rss`, themes: ['长江大保护'] } });
    expect(addMemberFeed).toMatchObject({ lastError: null, itemsIngested: 0, lastPolledAt: null });
    const first = (await chief.data<{ pollMemberFeed: Feed }>(POLL, { id: addMemberFeed.id })).pollMemberFeed;
    expect(first).toMatchObject({ title: '荆州发布', lastError: '', itemsIngested: 2 });
    expect(new Date(first.nextPollAt).getTime() - new Date(first.lastPolledAt!).getTime()).toBe(15 * 60 * 1000);
    const [full, headline] = await pieces(addMemberFeed.id);
    expect(full).toMatchObject({
      title: '长江岸线修复十年：荆州段重现江豚微笑',
      description: '十年禁渔与岸线修复让荆州江段的江豚种群回升。',
      byline: '张江',
      original_url: 'https://jingzhou.example/news/1001',
      themes: ['长江大保护'],
      source: 'FEED',
      feed_item_key: 'jz-1001',
    });
    expect(full!.body).toBe('<p>记者在荆州观音寺江段看到，<strong>江豚</strong>成群出水。</p><p>岸线修复后，滩涂重新长出芦苇。</p>');
    expect(full!.search_body).toContain('jiangtun');
    expect(headline).toMatchObject({ title: '百家党媒看荆州采访团抵达古城', body: '', byline: '李楚', search_body: '' });
    const inbox = await follower.data<{ notifications: { nodes: { kind: string; detail: string }[] } }>(`{ notifications(first: 5) { nodes { kind detail } } }`);
    expect(inbox.notifications.nodes.filter((note) => note.kind === 'FOLLOWED_PIECE')).toEqual([{ kind: 'FOLLOWED_PIECE', detail: '长江岸线修复十年：荆州段重现江豚微笑' }]);

    const second = (await chief.data<{ pollMemberFeed: Feed }>(POLL, { id: addMemberFeed.id })).pollMemberFeed;
    expect(second).toMatchObject({ lastError: '', itemsIngested: 2 });
    expect(await pieces(addMemberFeed.id)).toHaveLength(2);
    const audit: { after: { added: number } }[] = await server.database.dataSource.query(`SELECT after FROM audit_log WHERE action = 'feed.poll' AND entity_id = $1 ORDER BY id`, [addMemberFeed.id]);
    expect(audit.map((row) => row.after.added)).toEqual([2, 0]);
  });

  it('reads Atom, and asks again with the ETag so an unchanged feed is not downloaded twice', async () => {
    const wanzhouChief = await signedIn(server.url, 'chief.wanzhou@demo.example');
    const wanzhou = await memberIdOf(wanzhouChief, 'wanzhou');
    const { addMemberFeed } = await wanzhouChief.data<{ addMemberFeed: Feed }>(ADD, { m: wanzhou, input: { url: `${host.url}/wanzhou.atom`, themes: [] } });
    expect((await wanzhouChief.data<{ pollMemberFeed: Feed }>(POLL, { id: addMemberFeed.id })).pollMemberFeed).toMatchObject({ title: '三峡融媒', itemsIngested: 2, lastError: '' });
    const [first, second] = await pieces(addMemberFeed.id);
    expect(first).toMatchObject({ title: '万州大瀑布迎来观景季', description: '深秋的万州大瀑布水量充沛，游客络绎不绝。', body: '<p>万州大瀑布位于甘宁镇，<em>落差</em>达六十余米。</p>', byline: '陈峡' });
    expect(second).toMatchObject({ title: '三峡库区柑橘开摘', body: '' });
    expect((await wanzhouChief.data<{ pollMemberFeed: Feed }>(POLL, { id: addMemberFeed.id })).pollMemberFeed).toMatchObject({ itemsIngested: 2, lastError: '' });
    expect(host.hits['/wanzhou.atom']).toBe(2);
    expect(await pieces(addMemberFeed.id)).toHaveLength(2);
  });

  it('records why a broken or missing feed failed instead of failing the request', async () => {
    const broken = (await chief.data<{ addMemberFeed: Feed }>(ADD, { m: jingzhou, input: { url: `${host.url}/broken`, themes: [] } })).addMemberFeed;
    const polled = (await chief.data<{ pollMemberFeed: Feed }>(POLL, { id: broken.id })).pollMemberFeed;
    expect(polled.lastError).toMatch(/not an RSS or Atom feed/);
    expect(polled.itemsIngested).toBe(0);
    const missing = (await chief.data<{ addMemberFeed: Feed }>(ADD, { m: jingzhou, input: { url: `${host.url}/gone.xml`, themes: [] } })).addMemberFeed;
    expect((await chief.data<{ pollMemberFeed: Feed }>(POLL, { id: missing.id })).pollMemberFeed.lastError).toBe('HTTP 404');
    const huge = (await chief.data<{ addMemberFeed: Feed }>(ADD, { m: jingzhou, input: { url: `${host.url}/huge`, themes: [] } })).addMemberFeed;
    expect((await chief.data<{ pollMemberFeed: Feed }>(POLL, { id: huge.id })).pollMemberFeed.lastError).toBe('the feed is larger than 2 MB');
    await chief.data(`mutation($id: ID!) { removeMemberFeed(id: $id) }`, { id: huge.id });
  });

  it('lets only the chief editor of the member or the secretariat manage its feeds, at most five, http(s) only', async () => {
    const editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    const otherChief = await signedIn(server.url, 'chief.hengyang@demo.example');
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const input = { url: `${host.url}/jingzhou.rss`, themes: [] };
    expect(errorCode(await editor.request(ADD, { m: jingzhou, input }))).toBe('FORBIDDEN');
    expect(errorCode(await otherChief.request(ADD, { m: jingzhou, input }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(`query($m: ID!) { memberFeeds(memberId: $m) { id } }`, { m: jingzhou }))).toBe('FORBIDDEN');
    expect(errorCode(await chief.request(ADD, { m: jingzhou, input: { url: 'ftp://jingzhou.example/feed', themes: [] } }))).toBe('BAD_USER_INPUT');
    const feeds = (await secretariat.data<{ memberFeeds: { id: string }[] }>(`query($m: ID!) { memberFeeds(memberId: $m) { id } }`, { m: jingzhou })).memberFeeds;
    expect(feeds).toHaveLength(3);
    const fourth = (await secretariat.data<{ addMemberFeed: Feed }>(ADD, { m: jingzhou, input })).addMemberFeed;
    await chief.data(ADD, { m: jingzhou, input });
    const sixth = await chief.request(ADD, { m: jingzhou, input });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_FEEDS' });
    expect(errorCode(await otherChief.request(POLL, { id: fourth.id }))).toBe('NOT_FOUND');
    const UPDATE = `mutation($id: ID!, $input: MemberFeedInput!) { updateMemberFeed(id: $id, input: $input) { active themes } }`;
    expect((await chief.data<{ updateMemberFeed: unknown }>(UPDATE, { id: fourth.id, input: { ...input, active: false, themes: ['文旅'] } })).updateMemberFeed).toEqual({ active: false, themes: ['文旅'] });
    expect((await chief.data<{ removeMemberFeed: boolean }>(`mutation($id: ID!) { removeMemberFeed(id: $id) }`, { id: fourth.id })).removeMemberFeed).toBe(true);
    expect(errorCode(await chief.request(POLL, { id: fourth.id }))).toBe('NOT_FOUND');
  });

  it('polls due feeds from the background round, one server copy per feed, and refuses private addresses unless configured', async () => {
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const yibin = await memberIdOf(secretariat, 'yibin');
    const feed = (await secretariat.data<{ addMemberFeed: Feed }>(ADD, { m: yibin, input: { url: `${host.url}/jingzhou.rss`, themes: [] } })).addMemberFeed;
    const copies = [0, 1, 2].map(() => new FeedPoller(server.database.dataSource, server.services.pubSub, server.services.follows, { allowPrivateHosts: true }));
    // Three copies run their background round at once: the new feed is due, and exactly one of them polls it.
    await Promise.all(copies.map((copy) => copy.pollDue()));
    const polls: unknown[] = await server.database.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'feed.poll' AND entity_id = $1`, [feed.id]);
    expect(polls).toHaveLength(1);
    expect(await pieces(feed.id)).toHaveLength(2);
    // Polled: not due again for 15 minutes.
    expect(await copies[0]!.poll(feed.id, true)).toBeNull();

    const strict = new FeedPoller(server.database.dataSource, server.services.pubSub, server.services.follows, { allowPrivateHosts: false });
    const local = (await secretariat.data<{ addMemberFeed: Feed }>(ADD, { m: yibin, input: { url: `${host.url}/wanzhou.atom`, themes: [] } })).addMemberFeed;
    const before = host.hits['/wanzhou.atom'] ?? 0;
    expect((await strict.poll(local.id, false))?.lastError).toMatch(/private or local address/);
    expect(host.hits['/wanzhou.atom'] ?? 0).toBe(before);
    expect(isRefusedAddress('10.1.2.3')).toBe(true);
    expect(isRefusedAddress('169.254.169.254')).toBe(true);
    expect(isRefusedAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isRefusedAddress('::ffff:a00:1')).toBe(true);
    expect(isRefusedAddress('::1')).toBe(true);
    expect(isRefusedAddress('2400:3200::1')).toBe(false);
    expect(isRefusedAddress('fd00::1')).toBe(true);
    expect(isRefusedAddress('223.5.5.5')).toBe(false);
  });

  describe('without private hosts allowed', () => {
    let strictServer: TestServer;
    beforeAll(async () => {
      strictServer = await startTestServer(kind, { FEED_POLL_INTERVAL_SECONDS: '0' });
    }, 120_000);
    afterAll(() => strictServer?.close());

    it('feed fetches reach reserved and own addresses (SSRF): refused when added or changed, with a clear reason', async () => {
      const strictChief = await signedIn(strictServer.url, 'chief.jingzhou@demo.example');
      const member = await memberIdOf(strictChief, 'jingzhou');
      const own = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []).map((entry) => (entry.family === 'IPv6' ? `[${entry.address.replace(/%.*$/, '')}]` : entry.address));
      const refused = [
        'http://192.0.2.2:4200/healthz', 'http://198.51.100.1/', 'http://203.0.113.1/', 'http://192.88.99.1/', 'http://[2001:db8::1]/', 'http://[::127.0.0.1]/',
        'http://[::7f00:1]/', 'http://[::ffff:0:7f00:1]/', 'http://[2002:7f00:1::]/', 'http://localhost:4200/', 'http://127.1/', 'http://169.254.169.254/latest',
        ...own.map((address) => `http://${address}:4200/`),
      ];
      for (const url of refused) {
        const result = await strictChief.request(ADD, { m: member, input: { url, themes: [] } });
        expect([url, result.errors?.[0]?.extensions]).toEqual([url, expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'FEED_ADDRESS_REFUSED' })]);
      }
      // A name that does not resolve yet is taken: the feed says why it cannot be read.
      const later = (await strictChief.data<{ addMemberFeed: Feed }>(ADD, { m: member, input: { url: 'https://feeds.jingzhou.invalid/rss', themes: [] } })).addMemberFeed;
      const UPDATE_FEED = `mutation($id: ID!, $input: MemberFeedInput!) { updateMemberFeed(id: $id, input: $input) { url } }`;
      expect((await strictChief.request(UPDATE_FEED, { id: later.id, input: { url: 'http://[::1]:4200/', themes: [] } })).errors?.[0]?.extensions).toMatchObject({ reason: 'FEED_ADDRESS_REFUSED' });
      expect((await strictChief.data<{ pollMemberFeed: Feed }>(POLL, { id: later.id })).pollMemberFeed.lastError).toBe('cannot resolve feeds.jingzhou.invalid');
      // Had the address changed since (DNS, a moved row), the poll refuses it and reads nothing.
      await strictServer.database.dataSource.query(`UPDATE member_feeds SET url = $2 WHERE id = $1`, [later.id, `${host.url}/jingzhou.rss`]);
      const before = host.hits['/jingzhou.rss'] ?? 0;
      expect((await strictChief.data<{ pollMemberFeed: Feed }>(POLL, { id: later.id })).pollMemberFeed.lastError).toMatch(/^refused: 127\.0\.0\.1 is a private or local address, not allowed for a feed/);
      expect(host.hits['/jingzhou.rss'] ?? 0).toBe(before);
    });
  });

  it('feed fetches reach reserved and own addresses (SSRF): a failed connection says what failed', async () => {
    const closed = http.createServer();
    const port = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)));
    await new Promise((done) => closed.close(done));
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const feed = (await secretariat.data<{ addMemberFeed: Feed }>(ADD, { m: await memberIdOf(secretariat, 'wanzhou'), input: { url: `http://127.0.0.1:${port}/rss`, themes: [] } })).addMemberFeed;
    expect((await secretariat.data<{ pollMemberFeed: Feed }>(POLL, { id: feed.id })).pollMemberFeed.lastError).toBe('could not connect to 127.0.0.1 (connection refused)');
  });

  it('feed items skip input validation (defect): their text is cleaned like typed text and a link to a refused address is dropped', async () => {
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const feed = (await secretariat.data<{ addMemberFeed: Feed }>(ADD, { m: await memberIdOf(secretariat, 'luzhou'), input: { url: `${host.url}/dirty.rss`, themes: [] } })).addMemberFeed;
    const polled = (await secretariat.data<{ pollMemberFeed: Feed }>(POLL, { id: feed.id })).pollMemberFeed;
    expect(polled).toMatchObject({ lastError: '', itemsIngested: 4, title: '脏数据' });
    const [first, second, third, fourth] = await pieces(feed.id);
    expect(first).toMatchObject({ title: '江豚回来了gnp.exe', description: '第一段倒序', byline: '记者 王明', original_url: null });
    expect([...second!.title]).toHaveLength(120);
    expect(second!.original_url).toBeNull();
    expect(third!.original_url).toBeNull();
    expect(fourth!.original_url).toBe('https://jingzhou.example/news/9');
  });
});
