import { randomBytes } from 'node:crypto';
import { errorCode, GraphQLTestClient, type GraphQLResult } from '../../../test-support/graphql-client';
import { closedWith, collectEvents, connected, subscriptionClient } from '../../../test-support/subscription-client';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';
import { SIGN_IN_LIMITS } from '../../auth/sign-in-throttle';
import { CREATE_EVENT, NEW_EVENT, UPDATE_EVENT } from '../../events/__tests__/event-fixtures';

const ISSUE = `mutation($userId: ID!) { issuePasswordReset(userId: $userId) { token path expiresAt account { id email } } }`;
const LINK = `query($token: String!) { passwordResetLink(token: $token) { state displayName } }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendMember(memberId: $id, reason: $reason) { id status statusReason statusChangedAt } }`;
const REACTIVATE = `mutation($id: ID!, $reason: String!) { reactivateMember(memberId: $id, reason: $reason) { id status statusReason } }`;
const NEW_PASSWORD = 'river-reset-password-2026';

const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;
/** A client from its own address, so the address budgets of one test do not touch another's. */
const freshClient = (url: string) => new GraphQLTestClient(url, { 'x-forwarded-for': `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}` });

describe.each(DATABASE_KINDS)('password reset links and member suspension on %s', (kind) => {
  let server: TestServer;
  const as: Record<string, GraphQLTestClient> = {};
  const userIds: Record<string, string> = {};
  const memberIds: Record<string, string> = {};

  const signedIn = async (email: string) => {
    const client = freshClient(server.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    if (!result.data) throw new Error(`${email} could not sign in: ${JSON.stringify(result.errors)}`);
    return client;
  };
  const issue = async (issuer: string, email: string) =>
    (await as[issuer]!.data<{ issuePasswordReset: { token: string; path: string; expiresAt: string } }>(ISSUE, { userId: userIds[email] })).issuePasswordReset;

  beforeAll(async () => {
    server = await startTestServer(kind);
    for (const email of ['secretariat@demo.example', 'chief.changsha@demo.example', 'editor.changsha@demo.example', 'chief.hengyang@demo.example']) as[email] = await signedIn(email);
    const rows: { id: string; email: string }[] = await server.database.dataSource.query(`SELECT id, email FROM users WHERE is_demo`);
    for (const row of rows) userIds[row.email] = row.id;
    const members: { id: string; slug: string }[] = await server.database.dataSource.query(`SELECT id, slug FROM members`);
    for (const row of members) memberIds[row.slug] = row.id;
  }, 60_000);
  afterAll(() => server.close());

  describe('reset links', () => {
    it("lets a chief editor reset their reporter's password with a one-time link that ends the reporter's sessions", async () => {
      const email = 'reporter.changsha@demo.example';
      const reporter = await signedIn(email);
      const link = await issue('chief.changsha@demo.example', email);
      expect(link.path).toBe(`/reset-password/${link.token}`);
      const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);

      const stranger = freshClient(server.url);
      expect((await stranger.data(LINK, { token: link.token })).passwordResetLink).toEqual({ state: 'VALID', displayName: expect.any(String) });
      expect(await stranger.data(RESET, { token: link.token, password: NEW_PASSWORD })).toEqual({ resetPassword: true });

      expect((await reporter.data<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();
      expect(reasonOf(await freshClient(server.url).signIn(email, DEMO_PASSWORD))).toBe('INVALID_CREDENTIALS');
      expect((await freshClient(server.url).signIn(email, NEW_PASSWORD)).data?.signIn.role).toBe('REPORTER');

      // Used once: the same link now says so, and does nothing.
      expect((await stranger.data(LINK, { token: link.token })).passwordResetLink).toEqual({ state: 'USED', displayName: null });
      expect(reasonOf(await stranger.request(RESET, { token: link.token, password: 'another-password-2026' }))).toBe('RESET_LINK_USED');

      const audit: { action: string; actor_user_id: string; after: unknown }[] = await server.database.dataSource.query(
        `SELECT action, actor_user_id, after FROM audit_log WHERE entity_id = $1 AND action IN ('account.issue_password_reset', 'account.reset_password') ORDER BY at, id`,
        [userIds[email]],
      );
      expect(audit.map((row) => [row.action, row.actor_user_id])).toEqual([
        ['account.issue_password_reset', userIds['chief.changsha@demo.example']],
        ['account.reset_password', userIds[email]],
      ]);
      expect(JSON.stringify(audit)).not.toContain(link.token);
      const stored: { token_hash: string }[] = await server.database.dataSource.query(`SELECT token_hash FROM password_resets WHERE user_id = $1`, [userIds[email]]);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.token_hash).not.toContain(link.token);
    });

    it("refuses links for another member's accounts, and to editors; the secretariat issues them for anyone", async () => {
      const target = { userId: userIds['reporter2.changsha@demo.example'] };
      const fromOtherChief = await as['chief.hengyang@demo.example']!.request(ISSUE, target);
      expect(errorCode(fromOtherChief)).toBe('FORBIDDEN');
      expect(errorCode(await as['editor.changsha@demo.example']!.request(ISSUE, target))).toBe('FORBIDDEN');
      expect(errorCode(await freshClient(server.url).request(ISSUE, target))).toBe('UNAUTHENTICATED');
      expect(errorCode(await as['chief.changsha@demo.example']!.request(ISSUE, { userId: userIds['secretariat@demo.example'] }))).toBe('FORBIDDEN');
      expect((await issue('secretariat@demo.example', 'chief.hengyang@demo.example')).token).toHaveLength(43);
    });

    it('invalidates the earlier link when a new one is issued', async () => {
      const email = 'editor.hengyang@demo.example';
      const first = await issue('chief.hengyang@demo.example', email);
      const second = await issue('chief.hengyang@demo.example', email);
      const client = freshClient(server.url);
      expect((await client.data(LINK, { token: first.token })).passwordResetLink).toEqual({ state: 'INVALID', displayName: null });
      expect(reasonOf(await client.request(RESET, { token: first.token, password: NEW_PASSWORD }))).toBe('RESET_LINK_INVALID');
      expect((await client.data(LINK, { token: second.token })).passwordResetLink).toMatchObject({ state: 'VALID' });
    });

    it('withdraws unused links when the account is deactivated or its member suspended: they do not work again after', async () => {
      const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setAccountActive(userId: $id, active: $active) { id active } }`;
      const client = freshClient(server.url);
      const deactivated = await issue('chief.hengyang@demo.example', 'reporter2.hengyang@demo.example');
      await as['chief.hengyang@demo.example']!.data(SET_ACTIVE, { id: userIds['reporter2.hengyang@demo.example'], active: false });
      await as['chief.hengyang@demo.example']!.data(SET_ACTIVE, { id: userIds['reporter2.hengyang@demo.example'], active: true });
      expect((await client.data(LINK, { token: deactivated.token })).passwordResetLink).toEqual({ state: 'INVALID', displayName: null });
      expect(reasonOf(await client.request(RESET, { token: deactivated.token, password: NEW_PASSWORD }))).toBe('RESET_LINK_INVALID');

      const suspended = await issue('secretariat@demo.example', 'reporter2.yueyang@demo.example');
      await as['secretariat@demo.example']!.data(SUSPEND, { id: memberIds.yueyang, reason: '核查期间暂停' });
      await as['secretariat@demo.example']!.data(REACTIVATE, { id: memberIds.yueyang, reason: '核查完毕' });
      expect((await client.data(LINK, { token: suspended.token })).passwordResetLink).toEqual({ state: 'INVALID', displayName: null });
      expect(reasonOf(await client.request(RESET, { token: suspended.token, password: NEW_PASSWORD }))).toBe('RESET_LINK_INVALID');
    });

    it('refuses an expired link and a link that was never issued; a weak password leaves the link usable', async () => {
      const email = 'reporter.hengyang@demo.example';
      const link = await issue('chief.hengyang@demo.example', email);
      const client = freshClient(server.url);
      const weak = await client.request(RESET, { token: link.token, password: 'short' });
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0]?.extensions?.fields).toHaveProperty('newPassword');
      expect((await client.data(LINK, { token: link.token })).passwordResetLink).toMatchObject({ state: 'VALID' });

      await server.database.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [userIds[email]]);
      expect((await client.data(LINK, { token: link.token })).passwordResetLink).toEqual({ state: 'EXPIRED', displayName: null });
      expect(reasonOf(await client.request(RESET, { token: link.token, password: NEW_PASSWORD }))).toBe('RESET_LINK_EXPIRED');
      expect((await freshClient(server.url).signIn(email, DEMO_PASSWORD)).data?.signIn.role).toBe('REPORTER');

      for (const token of ['not-a-link', randomBytes(32).toString('base64url')]) {
        expect((await client.data(LINK, { token })).passwordResetLink).toEqual({ state: 'INVALID', displayName: null });
        expect(reasonOf(await client.request(RESET, { token, password: NEW_PASSWORD }))).toBe('RESET_LINK_INVALID');
      }
    });

    it('lets exactly one of several uses of the same link at once succeed', async () => {
      const email = 'reporter2.hengyang@demo.example';
      const link = await issue('chief.hengyang@demo.example', email);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, n) => freshClient(server.url).request(RESET, { token: link.token, password: `parallel-password-${n}-2026` })),
      );
      const winners = results.flatMap((result, n) => (result.data?.resetPassword ? [n] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => !result.data).map(reasonOf)).toEqual(Array(5).fill('RESET_LINK_USED'));
      expect((await freshClient(server.url).signIn(email, `parallel-password-${winners[0]}-2026`)).data?.signIn.role).toBe('REPORTER');
    });

    it('throttles guesses from one address like sign-in, counted apart from sign-in', async () => {
      const client = freshClient(server.url);
      const guesses = await Promise.all(
        Array.from({ length: SIGN_IN_LIMITS.perAddress + 5 }, () => client.request(RESET, { token: randomBytes(32).toString('base64url'), password: NEW_PASSWORD })),
      );
      const reasons = guesses.map(reasonOf);
      expect(reasons.filter((reason) => reason === 'RESET_LINK_INVALID')).toHaveLength(SIGN_IN_LIMITS.perAddress);
      expect(reasons.filter((reason) => reason === 'TOO_MANY_ATTEMPTS')).toHaveLength(5);
      expect(guesses.find((guess) => reasonOf(guess) === 'TOO_MANY_ATTEMPTS')?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Signing in from the same address is a separate budget.
      expect((await client.signIn('editor.zunyi@demo.example', DEMO_PASSWORD)).data?.signIn.role).toBe('EDITOR');
    });
  });

  describe('suspension', () => {
    it("ends the member's sessions and sockets, refuses its sign-ins with a clear reason, and keeps its history", async () => {
      const memberId = memberIds.changde!;
      const historyBefore: { n: number }[] = await server.database.dataSource.query(
        `SELECT (SELECT count(*) FROM topics WHERE proposer_member_id = $1) + (SELECT count(*) FROM claims c JOIN users u ON u.id = c.reporter_id WHERE u.member_id = $1) AS n`,
        [memberId],
      );
      const { createEvent: event } = await as['chief.hengyang@demo.example']!.data<{ createEvent: { id: string; version: number } }>(CREATE_EVENT, {
        input: { ...NEW_EVENT, invitesAllMembers: false, invitedMemberIds: [memberId] },
      });
      const reporter = await signedIn('reporter.changde@demo.example');
      const socket = subscriptionClient(server.url, reporter.sessionCookie);
      const inbox = collectEvents(socket, `subscription { notificationAdded { kind } }`);
      await connected(socket);
      const closed = closedWith(socket);

      const { suspendMember } = await as['secretariat@demo.example']!.data<{ suspendMember: { status: string; statusReason: string; statusChangedAt: string } }>(SUSPEND, {
        id: memberId,
        reason: '连续两个季度未履行联盟承诺',
      });
      expect(suspendMember).toMatchObject({ status: 'SUSPENDED', statusReason: '连续两个季度未履行联盟承诺' });
      expect((await closed).code).toBe(4401);
      inbox.stop();
      await socket.dispose();
      expect((await reporter.data<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();

      const refused = await freshClient(server.url).signIn('chief.changde@demo.example', DEMO_PASSWORD);
      expect([errorCode(refused), reasonOf(refused)]).toEqual(['UNAUTHENTICATED', 'MEMBER_SUSPENDED']);
      // A wrong password learns nothing about the member.
      expect(reasonOf(await freshClient(server.url).signIn('chief.changde@demo.example', 'wrong-password-2026'))).toBe('INVALID_CREDENTIALS');
      // No reset link gets around it.
      expect(reasonOf(await as['secretariat@demo.example']!.request(ISSUE, { userId: userIds['editor.changde@demo.example'] }))).toBe('MEMBER_SUSPENDED');

      // History stays: the member, marked, in the directory; its rows untouched; the reason for the secretariat only.
      const viewer = as['chief.hengyang@demo.example']!;
      const { member } = await viewer.data<{ member: { status: string; statusReason: string | null } }>(`query($id: ID!) { member(id: $id) { status statusReason } }`, { id: memberId });
      expect(member).toEqual({ status: 'SUSPENDED', statusReason: null });
      const directory = await viewer.data<{ members: { nodes: { id: string; status: string }[] } }>(`{ members(provinceCode: "430000", newsroomsOnly: true) { nodes { id status } } }`);
      expect(directory.members.nodes).toContainEqual({ id: memberId, status: 'SUSPENDED' });
      expect(await server.database.dataSource.query(`SELECT (SELECT count(*) FROM topics WHERE proposer_member_id = $1) + (SELECT count(*) FROM claims c JOIN users u ON u.id = c.reporter_id WHERE u.member_id = $1) AS n`, [memberId])).toEqual(historyBefore);

      const audit: { action: string; after: { status: string; statusReason: string } }[] = await server.database.dataSource.query(
        `SELECT action, after FROM audit_log WHERE entity_id = $1 AND action = 'member.suspend'`,
        [memberId],
      );
      expect(audit).toEqual([{ action: 'member.suspend', after: expect.objectContaining({ status: 'SUSPENDED', statusReason: '连续两个季度未履行联盟承诺' }) }]);

      // An event that invited it before keeps it and can still be changed; nobody names it anew.
      const { updateEvent } = await viewer.data<{ updateEvent: { title: string; invitedMembers: { slug: string }[] } }>(UPDATE_EVENT, {
        id: event.id,
        version: event.version,
        input: { title: '长江岸线生态联合采访（调整）' },
      });
      expect(updateEvent.invitedMembers).toEqual([{ slug: 'changde' }]);
      const invite = await viewer.request(CREATE_EVENT, { input: { ...NEW_EVENT, invitesAllMembers: false, invitedMemberIds: [memberIds.changsha, memberId] } });
      expect(errorCode(invite)).toBe('BAD_USER_INPUT');
      expect(invite.errors?.[0]?.extensions?.fields).toHaveProperty('invitedMemberIds');

      expect(reasonOf(await as['secretariat@demo.example']!.request(SUSPEND, { id: memberId, reason: '再次暂停' }))).toBe('MEMBER_STATUS_UNCHANGED');
      const { reactivateMember } = await as['secretariat@demo.example']!.data<{ reactivateMember: { status: string } }>(REACTIVATE, { id: memberId, reason: '已完成整改' });
      expect(reactivateMember.status).toBe('ACTIVE');
      expect((await freshClient(server.url).signIn('chief.changde@demo.example', DEMO_PASSWORD)).data?.signIn.role).toBe('CHIEF_EDITOR');
      expect(reasonOf(await as['secretariat@demo.example']!.request(REACTIVATE, { id: memberId, reason: '再次恢复' }))).toBe('MEMBER_STATUS_UNCHANGED');
    });

    it('is for the secretariat only, never on the secretariat unit, and always with a reason', async () => {
      const target = { id: memberIds.yueyang, reason: '未按期提交材料' };
      expect(errorCode(await as['chief.hengyang@demo.example']!.request(SUSPEND, target))).toBe('FORBIDDEN');
      expect(errorCode(await as['editor.changsha@demo.example']!.request(SUSPEND, target))).toBe('FORBIDDEN');
      const own = await as['secretariat@demo.example']!.request(SUSPEND, { id: memberIds.secretariat, reason: '测试' });
      expect([errorCode(own), reasonOf(own)]).toEqual(['FORBIDDEN', 'CANNOT_SUSPEND_SECRETARIAT']);
      const blank = await as['secretariat@demo.example']!.request(SUSPEND, { id: memberIds.yueyang, reason: '   ' });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(errorCode(await as['secretariat@demo.example']!.request(SUSPEND, { id: '00000000-0000-4000-8000-000000000000', reason: '不存在' }))).toBe('NOT_FOUND');
      expect((await freshClient(server.url).signIn('chief.yueyang@demo.example', DEMO_PASSWORD)).data?.signIn.role).toBe('CHIEF_EDITOR');
    });
  });
});
