import fs from 'node:fs';
import { errorCode, GraphQLTestClient } from '../../test-support/graphql-client';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../test-support/test-server';
import { QUERY_LIMITS } from '../apollo';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../schema';

describe('the committed schema', () => {
  it('is what the code builds (run `pnpm --filter @yah/server schema:emit` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printAppSchema(await buildAppSchema()));
  });
});

describe.each([
  ['production', 'production'],
  ['development', 'development'],
] as const)('API hardening in %s', (_label, nodeEnv) => {
  let server: TestServer;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    server = await startTestServer('embedded', { NODE_ENV: nodeEnv });
    client = new GraphQLTestClient(server.url);
    await client.signIn('editor.yichang@demo.example', DEMO_PASSWORD);
  }, 60_000);
  afterAll(() => server.close());

  it(nodeEnv === 'production' ? 'refuses introspection' : 'allows introspection for tooling', async () => {
    const result = await client.request(`{ __schema { types { name } } }`);
    if (nodeEnv === 'production') expect(errorCode(result)).toBe('BAD_USER_INPUT');
    else expect(result.errors).toBeUndefined();
  });

  it('refuses queries nested deeper than the limit', async () => {
    expect((await client.request(`{ me { member { province { code } } } }`)).errors).toBeUndefined();
    // Topic → assignments → topic → … cycles: a valid query can nest as deep as anyone likes.
    const nested = Array.from({ length: QUERY_LIMITS.maxDepth / 2 }).reduce<string>((inner) => `assignments { topic { ${inner} } }`, 'id');
    const result = await client.request(`{ topics(first: 1) { nodes { ${nested} } } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.map((error) => error.message).join(' ')).toMatch(/depth/i);
  });

  it('refuses too many aliases in one query', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `p${i}: provinces { code }`).join(' ');
    expect(errorCode(await client.request(`{ ${aliases} }`))).toBe('BAD_USER_INPUT');
  });

  it('answers malformed queries with BAD_USER_INPUT, never a stack trace in production', async () => {
    const result = await client.request(`{ members { nodes { notAField } } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    if (nodeEnv === 'production') {
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
      expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
    }
  });

  it(`defect 4: ${nodeEnv === 'production' ? 'gives no' : 'gives'} "Did you mean" for misspelt enums, fields, arguments and types`, async () => {
    const misspelt = [
      await client.request(`{ topics(filter: { states: [DRAF] }) { totalCount } }`),
      await client.request(`query($states: [TopicState!]) { topics(filter: { states: $states }) { totalCount } }`, { states: ['DRAF'] }),
      await client.request(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayNam: 'x' } }),
      await client.request(`{ me { displayNam } }`),
      await client.request(`{ topics(fist: 1) { totalCount } }`),
      await client.request(`query($filter: TopicFiltr) { topics(filter: $filter) { totalCount } }`),
    ];
    for (const result of misspelt) {
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const messages = result.errors?.map((error) => error.message).join(' ') ?? '';
      if (nodeEnv === 'production') expect(messages).not.toMatch(/Did you mean|DRAFT|displayName|"first"|TopicFilter\b/);
    }
    if (nodeEnv !== 'production') expect(misspelt.filter((result) => /Did you mean/.test(result.errors?.[0]?.message ?? ''))).toHaveLength(misspelt.length);
  });

  it('serves health and readiness', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
