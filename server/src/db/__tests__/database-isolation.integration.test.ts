import fs from 'node:fs';
import path from 'node:path';
import { inTransaction } from '../../common/transaction';
import { errorCode } from '../../test-support/graphql-client';
import { signedIn } from '../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../test-support/test-server';

const TIMEOUT_MS = 1500;

/** TCP ports this process listens on (Linux: its socket inodes matched against /proc/net/tcp{,6} in state LISTEN). */
function listeningTcpPorts(): number[] {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    const link = (() => {
      try {
        return fs.readlinkSync(path.join('/proc/self/fd', fd));
      } catch {
        return '';
      }
    })();
    const match = /^socket:\[(\d+)\]$/.exec(link);
    if (match?.[1]) inodes.add(match[1]);
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const [localAddress, state, inode] = [columns[1], columns[3], columns[9]];
      if (state === '0A' && inode && inodes.has(inode) && localAddress) ports.add(parseInt(localAddress.split(':')[1] ?? '0', 16));
    }
  }
  return [...ports].sort((a, b) => a - b);
}

describe.each(DATABASE_KINDS)('defect 9: the database is reachable only by the app, and nothing waits on it forever, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { DB_CONNECT_TIMEOUT_MS: String(TIMEOUT_MS), DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
  }, 60_000);
  afterAll(() => server.close());

  it('opens no database listener on a TCP port (embedded: a Unix socket in a 0700 directory)', async () => {
    const { socketDir } = server.database;
    if (kind === 'embedded') {
      expect(socketDir).not.toBeNull();
      expect(fs.statSync(socketDir!).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(socketDir!, '.s.PGSQL.5432')).isSocket()).toBe(true);
    } else {
      expect(socketDir).toBeNull();
    }
    const httpPort = Number(new URL(server.url).port);
    expect(listeningTcpPorts()).toEqual([httpPort]);
  });

  it('fails a query that cannot get a connection or runs too long with a clean error, not a hang', async () => {
    const { dataSource } = server.database;
    const started = Date.now();
    if (kind === 'postgres') {
      expect(await dataSource.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: `${TIMEOUT_MS}ms` }]);
      expect(await dataSource.query(`SHOW idle_in_transaction_session_timeout`)).toEqual([{ idle_in_transaction_session_timeout: '1min' }]);
      await expect(dataSource.query(`SELECT pg_sleep(3600)`)).rejects.toMatchObject({ driverError: { code: '57014' } });
    } else {
      // PGlite runs in this thread and cannot be interrupted; what waits there is a query queued behind the
      // one connection, held here by a transaction: it gives up after the connect timeout.
      await expect(
        inTransaction(dataSource, server.services.pubSub, async (manager) => {
          await manager.query(`SELECT 1`);
          await dataSource.query(`SELECT 1`); // a forgotten manager
        }),
      ).rejects.toThrow(/timeout/i);
    }
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5000);
  }, 20_000);

  it('answers a request that cannot reach the database in time with an error, not a hang', async () => {
    const client = await signedIn(server.url, 'editor.jingzhou@demo.example');
    const { dataSource } = server.database;
    const started = Date.now();
    const result = await inTransaction(dataSource, server.services.pubSub, async (manager) => {
      // Hold the one connection (PGlite) or lock the row the request needs (PostgreSQL).
      await manager.query(`SELECT id FROM users WHERE email = 'editor.jingzhou@demo.example' FOR UPDATE`);
      return client.request(`mutation { updateProfile(input: { displayName: "荆州编辑" }) { id } }`);
    });
    expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5000);
    // And the app is fine afterwards.
    expect((await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id).toBeTruthy();
  }, 20_000);
});
