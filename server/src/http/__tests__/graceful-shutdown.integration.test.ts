import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from '../../db/embedded-postgres';
import { SERVICE_RESTART_CLOSE_CODE } from '../../graphql/websocket';
import { TOPIC_INPUT } from '../../test-support/coverage-fixtures';
import { databaseUrl, DEMO_PASSWORD, embeddedSnapshot, postgresTemplate, withAdmin } from '../../test-support/database-templates';
import { GraphQLTestClient } from '../../test-support/graphql-client';
import { startServerProcess, type ServerProcess } from '../../test-support/server-process';
import { subscriptionClient } from '../../test-support/subscription-client';
import { DATABASE_KINDS, startTestServer, type DatabaseKind } from '../../test-support/test-server';

const CREATE = `mutation CreateTopic($input: TopicInput!) { createTopic(input: $input) { id title } }`;
const TOPIC = `query Topic($id: ID!) { topic(id: $id) { id title } }`;
/** What the process is promised after SIGTERM (main.ts), checked as a deadline, not measured. */
const EXIT_DEADLINE_MS = 10_000;
const WRITERS = 6;

/** A database of its own that outlives the server process, with the demo alliance in it. */
async function prepareDatabase(kind: DatabaseKind): Promise<{ env: Record<string, string>; remove(): Promise<void> }> {
  if (kind === 'postgres') {
    const name = `yah_test_shutdown_${randomBytes(6).toString('hex')}`;
    const template = postgresTemplate(true);
    await withAdmin((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
    return {
      env: { DATABASE_URL: databaseUrl(name) },
      remove: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-shutdown-'));
  const embedded = await startEmbeddedPostgres(dataDir, embeddedSnapshot(true));
  await embedded.close();
  return { env: { DATA_DIR: dataDir }, remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
    }),
  ]);
}

describe.each(DATABASE_KINDS)('graceful shutdown on SIGTERM (%s)', (kind) => {
  let database: Awaited<ReturnType<typeof prepareDatabase>>;
  let first: ServerProcess | null = null;
  let restarted: ServerProcess | null = null;

  beforeAll(async () => {
    database = await prepareDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    // Both already ended when the test passed; not when it failed half-way.
    await first?.stop();
    await restarted?.stop();
    await database?.remove();
  });

  it('answers every write it took, closes live sockets with 1012 and exits 0 in time; the writes are there after a restart', async () => {
    const server = await startServerProcess({ ...database.env, SEED_DEMO: 'false' });
    first = server;
    const editor = new GraphQLTestClient(server.url);
    await editor.signIn('editor.jingzhou@demo.example', DEMO_PASSWORD);

    const live = subscriptionClient(server.url, editor.sessionCookie);
    const liveClosed = new Promise<number>((resolve) => live.on('closed', (event) => resolve((event as { code: number }).code)));
    const liveConnected = new Promise<void>((resolve) => live.on('connected', () => resolve()));
    live.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await liveConnected;

    // Writers keep creating topics until the server stops taking them; SIGTERM goes out in the middle of the burst.
    const acknowledged: { id: string; title: string }[] = [];
    const refused: string[] = [];
    const answeredWithError: string[] = [];
    let signalled: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;
    const writer = async (index: number) => {
      for (let n = 0; n < 500; n += 1) {
        const title = `停机演练 ${kind} ${index}-${n}`;
        try {
          const result = await editor.request<{ createTopic: { id: string; title: string } }>(CREATE, { input: { ...TOPIC_INPUT, title } });
          if (result.status !== 200 || !result.data) {
            answeredWithError.push(`${result.status} ${JSON.stringify(result.errors)}`);
            return;
          }
          acknowledged.push(result.data.createTopic);
        } catch (error) {
          refused.push(String(error));
          return;
        }
        if (acknowledged.length >= 12 && !signalled) {
          server.signal('SIGTERM');
          signalled = deadline(server.exited, EXIT_DEADLINE_MS, 'the process exiting after SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
    expect(signalled).not.toBeNull();
    const exit = await (signalled as unknown as Promise<{ code: number | null; signal: NodeJS.Signals | null }>);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(await liveClosed).toBe(SERVICE_RESTART_CLOSE_CODE);
    await live.dispose();
    // Every writer ended on a request the stopping server did not take (connection refused or closed): none was
    // answered with an error (a database closed under it), none ran to its loop's end.
    expect(answeredWithError).toEqual([]);
    expect(refused).toHaveLength(WRITERS);
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    restarted = await startServerProcess({ ...database.env, SEED_DEMO: 'false' });
    const reader = new GraphQLTestClient(restarted.url);
    await reader.signIn('editor.jingzhou@demo.example', DEMO_PASSWORD);
    for (const write of acknowledged) {
      const { topic } = await reader.data<{ topic: { id: string; title: string } | null }>(TOPIC, { id: write.id });
      expect(topic).toEqual(write);
    }
  }, 90_000);
});

/** The drain itself, watched from inside one request (the HTTP layer alone: one embedded server is enough). */
describe('while the server drains', () => {
  it('a request in flight is answered, a new connection is refused, and /readyz says 503 on a connection still open', async () => {
    const server = await startTestServer('embedded');
    let closing: Promise<boolean> | null = null;
    try {
      const { port } = new URL(server.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      const received: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      const ended = new Promise((resolve) => socket.once('close', resolve));

      // A GraphQL request whose body is only half sent when the shutdown begins: it is in flight (the server has taken
      // it once it answers "100 Continue").
      const body = JSON.stringify({ query: 'query InFlight { __typename }' });
      const half = Math.floor(body.length / 2);
      socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
      await new Promise<void>((resolve) => {
        const check = () => (Buffer.concat(received).toString('utf8').includes('100 Continue') ? resolve() : socket.once('data', check));
        check();
      });
      received.length = 0;
      socket.write(body.slice(0, half));
      closing = server.close();

      // The listener is closed: a new connection is refused.
      const refused = await new Promise<string>((resolve) => {
        const attempt = net.connect(Number(port), '127.0.0.1');
        attempt.once('connect', () => {
          attempt.destroy();
          resolve('connected');
        });
        attempt.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');

      // The rest of the body, and a readiness probe behind it on the same connection.
      socket.write(`${body.slice(half)}GET /readyz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      await ended;
      const text = Buffer.concat(received).toString('utf8');
      const responses = text.split(/(?=HTTP\/1\.1 )/);
      expect(responses).toHaveLength(2);
      expect(responses[0]).toMatch(/^HTTP\/1\.1 200 /);
      expect(responses[0]).toContain('{"data":{"__typename":"Query"}}');
      expect(responses[1]).toMatch(/^HTTP\/1\.1 503 /);
      expect(responses[1]).toMatch(/\r\nConnection: close\r\n/i);
      expect(responses[1]).toContain('{"status":"draining"}');
      expect(await closing).toBe(true);
    } finally {
      await (closing ?? server.close());
    }
  }, 60_000);
});
