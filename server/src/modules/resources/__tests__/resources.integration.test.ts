import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { inDays, OFFER, PIECE, pieceAs, republication, REPUBLISH, SEARCH, searchIds, SHARE, sharePiece, UPDATE, WITHDRAW, type SharedResource } from './resource-fixtures';

const NON_CONTENT = {
  area: 'CHANNEL',
  title: '“荆州发布”微信公众号头条推送',
  description: '每月可为联盟成员推送两条长江主题稿件。',
  terms: '须符合公众号定位',
  availability: '工作日',
  contact: '新媒体部 0716-0000000',
  capacityPerPeriod: 2,
  capacityPeriod: 'MONTH',
};

describe.each(DATABASE_KINDS)('the content library and the exchange on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let otherChief: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let hengyang: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [editor, chief, reporter, otherEditor, otherChief, secretariat] = await Promise.all([
      as('editor.jingzhou'),
      as('chief.jingzhou'),
      as('reporter.jingzhou'),
      as('editor.hengyang'),
      as('chief.hengyang'),
      as('secretariat'),
    ]);
    hengyang = await memberIdOf(editor, 'hengyang');
  }, 60_000);
  afterAll(() => server.close());

  it('opens on a living exchange: every member offers something; the library holds the Jingzhou trip, an embargoed piece, a headline-only item and an offered claim', async () => {
    const all = await otherEditor.data<{ resources: { totalCount: number } }>(`{ resources(first: 1) { totalCount } }`);
    const offering: { count: number }[] = await server.database.dataSource.query(
      `SELECT count(DISTINCT owner_member_id)::int AS count FROM resources r JOIN members m ON m.id = r.owner_member_id WHERE r.is_demo AND m.alliance_role <> 'SECRETARIAT'`,
    );
    expect(offering[0]?.count).toBe(36);
    expect(all.resources.totalCount).toBeGreaterThan(36);
    const LIBRARY = `query($filter: ResourceFilter) { resources(filter: $filter, first: 100) { nodes { title source createdAt embargoState headlineOnly body reach { publications views } } } }`;
    type Piece = { title: string; source: string; createdAt: string; embargoState: string; headlineOnly: boolean; body: string | null; reach: { publications: number; views: number } };
    const trip = (await otherEditor.data<{ resources: { nodes: Piece[] } }>(LIBRARY, { filter: { theme: '百家党媒看荆州' } })).resources.nodes;
    expect(trip.length).toBeGreaterThanOrEqual(4);
    for (const piece of trip) expect(piece.createdAt >= '2025-12-16' && piece.createdAt < '2025-12-20').toBe(true);
    expect(trip.find((piece) => piece.title.includes('古城墙'))?.reach).toMatchObject({ publications: 4 });
    const library = (await otherEditor.data<{ resources: { nodes: Piece[] } }>(LIBRARY, { filter: { area: 'CONTENT' } })).resources.nodes;
    expect(library.filter((piece) => piece.embargoState === 'EMBARGOED').map((piece) => piece.body)).toEqual([null]);
    expect(library.filter((piece) => piece.headlineOnly).map((piece) => piece.source)).toEqual(['FEED']);
    expect(library.filter((piece) => piece.source === 'CLAIM')).toHaveLength(1);
  });

  it("lets only a member newsroom's editors and chief editors share, change and withdraw, in their own member's name", async () => {
    expect(errorCode(await reporter.request(`mutation($input: ResourceInput!) { shareResource(input: $input) { id } }`, { input: PIECE }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(`mutation($input: ResourceInput!) { shareResource(input: $input) { id } }`, { input: PIECE }))).toBe('FORBIDDEN');
    const piece = await sharePiece(editor);
    expect(piece).toMatchObject({ version: 1, status: 'ACTIVE', owner: { slug: 'jingzhou' }, viewerActions: ['EDIT', 'WITHDRAW', 'COPY_PACKAGE'] });
    expect((await chief.data<{ shareResource: SharedResource }>(SHARE, { input: NON_CONTENT })).shareResource.owner.slug).toBe('jingzhou');

    for (const outsider of [reporter, otherEditor, otherChief, secretariat]) {
      expect(errorCode(await outsider.request(UPDATE, { id: piece.id, version: 1, input: { ...PIECE, title: '改标题' } }))).toBe('FORBIDDEN');
      expect(errorCode(await outsider.request(WITHDRAW, { id: piece.id }))).toBe('FORBIDDEN');
    }
    const { updateResource } = await chief.data<{ updateResource: { version: number; title: string } }>(UPDATE, { id: piece.id, version: 1, input: { ...PIECE, title: '荆州古城墙：守城人的一天' } });
    expect(updateResource).toEqual({ id: piece.id, version: 2, title: '荆州古城墙：守城人的一天' });
    // An edit that started from version 1 is stale now.
    expect(await editor.request(UPDATE, { id: piece.id, version: 1, input: PIECE })).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] });

    expect((await editor.data<{ withdrawResource: { status: string } }>(WITHDRAW, { id: piece.id })).withdrawResource.status).toBe('WITHDRAWN');
    // Its member still reads it (and lists it on request); nobody else finds it.
    expect((await pieceAs(chief, piece.id))?.id).toBe(piece.id);
    expect(await pieceAs(otherEditor, piece.id)).toBeNull();
    expect(await searchIds(chief, { mine: true })).not.toContain(piece.id);
    expect(await searchIds(chief, { mine: true, includeWithdrawn: true })).toContain(piece.id);
    expect(await searchIds(otherEditor, { memberId: await memberIdOf(editor, 'jingzhou'), includeWithdrawn: true })).not.toContain(piece.id);
    expect(errorCode(await editor.request(UPDATE, { id: piece.id, version: 3, input: PIECE }))).toBe('CONFLICT');

    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'resource' AND entity_id = $1 ORDER BY id`, [piece.id]);
    expect(audit.map((row) => row.action)).toEqual(['resource.share', 'resource.update', 'resource.withdraw']);
  });

  it('refuses what a resource cannot be: library extras on other areas, half a capacity, unknown provinces, a past embargo', async () => {
    const share = (input: Record<string, unknown>) => editor.request(`mutation($input: ResourceInput!) { shareResource(input: $input) { id } }`, { input });
    const refused = async (input: Record<string, unknown>, field: string) =>
      expect((await share(input)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    await refused({ ...NON_CONTENT, body: '<p>正文</p>' }, 'body');
    await refused({ ...NON_CONTENT, embargoUntil: inDays(2) }, 'embargoUntil');
    await refused({ ...NON_CONTENT, capacityPeriod: null }, 'capacityPeriod');
    await refused({ ...PIECE, provinceCodes: ['990000'] }, 'provinceCodes');
    await refused({ ...PIECE, excludedProvinceCodes: ['990000'] }, 'excludedProvinceCodes');
    await refused({ ...PIECE, embargoUntil: inDays(-1) }, 'embargoUntil');
    await refused({ ...PIECE, media: [{ url: 'javascript:alert(1)', kind: 'IMAGE', credit: '摄影' }] }, 'media.0.url');
    // The body is kept sanitised: no scripts, no event handlers.
    const piece = await sharePiece(editor);
    const view = await pieceAs(editor, piece.id);
    expect(view?.body).toBe('<p>清晨六点，守城人沿着城墙巡查。</p><p>古城墙始建于三国时期。</p>');
    expect(view?.package).toMatchObject({ headline: PIECE.title, byline: PIECE.byline, attribution: `来源：荆州市融媒体中心 原文链接：${PIECE.originalUrl}` });
    expect(view?.package?.html).toContain('<figcaption>图片：晨光中的城墙（摄影：李思远）</figcaption>');
    expect(view?.package?.text).toContain('古城墙始建于三国时期。');
  });

  it('embargo can be added after the piece has run: no — once others may read it, only while embargoed may the owner move or lift it', async () => {
    const embargoRefused = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { embargoUntil: expect.any(String) } });
    const edit = (id: string, version: number, embargoUntil: string | null) => editor.request(UPDATE, { id, version, input: { ...PIECE, embargoUntil } });
    const out = await sharePiece(editor, { title: '已发出的稿件' });
    embargoRefused(await edit(out.id, 1, inDays(2)));
    expect((await edit(out.id, 1, null)).errors).toBeUndefined();

    const held = await sharePiece(editor, { title: '禁发中的稿件', embargoUntil: inDays(2) });
    expect((await edit(held.id, 1, inDays(5))).errors).toBeUndefined();
    expect((await edit(held.id, 2, inDays(1))).errors).toBeUndefined();
    embargoRefused(await edit(held.id, 3, inDays(-1)));
    expect((await edit(held.id, 3, null)).errors).toBeUndefined();
    // Lifted by its owner: it is out now, and stays out.
    embargoRefused(await edit(held.id, 4, inDays(2)));

    const lifted = await sharePiece(editor, { title: '禁发期已过的稿件', embargoUntil: inDays(2) });
    await server.database.dataSource.query(`UPDATE resources SET embargo_until = now() - interval '1 minute' WHERE id = $1`, [lifted.id]);
    embargoRefused(await edit(lifted.id, 1, inDays(3)));
    const rows: { embargo_until: Date }[] = await server.database.dataSource.query(`SELECT embargo_until FROM resources WHERE id = $1`, [lifted.id]);
    // Saving the piece unchanged keeps the lifted time: that sets nothing again.
    expect((await edit(lifted.id, 1, rows[0]!.embargo_until.toISOString())).errors).toBeUndefined();
  });

  it('withdrawn pieces leak through requests: no — after withdrawal only the owner member reads the content, by any path', async () => {
    const piece = await sharePiece(editor, { title: '撤回前被申请的稿件' });
    await otherEditor.data(`mutation($id: ID!) { requestResource(resourceId: $id, note: "申请转载") { id } }`, { id: piece.id });
    await editor.data(WITHDRAW, { id: piece.id });
    const REQUESTS = `{ resourceRequests(filter: { direction: OUTGOING }, first: 100) { nodes { resource { id title body byline originalUrl media { url } package { text } } } } }`;
    type Requests = { resourceRequests: { nodes: { resource: { id: string; title: string; body: string | null; byline: string | null; originalUrl: string | null; media: unknown; package: unknown } }[] } };
    const seen = (await otherEditor.data<Requests>(REQUESTS)).resourceRequests.nodes.find((node) => node.resource.id === piece.id);
    expect(seen?.resource).toEqual({ id: piece.id, title: '撤回前被申请的稿件', body: null, byline: null, originalUrl: null, media: null, package: null });
    expect(await pieceAs(otherEditor, piece.id)).toBeNull();
    expect((await pieceAs(editor, piece.id))?.body).toBe('<p>清晨六点，守城人沿着城墙巡查。</p><p>古城墙始建于三国时期。</p>');
  });

  it('minor input gaps: a search with control or bidi characters and a capacity on a library piece are refused, naming the field', async () => {
    for (const search of ['\u202E', 'jing\u202Ezhou', '\u2066', 'a\u0000b']) {
      expect((await otherEditor.request(SEARCH, { filter: { search } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { search: expect.any(String) } });
    }
    expect((await otherEditor.request(SEARCH, { filter: { search: '   ' } })).errors).toBeUndefined();
    const share = (input: Record<string, unknown>) => editor.request(SHARE, { input });
    for (const [input, field] of [
      [{ ...PIECE, capacityPerPeriod: 2, capacityPeriod: 'MONTH' }, 'capacityPerPeriod'],
      [{ ...PIECE, capacityPerPeriod: 2 }, 'capacityPerPeriod'],
      [{ ...PIECE, capacityPeriod: 'WEEK' }, 'capacityPeriod'],
    ] as const) {
      expect((await share(input)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    }
    // A province both covered and excluded stays allowed.
    expect((await share({ ...PIECE, provinceCodes: ['420000'], excludedProvinceCodes: ['420000'] })).errors).toBeUndefined();
  });

  it('the secretariat may no longer request resources: it is refused, told who may', async () => {
    const channel = (await editor.data<{ shareResource: { id: string } }>(SHARE, { input: NON_CONTENT })).shareResource.id;
    const result = await secretariat.request(`mutation($id: ID!) { requestResource(resourceId: $id, note: "秘书处申请") { id } }`, { id: channel });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/editors/i) });
    const piece = await pieceAs(secretariat, channel);
    expect(piece?.viewerActions).not.toContain('REQUEST');
  });

  it('keeps an embargoed body, media, byline, link and package on the server until the embargo lifts, search included', async () => {
    const word = `zq${Date.now().toString(36)}`;
    const piece = await sharePiece(editor, { title: '长江大保护：江豚回来了', body: `<p>独家数据 ${word} 首次公开。</p>`, embargoUntil: inDays(3) });
    const hidden = await pieceAs(otherEditor, piece.id);
    expect(hidden).toMatchObject({ title: '长江大保护：江豚回来了', contentVisible: false, embargoState: 'EMBARGOED', body: null, byline: null, originalUrl: null, media: null, package: null });
    expect(hidden?.viewerActions).toEqual(['REQUEST']);
    expect(await pieceAs(chief, piece.id)).toMatchObject({ contentVisible: true, body: `<p>独家数据 ${word} 首次公开。</p>` });
    expect(errorCode(await otherEditor.request(REPUBLISH, { input: republication(piece.id, hengyang) }))).toBe('FORBIDDEN');

    // Search matches the body only for whoever may read it.
    expect(await searchIds(editor, { search: word })).toEqual([piece.id]);
    expect(await searchIds(otherEditor, { search: word })).toEqual([]);
    expect(await searchIds(otherEditor, { search: '江豚回来了' })).toEqual([piece.id]);
    expect(await searchIds(otherEditor, { embargo: 'EMBARGOED', mine: false })).toContain(piece.id);

    // Hengyang's editor follows Jingzhou (demo data): the follower's notification links the piece, never its body before the embargo.
    const inbox = await otherEditor.data<{ notifications: { nodes: { kind: string; resource: { id: string; body: string | null } | null }[] } }>(
      `{ notifications(first: 5) { nodes { kind resource { id body } } } }`,
    );
    expect(inbox.notifications.nodes.find((note) => note.kind === 'FOLLOWED_PIECE')?.resource).toEqual({ id: piece.id, body: null });

    await server.database.dataSource.query(`UPDATE resources SET embargo_until = now() - interval '1 minute' WHERE id = $1`, [piece.id]);
    const lifted = await pieceAs(otherEditor, piece.id);
    expect(lifted).toMatchObject({ contentVisible: true, embargoState: 'LIFTED', body: `<p>独家数据 ${word} 首次公开。</p>`, byline: PIECE.byline });
    expect(lifted?.viewerActions).toEqual(['REQUEST', 'REPUBLISH', 'COPY_PACKAGE']);
    expect(await searchIds(otherEditor, { search: word })).toEqual([piece.id]);
    expect(await searchIds(otherEditor, { embargo: 'LIFTED' })).toContain(piece.id);
  });

  it('finds pieces in Chinese, pinyin and English, and by area, member, province, theme and date', async () => {
    const piece = await sharePiece(editor, { title: '荆州非遗：楚式漆器的传承人', description: 'Intangible heritage: Chu lacquerware artisans', themes: ['荆州非遗'], cities: ['荆州'] });
    for (const search of ['楚式漆器', 'qiqi', 'chu shi qi qi', 'LACQUERWARE', 'jingzhou']) expect(await searchIds(otherEditor, { search })).toContain(piece.id);
    expect(await searchIds(otherEditor, { search: '衡阳湘江' })).not.toContain(piece.id);
    const jingzhou = await memberIdOf(editor, 'jingzhou');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(await searchIds(otherEditor, { area: 'CONTENT', memberId: jingzhou, provinceCode: '420000', theme: '荆州非遗', from: today, to: today, embargo: 'NONE' })).toEqual([piece.id]);
    expect(await searchIds(otherEditor, { area: 'CHANNEL', theme: '荆州非遗' })).toEqual([]);
    expect(await searchIds(otherEditor, { theme: '荆州非遗', to: '2026-01-01' })).toEqual([]);
  });

  it('one reporter\'s claim can be offered by several members: no — one library piece per claim, owned by the reporter\'s member, offered by the topic\'s or the reporter\'s editors only', async () => {
    const yueyangEditor = await signedIn(server.url, 'editor.yueyang@demo.example');
    const topicId = await approvedTopic(editor, secretariat);
    const assignmentId = await assignmentOn(editor, topicId, await memberIdOf(editor, 'jingzhou'), 1);
    const claimant = await signedIn(server.url, 'reporter.yueyang@demo.example');
    const claimId = (await claimant.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id;
    await claimant.data(`mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "第一段：江豚出水。\\n第二段：巡护员的清晨。", links: ["https://video.example/jiangtun"] }) { id } }`, { id: claimId });
    expect(errorCode(await editor.request(OFFER, { id: claimId }))).toBe('CONFLICT');
    await editor.data(`mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`, { id: claimId });
    await editor.data(`mutation($input: PublicationInput!) { recordPublication(input: $input) { id } }`, {
      input: { claimId, memberId: await memberIdOf(editor, 'jingzhou'), channel: 'APP', url: 'https://jingzhou.example/first-run', publishedAt: new Date().toISOString(), views: 1, shares: 0, likes: 0 },
    });

    for (const outsider of [reporter, otherEditor, secretariat, claimant]) expect(errorCode(await outsider.request(OFFER, { id: claimId }))).toBe('FORBIDDEN');
    const { offerClaimToLibrary: offered } = await editor.data<{
      offerClaimToLibrary: { id: string; source: string; title: string; body: string; byline: string; originalUrl: string; themes: string[]; owner: { slug: string }; sourceTopic: { id: string } };
    }>(OFFER, { id: claimId });
    // The topic's editor (Jingzhou) clicks; the piece is the Yueyang reporter's work, so Yueyang owns it.
    expect(offered).toMatchObject({ source: 'CLAIM', title: '岸线修复现场探访', originalUrl: 'https://jingzhou.example/first-run', owner: { slug: 'yueyang' }, sourceTopic: { id: topicId } });
    expect(offered.body).toBe('<p>第一段：江豚出水。</p><p>第二段：巡护员的清晨。</p><ul><li><a href="https://video.example/jiangtun" rel="noopener noreferrer nofollow">https://video.example/jiangtun</a></li></ul>');
    expect(offered.byline).toMatch(/（岳阳日报社）$/);
    expect(offered.themes).toEqual(['长江大保护', '生态']);
    const offeredBy = await editor.data<{ me: { id: string }; resource: { createdBy: { id: string } } }>(`query($id: ID!) { me { id } resource(id: $id) { createdBy { id } } }`, { id: offered.id });
    expect(offeredBy.resource.createdBy.id).toBe(offeredBy.me.id);
    // Nobody offers it a second time, neither the topic's other editors nor the reporter's own member, even at once.
    const again = await Promise.all([chief, yueyangEditor, editor].map((client) => client.request(OFFER, { id: claimId })));
    for (const result of again) expect(result).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', reason: 'ALREADY_OFFERED' } }] });
    const pieces: { count: number }[] = await server.database.dataSource.query(`SELECT count(*)::int AS count FROM resources WHERE source_claim_id = $1`, [claimId]);
    expect(pieces[0]?.count).toBe(1);
  });

  it("tells the piece's page live of a republication, and reads its body through the embargo rule", async () => {
    const piece = await sharePiece(editor, { title: '荆州企业：智能工厂里的5G' });
    const socket = subscriptionClient(server.url, editor.sessionCookie);
    const events = nextResults<{ resourceChanged: { kind: string; resourceId: string; resource: { reach: { publications: number } } } }>(
      socket,
      `subscription($id: ID!) { resourceChanged(resourceId: $id) { kind resourceId resource { reach { publications } } } }`,
      { id: piece.id },
    );
    await events.ready;
    await otherEditor.data(REPUBLISH, { input: republication(piece.id, hengyang) });
    expect((await events.results)[0]?.resourceChanged).toEqual({ kind: 'REPUBLISHED', resourceId: piece.id, resource: { reach: { publications: 1 } } });
    await socket.dispose();

    const embargoed = await sharePiece(editor, { title: '禁发稿：荆州古城申遗进展', embargoUntil: inDays(2) });
    const otherSocket = subscriptionClient(server.url, otherEditor.sessionCookie);
    const seen = nextResults<{ resourceChanged: { kind: string; resource: { title: string; body: string | null } } }>(
      otherSocket,
      `subscription($id: ID!) { resourceChanged(resourceId: $id) { kind resource { title body } } }`,
      { id: embargoed.id },
    );
    await seen.ready;
    await editor.data(UPDATE, { id: embargoed.id, version: 1, input: { ...PIECE, title: '禁发稿：荆州古城申遗新进展', embargoUntil: inDays(2) } });
    expect((await seen.results)[0]?.resourceChanged).toEqual({ kind: 'UPDATED', resource: { title: '禁发稿：荆州古城申遗新进展', body: null } });
    await otherSocket.dispose();
  });

  it('loads the library page and a piece in the same number of SQL statements whatever their size (no N+1)', async () => {
    const [tongling] = await server.database.dataSource.query(`SELECT id FROM members WHERE slug = 'tongling'`);
    const [author] = await server.database.dataSource.query(`SELECT id FROM users WHERE email = 'editor.tongling@demo.example'`);
    await server.database.dataSource.query(
      `INSERT INTO resources (area, owner_member_id, created_by_id, title, description, body, themes)
       SELECT 'CONTENT', $1, $2, '铜陵稿件 ' || n, '摘要', '<p>正文</p>', ARRAY['statement-count'] FROM generate_series(1, 45) AS n`,
      [tongling.id, author.id],
    );
    const LIBRARY = `query($first: Int) { resources(first: $first, filter: { theme: "statement-count" }) { nodes { id owner { nameZh } createdBy { displayName } reach { views } viewerActions package { html } publications { member { nameZh } } } } }`;
    const statementsFor = async (first: number) => {
      const before = server.queries.count;
      const data = await otherEditor.data<{ resources: { nodes: unknown[] } }>(LIBRARY, { first });
      expect(data.resources.nodes).toHaveLength(first);
      return server.queries.count - before;
    };
    const small = await statementsFor(20);
    expect(await statementsFor(40)).toBe(small);
    expect(small).toBeLessThanOrEqual(10);

    // Newest first, page after page, each piece once (all 45 were created in the same instant).
    const PAGE_IDS = `query($after: String) { resources(first: 20, after: $after, filter: { theme: "statement-count" }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const { resources }: { resources: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await otherEditor.data(PAGE_IDS, { after });
      expect(resources.totalCount).toBe(45);
      seen.push(...resources.nodes.map((node) => node.id));
      expect(resources.pageInfo.hasNextPage).toBe(page < 2);
      after = resources.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(45);

    const piece = await sharePiece(editor, { title: '衡阳转载量统计稿' });
    const PAGE = `query($id: ID!) { resource(id: $id) { id body package { text } owner { nameZh } sourceTopic { id } reach { views members } publications { url member { nameZh } } viewerActions } }`;
    const pageStatements = async () => {
      const before = server.queries.count;
      await otherEditor.data(PAGE, { id: piece.id });
      return server.queries.count - before;
    };
    const republished = (count: number) =>
      server.database.dataSource.query(
        `INSERT INTO publications (resource_id, member_id, channel, url, published_at, views, recorded_by_id)
         SELECT $1, m.id, 'APP', 'https://x.example/' || m.slug || n, now(), 10, $2
           FROM generate_series(1, $3::int) AS n, (SELECT id, slug FROM members WHERE slug <> 'jingzhou' AND slug <> 'secretariat' ORDER BY slug LIMIT 5) m`,
        [piece.id, author.id, count],
      );
    await republished(1);
    const few = await pageStatements();
    await republished(5);
    expect(await pageStatements()).toBe(few);
  });
});
