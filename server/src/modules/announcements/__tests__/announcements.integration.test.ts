import type { DigestDetail } from '@yah/shared';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const HUBEI = '420000';

const POST = `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { id version state important } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAnnouncementInput!) { updateAnnouncement(id: $id, input: $input) { id version title } }`;
const WITHDRAW = `mutation($id: ID!, $version: Int!) { withdrawAnnouncement(id: $id, version: $version) { id state withdrawnAt } }`;
const READ = `mutation($id: ID!) { markAnnouncementRead(id: $id) { id viewerReadAt } }`;
const ONE = `query($id: ID!) { announcement(id: $id) { id title state viewerReadAt recipientCount readMemberCount viewerActions provinces { code } postedBy { displayName } } }`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  announcements(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount unreadCount nodes { id title important } pageInfo { hasNextPage endCursor } }
}`;
const RECEIPTS = `query($id: ID!, $filter: ReceiptFilter!, $first: Int, $after: String) {
  announcementReceipts(id: $id, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { firstReadAt readerCount member { slug } readers { readAt person { displayName } } }
  }
}`;
const INBOX = `query($held: Boolean) { notifications(first: 100, held: $held) { unreadCount nodes { id kind detail readAt announcement { id title } } } }`;
const PREFERENCES = `{ notificationPreferences { kind delivery allowed } }`;
const SET_PREFERENCE = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) { setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery allowed } }`;

interface Receipts {
  announcementReceipts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { firstReadAt: string | null; readerCount: number; member: { slug: string }; readers: { readAt: string; person: { displayName: string } }[] }[];
  };
}
interface Inbox {
  notifications: { unreadCount: number; nodes: { id: string; kind: string; detail: string | null; readAt: string | null; announcement: { id: string; title: string } | null }[] };
}
interface List {
  announcements: { totalCount: number; unreadCount: number; nodes: { id: string; title: string; important: boolean }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const body = (title: string, extra: Record<string, unknown> = {}) => ({ input: { title, body: `${title}\n\n正文第二段。`, audience: 'PROVINCES', provinceCodes: [HUBEI], ...extra } });

describe.each(DATABASE_KINDS)('announcements and notification preferences on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let editorJingzhou: GraphQLTestClient;
  let reporterJingzhou: GraphQLTestClient;
  let chiefJingzhou: GraphQLTestClient;
  let chiefHengyang: GraphQLTestClient;
  let hubeiSlugs: string[];

  const post = async (title: string, extra: Record<string, unknown> = {}) => (await secretariat.data<{ postAnnouncement: { id: string; version: number } }>(POST, body(title, extra))).postAnnouncement;
  const receipts = async (id: string, filter: 'READ' | 'UNREAD', first = 50) => (await secretariat.data<Receipts>(RECEIPTS, { id, filter, first })).announcementReceipts;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [secretariat, editorJingzhou, reporterJingzhou, chiefJingzhou, chiefHengyang] = await Promise.all([
      as('secretariat'),
      as('editor.jingzhou'),
      as('reporter.jingzhou'),
      as('chief.jingzhou'),
      as('chief.hengyang'),
    ]);
    const rows: { slug: string }[] = await server.database.dataSource.query(
      `SELECT slug FROM members WHERE province_code = $1 AND status = 'ACTIVE' AND alliance_role <> 'SECRETARIAT' ORDER BY slug`,
      [HUBEI],
    );
    hubeiSlugs = rows.map((row) => row.slug);
  }, 60_000);
  afterAll(() => server.close());

