import { SIGN_IN_LIMITS } from '../sign-in-throttle';
import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';

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
    const client = new GraphQLTestClient(server.url);
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

  it('refuses every other operation to a signed-out visitor', async () => {
    const visitor = new GraphQLTestClient(server.url);
    for (const query of [`{ provinces { code } }`, `{ members { totalCount } }`, `mutation { updateProfile(input: { locale: "en" }) { id } }`]) {
      expect(errorCode(await visitor.request(query))).toBe('UNAUTHENTICATED');
    }
  });
});
