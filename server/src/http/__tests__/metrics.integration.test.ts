import os from 'node:os';
import { DEMO_PASSWORD } from '../../test-support/database-templates';
import { GraphQLTestClient } from '../../test-support/graphql-client';
import { subscriptionClient } from '../../test-support/subscription-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const TOKEN = 'metrics-token-for-the-integration-test';

/** This machine's first non-loopback IPv4 address: a request to it arrives from a non-loopback socket address. */
function outsideAddress(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
  if (!address) throw new Error('this machine has no non-loopback IPv4 address to test a remote scraper from');
  return address.address;
}

/** A sample's value in Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Metrics are counted by the HTTP and GraphQL layers, whatever the database: one embedded server is enough. */
describe('GET /metrics', () => {
  let server: TestServer;
  let port: string;
  const local = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });

  beforeAll(async () => {
    // Listening on every interface, so that a request can come from a non-loopback address of this machine.
    server = await startTestServer('embedded', { HOST: '0.0.0.0', METRICS_TOKEN: TOKEN });
    port = new URL(server.url).port;
  }, 60_000);
  afterAll(() => server.close());

  const scrape = async () => {
    const response = await local('/metrics');
    expect(response.status).toBe(200);
    return response.text();
  };

  it('counts a named operation just run and an error code just provoked, from a loopback scraper', async () => {
    const editor = new GraphQLTestClient(`http://127.0.0.1:${port}`);
    await editor.signIn('editor.jingzhou@demo.example', DEMO_PASSWORD);
    await editor.data('query ProvincesForMetrics { provinces { code } }');
    const refused = await new GraphQLTestClient(`http://127.0.0.1:${port}`).request('query AnonymousClaims { myClaims { totalCount } }');
    const code = refused.errors?.[0]?.extensions?.code;
    expect(code).toBe('UNAUTHENTICATED');
    await editor.request('{ provinces { code } }');
    await editor.request('query Broken { noSuchField }');

    const response = await local('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'yah_graphql_request_duration_seconds_count{operation="ProvincesForMetrics"}')).toBe(1);
    expect(sample(text, 'yah_graphql_request_duration_seconds_count{operation="SignIn"}')).toBe(1);
    expect(sample(text, 'yah_graphql_request_duration_seconds_count{operation="anonymous"}')).toBe(1);
    // A document that does not validate declares nothing the schema knows: its name is not a label.
    expect(sample(text, 'yah_graphql_request_duration_seconds_count{operation="unknown"}')).toBe(1);
    expect(text).not.toContain('operation="Broken"');
    expect(sample(text, 'yah_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(sample(text, 'yah_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    // The database pool, the event loop, live subscribers.
    expect(sample(text, 'yah_db_pool_acquire_seconds_count')).toBeGreaterThan(0);
    expect(sample(text, 'yah_db_pool_waiting_clients')).toBe(0);
    expect(text).toContain('yah_nodejs_eventloop_lag_p99_seconds');
    expect(sample(text, 'yah_live_subscriptions')).toBe(0);
  });

  it('counts the live subscriptions open on this copy', async () => {
    const editor = new GraphQLTestClient(`http://127.0.0.1:${port}`);
    await editor.signIn('editor.hengyang@demo.example', DEMO_PASSWORD);
    const live = subscriptionClient(`http://127.0.0.1:${port}`, editor.sessionCookie);
    const waitFor = async (subscriptions: number) => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if (sample(await scrape(), 'yah_live_subscriptions') === subscriptions) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`yah_live_subscriptions never reached ${subscriptions}`);
    };
    const stop = live.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await waitFor(1);
    expect(sample(await scrape(), 'yah_live_sockets')).toBe(1);
    stop();
    await waitFor(0);
    await live.dispose();
  });

  it('is not there for a scraper beyond this machine without the token (404), and is with it', async () => {
    const remote = `http://${outsideAddress()}:${port}/metrics`;
    const refused = await fetch(remote);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('yah_');
    expect((await fetch(remote, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(404);
    const allowed = await fetch(remote, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('yah_graphql_request_duration_seconds');
  });

  it('is not opened by a forwarded-for header, nor to a loopback request a proxy forwarded', async () => {
    const remote = `http://${outsideAddress()}:${port}/metrics`;
    expect((await fetch(remote, { headers: { 'x-forwarded-for': '127.0.0.1' } })).status).toBe(404);
    expect((await local('/metrics', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(404);
  });
});