  it("reaches only the chosen provinces' members, counts a member read when any of its staff opened it, and says who and when", async () => {
    const { id } = await post('关于报送年度融合创新项目的通知');
    // Jingzhou (Hubei) sees it, is told live, and has it unread; Hengyang (Hunan) sees nothing of it.
    const seen = await editorJingzhou.data<List>(LIST, { first: 20 });
    expect(seen.announcements.nodes.map((node) => node.id)).toContain(id);
    expect(seen.announcements.unreadCount).toBeGreaterThanOrEqual(1);
    const told = (await editorJingzhou.data<Inbox>(INBOX)).notifications.nodes.find((note) => note.announcement?.id === id);
    expect(told).toMatchObject({ kind: 'ANNOUNCEMENT_POSTED', detail: '关于报送年度融合创新项目的通知', readAt: null });
    expect((await chiefHengyang.data<List>(LIST, { first: 100 })).announcements.nodes.map((node) => node.id)).not.toContain(id);
    expect((await chiefHengyang.data<{ announcement: null }>(ONE, { id })).announcement).toBeNull();
    expect((await chiefHengyang.data<Inbox>(INBOX)).notifications.nodes.some((note) => note.kind === 'ANNOUNCEMENT_POSTED' && note.detail === '关于报送年度融合创新项目的通知')).toBe(false);
    expect(errorCode(await chiefHengyang.request(READ, { id }))).toBe('NOT_FOUND');

    // Before anyone reads: every Hubei member unread.
    expect((await receipts(id, 'READ')).totalCount).toBe(0);
    const unread = await receipts(id, 'UNREAD');
    expect(unread.nodes.map((node) => node.member.slug).sort()).toEqual(hubeiSlugs);
    expect(unread.nodes.every((node) => node.firstReadAt === null && node.readers.length === 0)).toBe(true);

    // The secretariat opening it counts for nobody.
    await secretariat.data(READ, { id });
    expect((await receipts(id, 'READ')).totalCount).toBe(0);

    const first = (await editorJingzhou.data<{ markAnnouncementRead: { viewerReadAt: string } }>(READ, { id })).markAnnouncementRead.viewerReadAt;
    await editorJingzhou.data(READ, { id }); // twice is once
    await reporterJingzhou.data(READ, { id });
    const read = await receipts(id, 'READ');
    expect(read.totalCount).toBe(1);
    expect(read.nodes[0]).toMatchObject({ member: { slug: 'jingzhou' }, readerCount: 2, firstReadAt: first });
    expect(read.nodes[0]!.readers.map((reader) => reader.readAt)[0]).toBe(first);
    expect(read.nodes[0]!.readers).toHaveLength(2);
    expect((await receipts(id, 'UNREAD')).nodes.map((node) => node.member.slug)).not.toContain('jingzhou');
    expect((await receipts(id, 'UNREAD')).totalCount).toBe(hubeiSlugs.length - 1);

    const counted = (await secretariat.data<{ announcement: { recipientCount: number; readMemberCount: number; viewerActions: string[]; provinces: { code: string }[] } }>(ONE, { id })).announcement;
    expect(counted).toMatchObject({ recipientCount: hubeiSlugs.length, readMemberCount: 1, viewerActions: ['EDIT', 'WITHDRAW', 'SEE_RECEIPTS'], provinces: [{ code: HUBEI }] });
    // Members see no counts and have no actions; the chief editor (who has not opened it) still has it unread.
    expect((await chiefJingzhou.data<{ announcement: { recipientCount: null; viewerActions: string[]; viewerReadAt: null } }>(ONE, { id })).announcement).toMatchObject({
      recipientCount: null,
      viewerActions: [],
      viewerReadAt: null,
    });
    expect((await chiefJingzhou.data<List>(LIST, { unreadOnly: true, first: 100 })).announcements.nodes.map((node) => node.id)).toContain(id);
    expect((await editorJingzhou.data<List>(LIST, { unreadOnly: true, first: 100 })).announcements.nodes.map((node) => node.id)).not.toContain(id);
    // Opening it marks the notification read too.
    expect((await editorJingzhou.data<Inbox>(INBOX)).notifications.nodes.find((note) => note.announcement?.id === id)?.readAt).not.toBeNull();
  });

