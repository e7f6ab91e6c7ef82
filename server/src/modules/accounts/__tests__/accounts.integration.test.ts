import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id email role active member { slug } } }`;
const SET_ACTIVE = `mutation($userId: ID!, $active: Boolean!) { setAccountActive(userId: $userId, active: $active) { id active } }`;
const ACCOUNTS = `query($memberId: ID!) { memberAccounts(memberId: $memberId, first: 50) { totalCount nodes { id email role active } } }`;
const NEW_PASSWORD = 'new-account-password-2026';

describe.each(DATABASE_KINDS)('accounts and roles on %s', (kind) => {
  let server: TestServer;
  const as: Record<string, GraphQLTestClient> = {};
  const memberIds: Record<string, string> = {};
  let serial = 0;
  const account = (memberSlug: string, role: string) => ({
    memberId: memberIds[memberSlug],
    email: `new${(serial += 1)}.${memberSlug}@example.cn`,
    displayName: '新同事',
    role,
    password: NEW_PASSWORD,
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    for (const email of ['secretariat@demo.example', 'chief.changsha@demo.example', 'editor.changsha@demo.example', 'reporter.changsha@demo.example', 'chief.hengyang@demo.example']) {
      as[email] = new GraphQLTestClient(server.url);
      await as[email].signIn(email, DEMO_PASSWORD);
    }
    const { members } = await as['secretariat@demo.example']!.data<{ members: { nodes: { id: string; slug: string }[] } }>(`{ members(first: 100) { nodes { id slug } } }`);
    for (const member of members.nodes) memberIds[member.slug] = member.id;
  }, 60_000);
  afterAll(() => server.close());

  it('lets the secretariat create an account for any member', async () => {
    const { createAccount } = await as['secretariat@demo.example']!.data<{ createAccount: { member: { slug: string }; role: string } }>(CREATE, { input: account('zunyi', 'EDITOR') });
    expect(createAccount).toMatchObject({ role: 'EDITOR', member: { slug: 'zunyi' } });
  });

  it("lets a chief editor create accounts of their own member only, and never secretariat accounts", async () => {
    const chief = as['chief.changsha@demo.example']!;
    const created = await chief.data<{ createAccount: { email: string } }>(CREATE, { input: account('changsha', 'REPORTER') });
    expect((await new GraphQLTestClient(server.url).signIn(created.createAccount.email, NEW_PASSWORD)).data?.signIn.role).toBe('REPORTER');
    expect(errorCode(await chief.request(CREATE, { input: account('hengyang', 'REPORTER') }))).toBe('FORBIDDEN');
    const secretariatRole = await chief.request(CREATE, { input: account('changsha', 'SECRETARIAT') });
    expect(errorCode(secretariatRole)).toBe('FORBIDDEN');
    expect(secretariatRole.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
  });

  it('keeps the SECRETARIAT role inside the secretariat unit', async () => {
    const result = await as['secretariat@demo.example']!.request(CREATE, { input: account('wuhu', 'SECRETARIAT') });
    expect(result.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    const ok = await as['secretariat@demo.example']!.data<{ createAccount: { role: string } }>(CREATE, { input: account('secretariat', 'SECRETARIAT') });
    expect(ok.createAccount.role).toBe('SECRETARIAT');
  });

  it.each(['editor.changsha@demo.example', 'reporter.changsha@demo.example'])('refuses account management to %s', async (email) => {
    const client = as[email]!;
    expect(errorCode(await client.request(CREATE, { input: account('changsha', 'REPORTER') }))).toBe('FORBIDDEN');
    expect(errorCode(await client.request(ACCOUNTS, { memberId: memberIds.changsha }))).toBe('FORBIDDEN');
  });

  it("shows a member's accounts to its chief editor and the secretariat, not to other chiefs", async () => {
    const own = await as['chief.changsha@demo.example']!.data<{ memberAccounts: { nodes: { email: string }[] } }>(ACCOUNTS, { memberId: memberIds.changsha });
    expect(own.memberAccounts.nodes.map((n) => n.email)).toEqual(expect.arrayContaining(['chief.changsha@demo.example', 'reporter2.changsha@demo.example']));
    expect((await as['secretariat@demo.example']!.data<{ memberAccounts: { totalCount: number } }>(ACCOUNTS, { memberId: memberIds.jingzhou })).memberAccounts.totalCount).toBe(4);
    expect(errorCode(await as['chief.hengyang@demo.example']!.request(ACCOUNTS, { memberId: memberIds.changsha }))).toBe('FORBIDDEN');
  });

  it('refuses a duplicate email with CONFLICT and bad input with the field named', async () => {
    const duplicate = await as['secretariat@demo.example']!.request(CREATE, { input: { ...account('nanjing', 'EDITOR'), email: 'EDITOR.nanjing@demo.example' } });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0]?.extensions?.reason).toBe('EMAIL_TAKEN');
    const bad = await as['secretariat@demo.example']!.request(CREATE, { input: { ...account('nanjing', 'EDITOR'), email: 'not-an-email', password: 'short' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0]?.extensions?.fields ?? {}).sort()).toEqual(['email', 'password']);
  });

  it('deactivates an account: its sessions end at once and it cannot sign in; reactivation restores it', async () => {
    const victim = new GraphQLTestClient(server.url);
    const { data } = await victim.signIn('reporter2.changsha@demo.example', DEMO_PASSWORD);
    const userId = data?.signIn.id;
    const chief = as['chief.changsha@demo.example']!;
    expect(errorCode(await as['chief.hengyang@demo.example']!.request(SET_ACTIVE, { userId, active: false }))).toBe('FORBIDDEN');

    expect((await chief.data<{ setAccountActive: { active: boolean } }>(SET_ACTIVE, { userId, active: false })).setAccountActive.active).toBe(false);
    expect((await victim.data<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    expect(errorCode(await new GraphQLTestClient(server.url).signIn('reporter2.changsha@demo.example', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');

    await chief.data(SET_ACTIVE, { userId, active: true });
    expect((await new GraphQLTestClient(server.url).signIn('reporter2.changsha@demo.example', DEMO_PASSWORD)).data?.signIn.id).toBe(userId);
  });

  it('does not let anyone deactivate themselves', async () => {
    const chief = as['chief.hengyang@demo.example']!;
    const { me } = await chief.data<{ me: { id: string } }>(`{ me { id } }`);
    const result = await chief.request(SET_ACTIVE, { userId: me.id, active: false });
    expect(result.errors?.[0]?.extensions?.reason).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('lets anyone change their own display name and language, validated', async () => {
    const reporter = as['reporter.changsha@demo.example']!;
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale } }`;
    expect((await reporter.data<{ updateProfile: unknown }>(UPDATE, { input: { displayName: '刘记者', locale: 'en' } })).updateProfile).toEqual({ displayName: '刘记者', locale: 'en' });
    expect(errorCode(await reporter.request(UPDATE, { input: { locale: 'fr' } }))).toBe('BAD_USER_INPUT');
    expect((await reporter.data<{ me: { locale: string } }>(`{ me { locale } }`)).me.locale).toBe('en');
  });
});
