import type { Client } from 'graphql-ws';
import { signedIn } from '../../test-support/coverage-fixtures';
import { subscriptionClient } from '../../test-support/subscription-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../test-support/test-server';

interface SocketError {
  message: string;
  extensions?: { code?: string };
}

/** The errors the server answers an operation sent over the socket with (or none, if it ran). */
function socketErrors(client: Client, query: string): Promise<SocketError[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer over the socket within 5 s')), 5_000);
    const finish = (errors: SocketError[]) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(errors);
    };
    const unsubscribe = client.subscribe(
      { query },
      {
        next: (result) => finish((result.errors as SocketError[] | undefined) ?? []),
        error: (error) => (Array.isArray(error) ? finish(error as SocketError[]) : reject(error instanceof Error ? error : new Error(String(error)))),
        complete: () => finish([]),
      },
    );
  });
}

const deepSubscription = `subscription { openAssignmentsChanged { topic { assignments { topic { assignments { topic { assignments { topic { assignments { topic { assignments { id } } } } } } } } } } } }`;

describe.each(DATABASE_KINDS)('the WebSocket serves subscriptions only, within the HTTP limits (production, %s)', (kind) => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer(kind, { NODE_ENV: 'production' });
    const editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    client = subscriptionClient(server.url, editor.sessionCookie);
  }, 60_000);
  afterAll(async () => {
    await client.dispose();
    await server.close();
  });

  it.each([
    ['a query', '{ me { id email } }'],
    ['a mutation', 'mutation { markAllNotificationsRead }'],
    ['introspection', '{ __schema { types { name } } }'],
  ])('refuses %s: it belongs on HTTP, where the limits and production settings apply', async (_label, query) => {
    const errors = await socketErrors(client, query);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors[0]!.message).toMatch(/Only subscriptions/);
  });

  it('refuses a subscription nested deeper than the HTTP limit', async () => {
    const errors = await socketErrors(client, deepSubscription);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.message).join(' ')).toMatch(/depth/i);
    expect(errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('gives no field suggestions in production', async () => {
    const errors = await socketErrors(client, 'subscription { notificationAddd { id } }');
    expect(errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(errors)).not.toMatch(/Did you mean|notificationAdded/);
  });
});
