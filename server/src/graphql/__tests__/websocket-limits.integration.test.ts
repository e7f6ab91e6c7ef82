import type { Client } from 'graphql-ws';
import { signedIn } from '../../test-support/coverage-fixtures';
import WebSocket from 'ws';
import { errorCode } from '../../test-support/graphql-client';
import { closedWith, connected, subscriptionClient } from '../../test-support/subscription-client';
import { LIVE_LIMITS, TOO_MANY_SOCKETS_CLOSE_CODE } from '../websocket';
import { QUERY_LIMITS } from '../apollo';
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

/** Keeps a subscription open (it never completes while the server lives); resolves its error, if refused. */
function holdOpen(client: Client, query = 'subscription { notificationAdded { id } }'): Promise<SocketError[]> {
  return new Promise((resolve) => {
    client.subscribe({ query }, { next: () => undefined, error: (error) => resolve(Array.isArray(error) ? (error as SocketError[]) : []), complete: () => resolve([]) });
  });
}

describe.each(DATABASE_KINDS)('the WebSocket serves subscriptions only, within the HTTP limits (production, %s)', (kind) => {
  let server: TestServer;
  let client: Client;
  let cookie: string | null;
  beforeAll(async () => {
    server = await startTestServer(kind, { NODE_ENV: 'production' });
    const editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    cookie = editor.sessionCookie;
    client = subscriptionClient(server.url, cookie);
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

  it(`takes at most ${LIVE_LIMITS.subscriptionsPerSocket} subscriptions on one socket: each event runs once per subscription`, async () => {
    const busy = subscriptionClient(server.url, cookie);
    const open = Array.from({ length: LIVE_LIMITS.subscriptionsPerSocket }, () => holdOpen(busy));
    await connected(busy);
    const refused = await holdOpen(busy);
    expect(refused[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused[0]!.message).toMatch(/At most/);
    // The ones within the limit stay open: none was answered.
    const settled = await Promise.race([Promise.any(open).then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('open'), 300))]);
    expect(settled).toBe('open');
    await busy.dispose();
  });

  it(`takes at most ${LIVE_LIMITS.socketsPerSession} sockets of one session`, async () => {
    const tabs = Array.from({ length: LIVE_LIMITS.socketsPerSession }, () => subscriptionClient(server.url, cookie));
    await Promise.all(tabs.map(async (tab) => {
      void holdOpen(tab);
      await connected(tab);
    }));
    const oneTooMany = subscriptionClient(server.url, cookie);
    const closed = closedWith(oneTooMany);
    void holdOpen(oneTooMany);
    expect((await closed).code).toBe(TOO_MANY_SOCKETS_CLOSE_CODE);
    await Promise.all([...tabs, oneTooMany].map((tab) => tab.dispose()));
  });

  it('closes a socket sent a message larger than an HTTP request may be', async () => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie: cookie ?? '' } });
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { junk: 'x'.repeat(QUERY_LIMITS.maxBodyBytes + 1) } }));
    expect(await closed).toBe(1009);
  });

  it('answers a subscription sent over HTTP with BAD_USER_INPUT, not a server error', async () => {
    const editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    const answer = await editor.request('subscription { notificationAdded { id } }');
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
  });
});