  it('pages receipts along the river and lists important ones first, page by page', async () => {
    const { id } = await post('全体成员：年会通知', { audience: 'ALL', provinceCodes: null, important: true });
    const all = await receipts(id, 'UNREAD', 100);
    expect(all.totalCount).toBe(36);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: Receipts['announcementReceipts'] = (await secretariat.data<Receipts>(RECEIPTS, { id, filter: 'UNREAD', first: 10, after })).announcementReceipts;
      pages.push(...page.nodes.map((node) => node.member.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(all.nodes.map((node) => node.member.slug));

    const listed = await chiefHengyang.data<List>(LIST, { first: 1 });
    expect(listed.announcements.nodes[0]).toMatchObject({ id, important: true });
    const next = await chiefHengyang.data<List>(LIST, { first: 1, after: listed.announcements.pageInfo.endCursor });
    expect(next.announcements.nodes[0]?.id).not.toBe(id);
    expect(errorCode(await chiefHengyang.request(LIST, { first: 1, after: 'forged' }))).toBe('BAD_USER_INPUT');
  });

  it('is posted, edited, withdrawn and receipted only by the secretariat; a stale edit is CONFLICT; every change is audited', async () => {
    const { id, version } = await post('春季联合采访安排');
    expect(errorCode(await chiefHengyang.request(POST, body('总编辑不能发公告')))).toBe('FORBIDDEN');
    expect(errorCode(await chiefHengyang.request(UPDATE, { id, input: { title: '改', body: '改', version } }))).toBe('FORBIDDEN');
    expect(errorCode(await chiefJingzhou.request(WITHDRAW, { id, version }))).toBe('FORBIDDEN');
    expect(errorCode(await chiefHengyang.request(RECEIPTS, { id, filter: 'READ' }))).toBe('FORBIDDEN');
    expect(errorCode(await chiefJingzhou.request(RECEIPTS, { id, filter: 'READ' }))).toBe('FORBIDDEN');

    const edited = (await secretariat.data<{ updateAnnouncement: { version: number; title: string } }>(UPDATE, { id, input: { title: '春季联合采访安排（更新）', body: '时间调整', version } }))
      .updateAnnouncement;
    expect(edited).toMatchObject({ version: version + 1, title: '春季联合采访安排（更新）' });
    const stale = await secretariat.request(UPDATE, { id, input: { title: '旧版本的修改', body: '旧', version } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
    expect(errorCode(await secretariat.request(WITHDRAW, { id, version }))).toBe('CONFLICT');

    await secretariat.data(WITHDRAW, { id, version: edited.version });
    expect((await editorJingzhou.data<{ announcement: null }>(ONE, { id })).announcement).toBeNull();
    expect((await editorJingzhou.data<List>(LIST, { first: 100 })).announcements.nodes.map((node) => node.id)).not.toContain(id);
    expect((await secretariat.data<{ announcement: { state: string; viewerActions: string[] } }>(ONE, { id })).announcement).toMatchObject({ state: 'WITHDRAWN', viewerActions: ['SEE_RECEIPTS'] });
    const after = await secretariat.request(UPDATE, { id, input: { title: '撤回后', body: '撤回后', version: edited.version + 1 } });
    expect(after.errors?.[0]?.extensions?.reason).toBe('NOT_ALLOWED_IN_STATE');

    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((row) => row.action)).toEqual(['announcement.post', 'announcement.update', 'announcement.withdraw']);
  });

  it('refuses an audience without provinces, an unknown province and over-long text', async () => {
    expect(errorCode(await secretariat.request(POST, body('无省份', { provinceCodes: [] })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await secretariat.request(POST, body('全体却带省份', { audience: 'ALL' })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await secretariat.request(POST, body('未知省份', { provinceCodes: ['990000'] })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await secretariat.request(POST, body('长'.repeat(121))))).toBe('BAD_USER_INPUT');
    expect(errorCode(await secretariat.request(POST, { input: { title: '空正文', body: '  ', audience: 'ALL' } }))).toBe('BAD_USER_INPUT');
  });

  it('honours each person’s delivery: a kind set to the digest is not live, is held, and appears in the next daily digest, once however many copies run it', async () => {
    const preferences = (await editorJingzhou.data<{ notificationPreferences: { kind: string; delivery: string; allowed: string[] }[] }>(PREFERENCES)).notificationPreferences;
    expect(preferences.find((row) => row.kind === 'ANNOUNCEMENT_POSTED')).toEqual({ kind: 'ANNOUNCEMENT_POSTED', delivery: 'LIVE', allowed: ['LIVE', 'DIGEST'] });
    expect(preferences.some((row) => row.kind === 'FOLLOW_DIGEST')).toBe(false);
    const refused = await editorJingzhou.request(SET_PREFERENCE, { kind: 'ANNOUNCEMENT_POSTED', delivery: 'OFF' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('DELIVERY_NOT_ALLOWED');
    expect(errorCode(await editorJingzhou.request(SET_PREFERENCE, { kind: 'FOLLOW_DIGEST', delivery: 'LIVE' }))).toBe('BAD_USER_INPUT');
    await editorJingzhou.data(SET_PREFERENCE, { kind: 'ANNOUNCEMENT_POSTED', delivery: 'DIGEST' });
    await editorJingzhou.data(SET_PREFERENCE, { kind: 'CHARTER_UPDATED', delivery: 'OFF' });

    const [editor]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM users WHERE email = 'editor.jingzhou@demo.example'`);
    const editorId = editor!.id;
    // Who is told live: every NOTIFICATION_ADDED the server publishes while the announcement is posted.
    const pubSub = server.services.pubSub;
    const publish = pubSub.publish;
    const publishAny = publish.bind(pubSub) as (name: string, payload: unknown) => void;
    const announced: string[] = [];
    pubSub.publish = ((name: string, payload: { userId: string }) => {
      if (name === 'NOTIFICATION_ADDED') announced.push(payload.userId);
      publishAny(name, payload);
    }) as unknown as typeof pubSub.publish;
    const { id } = await post('仅在摘要中出现的公告').finally(() => {
      pubSub.publish = publish;
    });
    // Others of Jingzhou hear of it live; the editor does not, and it is not in the editor's inbox, but held for the digest.
    expect(announced.length).toBeGreaterThan(0);
    expect(announced).not.toContain(editorId);
    expect((await reporterJingzhou.data<Inbox>(INBOX)).notifications.nodes.some((note) => note.announcement?.id === id)).toBe(true);
    expect((await editorJingzhou.data<Inbox>(INBOX)).notifications.nodes.some((note) => note.announcement?.id === id)).toBe(false);
    expect((await editorJingzhou.data<Inbox>(INBOX, { held: true })).notifications.nodes.map((note) => note.announcement?.id)).toContain(id);
    // The announcement itself is there all the same.
    expect((await editorJingzhou.data<List>(LIST, { first: 100 })).announcements.nodes.map((node) => node.id)).toContain(id);

    // A kind switched off is not written at all.
    await server.database.dataSource.query(`DELETE FROM charter_versions`);
    await secretariat.data(`mutation { publishCharter(input: { changeNote: "试行", articles: [{ number: 1, title: "总则", body: "联盟章程" }] }) { id } }`);
    const written: { n: number }[] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'CHARTER_UPDATED'`, [editorId]);
    const chiefHeard: { n: number }[] = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'chief.jingzhou@demo.example' AND n.kind = 'CHARTER_UPDATED'`,
    );
    expect(written[0]!.n).toBe(0);
    expect(chiefHeard[0]!.n).toBeGreaterThan(0);

    // Yesterday (alliance time) held it; at 09:00 two copies write the digest at once: one digest, naming the held kind.
    await server.database.dataSource.query(`UPDATE notifications SET created_at = '2027-05-01T10:00:00+08:00' WHERE user_id = $1 AND announcement_id = $2`, [editorId, id]);
    const nine = new Date('2027-05-02T09:00:00+08:00');
    const digester = server.services.notifications;
    expect((await digester.writeDailyDigests(new Date('2027-05-02T07:59:00+08:00'))).length).toBe(0);
    const runs = await Promise.all([digester.writeDailyDigests(nine), digester.writeDailyDigests(nine)]);
    expect(runs.flat().filter((digest) => digest.userId === editorId)).toHaveLength(1);
    expect((await digester.writeDailyDigests(new Date('2027-05-02T22:00:00+08:00'))).filter((digest) => digest.userId === editorId)).toEqual([]);
    const digest = (await editorJingzhou.data<Inbox>(INBOX)).notifications.nodes.filter((note) => note.kind === 'FOLLOW_DIGEST');
    expect(digest).toHaveLength(1);
    expect(JSON.parse(digest[0]!.detail!) as DigestDetail).toEqual({ count: 0, titles: [], held: [{ kind: 'ANNOUNCEMENT_POSTED', count: 1 }] });

    // Back to live: the stored choice goes, today's behaviour returns.
    await editorJingzhou.data(SET_PREFERENCE, { kind: 'ANNOUNCEMENT_POSTED', delivery: 'LIVE' });
    const stored: { n: number }[] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM notification_preferences WHERE user_id = $1`, [editorId]);
    expect(stored[0]!.n).toBe(1);
    const { id: live } = await post('恢复实时提醒后的公告');
    expect((await editorJingzhou.data<Inbox>(INBOX)).notifications.nodes.some((note) => note.announcement?.id === live)).toBe(true);
    const audit: { n: number }[] = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'notification_preference.set' AND entity_id = $1`, [editorId]);
    expect(audit[0]!.n).toBe(3);
  });
});
