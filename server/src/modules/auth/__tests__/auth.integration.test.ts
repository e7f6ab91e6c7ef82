import { randomBytes } from 'node:crypto';
import { DEMO_MEMBERS } from '../../../db/seed/demo-members.data';
import { SIGN_IN_LIMITS } from '../sign-in-throttle';
import { errorCode, GraphQLTestClient, type GraphQLResult } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';

/**
 * A client address of its own (the test server trusts the loopback proxy's X-Forwarded-For), so budgets do not
 * mix, also across runs sharing one Redis. Documentation prefix: only ever a header value, never dialled.
 */
const freshAddress = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
const clientFrom = (url: string, address: string) => new GraphQLTestClient(url, { 'x-forwarded-for': address });
const reasonOf = (result: GraphQLResult<unknown>) => (result.data ? 'SIGNED_IN' : result.errors?.[0]?.extensions?.reason);
const tally = (results: GraphQLResult<unknown>[]) => {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const reason = String(reasonOf(result));
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
};
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

/** The defect-1 checks, against a server whose attempt budgets live in PostgreSQL, PGlite or Redis. */
function throttlingUnderConcurrency(serverOf: () => TestServer, account: () => string) {
  it('defect 1: 60 concurrent wrong passwords on one account: 10 are checked, 50 refused, then the right one too', async () => {
    const url = serverOf().url;
    const email = account();
    const address = freshAddress();
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, n) => clientFrom(url, address).signIn(email, `wrong-guess-${n}`)));
    expect(tally(guesses)).toEqual({ INVALID_CREDENTIALS: SIGN_IN_LIMITS.perAccount, TOO_MANY_ATTEMPTS: 60 - SIGN_IN_LIMITS.perAccount });
    const rightOne = await clientFrom(url, freshAddress()).signIn(email, DEMO_PASSWORD);
    expect(reasonOf(rightOne)).toBe('TOO_MANY_ATTEMPTS');
    expect(rightOne.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(SIGN_IN_LIMITS.windowSeconds - 120);
  }, 60_000);

  it('defect 1: 40 concurrent guesses from one address on 40 accounts: 30 are checked; the right password after them is refused', async () => {
    const url = serverOf().url;
    const address = freshAddress();
    const tag = randomBytes(4).toString('hex');
    const guesses = await Promise.all(Array.from({ length: 40 }, (_, n) => clientFrom(url, address).signIn(`nobody-${tag}-${n}@demo.example`, 'wrong-guess')));
    expect(tally(guesses)).toEqual({ INVALID_CREDENTIALS: SIGN_IN_LIMITS.perAddress, TOO_MANY_ATTEMPTS: 40 - SIGN_IN_LIMITS.perAddress });
    expect(reasonOf(await clientFrom(url, address).signIn('reporter.wuhan@demo.example', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    // Another address is not held back by it.
    expect(reasonOf(await clientFrom(url, freshAddress()).signIn('reporter.wuhan@demo.example', DEMO_PASSWORD))).toBe('SIGNED_IN');
  }, 60_000);
}

const ME = `{ me { email role member { slug } } }`;

describe.each(DATABASE_KINDS)('sessions and sign-in on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 60_000);
  afterAll(() => server.close());

  it('signs in with the demo password and keeps the session in an httpOnly cookie', async () => {
    const client = new GraphQLTestClient(server.url);
    const result = await client.signIn('Chief.Jingzhou@demo.example', DEMO_PASSWORD);
    expect(result.data?.signIn.role).toBe('CHIEF_EDITOR');
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^yah_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await client.data<{ me: { email: string; member: { slug: string } } }>(ME)).me).toMatchObject({
      email: 'chief.jingzhou@demo.example',
      member: { slug: 'jingzhou' },
    });
  });

  it('marks the cookie Secure when the request came over TLS through the proxy', async () => {
    const client = new GraphQLTestClient(server.url, { 'x-forwarded-proto': 'https' });
    const result = await client.signIn('editor.changsha@demo.example', DEMO_PASSWORD);
    expect(result.headers.get('set-cookie')).toMatch(/; Secure/i);
  });

  it('answers a wrong password and an unknown email alike, without saying which', async () => {
    const client = new GraphQLTestClient(server.url);
    const wrongPassword = await client.signIn('editor.hengyang@demo.example', 'not-the-password-at-all');
    const unknownEmail = await client.signIn('nobody@demo.example', DEMO_PASSWORD);
    for (const result of [wrongPassword, unknownEmail]) {
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect((await client.data<{ me: null }>(ME)).me).toBeNull();
  });

  it('throttles an account after repeated failures, even for the right password', async () => {
    const client = clientFrom(server.url, freshAddress());
    const email = 'reporter2.yueyang@demo.example';
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount; attempt += 1) {
      expect((await client.signIn(email, `wrong-password-${attempt}`)).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await client.signIn(email, DEMO_PASSWORD);
    expect(errorCode(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(60);
    // Other accounts are not locked out by it.
    expect((await new GraphQLTestClient(server.url).signIn('reporter.yueyang@demo.example', DEMO_PASSWORD)).data?.signIn.role).toBe('REPORTER');
  });

  it('ends the session on sign-out, server-side: the old cookie no longer works', async () => {
    const client = new GraphQLTestClient(server.url);
    await client.signIn('editor.wuhan@demo.example', DEMO_PASSWORD);
    const stolen = client.sessionCookie;
    expect(await client.data(`mutation { signOut }`)).toEqual({ signOut: true });
    const replay = new GraphQLTestClient(server.url);
    replay.sessionCookie = stolen;
    expect((await replay.data<{ me: null }>(ME)).me).toBeNull();
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const phone = new GraphQLTestClient(server.url);
    const laptop = new GraphQLTestClient(server.url);
    await phone.signIn('reporter.nanjing@demo.example', DEMO_PASSWORD);
    await laptop.signIn('reporter.nanjing@demo.example', DEMO_PASSWORD);
    const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

    const tooShort = await laptop.request(CHANGE, { current: DEMO_PASSWORD, next: 'short' });
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors?.[0]?.extensions?.fields).toHaveProperty('newPassword');
    const wrongCurrent = await laptop.request(CHANGE, { current: 'not-my-password', next: '长江之歌唱响新时代融媒联盟' });
    expect(wrongCurrent.errors?.[0]?.extensions?.reason).toBe('WRONG_CURRENT_PASSWORD');

    await laptop.data(CHANGE, { current: DEMO_PASSWORD, next: '长江之歌唱响新时代融媒联盟' });
    expect((await laptop.data<{ me: { email: string } }>(ME)).me.email).toBe('reporter.nanjing@demo.example');
    expect((await phone.data<{ me: null }>(ME)).me).toBeNull();
    expect(errorCode(await new GraphQLTestClient(server.url).signIn('reporter.nanjing@demo.example', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await new GraphQLTestClient(server.url).signIn('reporter.nanjing@demo.example', '长江之歌唱响新时代融媒联盟')).data?.signIn.role).toBe('REPORTER');
  });

  throttlingUnderConcurrency(() => server, () => 'reporter.yibin@demo.example');

  it('a real user signing in often is never locked out: the right password gives its reservation back', async () => {
    const address = freshAddress();
    for (let n = 0; n < SIGN_IN_LIMITS.perAccount + 2; n += 1) {
      expect(reasonOf(await clientFrom(server.url, address).signIn('editor.yibin@demo.example', DEMO_PASSWORD))).toBe('SIGNED_IN');
    }
  }, 60_000);

  it('a newsroom behind one address signing in at the same instant is not refused: 40 right passwords at once', async () => {
    const address = freshAddress();
    // Accounts the other tests here lock or change are left out.
    const emails = DEMO_MEMBERS.filter((member) => !['yueyang', 'yibin', 'kunming', 'nanjing'].includes(member.slug))
      .slice(5, 25)
      .flatMap((member) => [`reporter.${member.slug}@demo.example`, `reporter2.${member.slug}@demo.example`]);
    const results = await Promise.all(emails.map((email) => clientFrom(server.url, address).signIn(email, DEMO_PASSWORD)));
    expect(tally(results)).toEqual({ SIGNED_IN: emails.length });
  }, 60_000);

  it('defect 1: changePassword checks at most 10 current passwords per account, concurrent or not, sharing the sign-in budget', async () => {
    const email = 'reporter.kunming@demo.example';
    const session = clientFrom(server.url, freshAddress());
    await session.signIn(email, DEMO_PASSWORD);
    const cookie = session.sessionCookie;
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, n) => {
        const tab = new GraphQLTestClient(server.url);
        tab.sessionCookie = cookie;
        return tab.request(CHANGE_PASSWORD, { current: `not-my-password-${n}`, next: '长江之歌唱响新时代融媒联盟' });
      }),
    );
    expect(tally(attempts)).toEqual({ WRONG_CURRENT_PASSWORD: SIGN_IN_LIMITS.perAccount, TOO_MANY_ATTEMPTS: 12 - SIGN_IN_LIMITS.perAccount });
    const rightOne = await session.request(CHANGE_PASSWORD, { current: DEMO_PASSWORD, next: '长江之歌唱响新时代融媒联盟' });
    expect(reasonOf(rightOne)).toBe('TOO_MANY_ATTEMPTS');
    expect(rightOne.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect(reasonOf(await clientFrom(server.url, freshAddress()).signIn(email, DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);

  it('refuses every other operation to a signed-out visitor', async () => {
    const visitor = new GraphQLTestClient(server.url);
    for (const query of [`{ provinces { code } }`, `{ members { totalCount } }`, `mutation { updateProfile(input: { locale: "en" }) { id } }`]) {
      expect(errorCode(await visitor.request(query))).toBe('UNAUTHENTICATED');
    }
  });
});

describe('defect 1 with the attempt budgets in Redis (embedded database)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded', { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' });
  }, 60_000);
  afterAll(() => server.close());

  // Redis outlives the test database: an unknown account of its own per run keeps runs apart.
  const ghost = `ghost-${randomBytes(4).toString('hex')}@demo.example`;
  throttlingUnderConcurrency(() => server, () => ghost);
});
