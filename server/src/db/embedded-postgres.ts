import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** The private directory (mode 0700) holding the Unix socket: `pg` connects with `host: socketDir`. */
  socketDir: string;
  /** The number in the socket's name (`.s.PGSQL.<port>`), as `pg` builds it; no TCP port is opened. */
  port: number;
  /** The whole database as a tarball, to start another embedded database from (see `snapshot`). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * The app opens ONE connection to the embedded database. PGlite is a single Postgres session: the
 * socket server's multiplexer keeps a transaction's statements together, but it can interleave the
 * extended-protocol messages (Parse/Bind/Execute) of two clients outside a transaction, and one
 * client's query then runs with the other's parameters. One connection makes that impossible; pg's
 * pool queues the rest, which costs nothing since PGlite runs one statement at a time anyway.
 * (Every query inside a transaction must therefore use the transaction's manager; one that does not
 * waits for the only connection until the connect timeout ends it.)
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The name `pg` gives a socket in its `host` directory is `.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
/** sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included. */
const MAX_SOCKET_PATH = 100;

/**
 * Runs PGlite (Postgres compiled to WASM) inside this process and serves it on a Unix socket in a
 * directory only this user can enter, so the app talks to it through `pg` exactly as it talks to a
 * real PostgreSQL (one driver, one set of migrations) while no other local user or process reaches
 * it: PGlite has no passwords, a TCP port would hand every row to anyone on the machine.
 * `dataDir` null keeps the database in memory (tests) and the socket in a private temporary directory.
 * `snapshot` (a `dumpDataDir` tarball) starts it from a copy of another database instead of an empty one (tests start
 * each server from one migrated, demo-loaded snapshot).
 */
export async function startEmbeddedPostgres(dataDir: string | null, snapshot?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) makePrivateDir(dataDir);
  // The contrib module ships as ESM only in its types; load it at run time.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(snapshot ? { loadDataDir: snapshot } : {}), extensions: { pg_trgm } });
  const { socketDir, temporary } = socketDirFor(dataDir);
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // A socket left by a crashed run would make listen() fail; one PGlite per data dir, so it is ours.
  fs.rmSync(socketPath, { force: true });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: EMBEDDED_POOL_SIZE + 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    socketDir,
    port: SOCKET_PORT,
    dump: () => db.dumpDataDir('none'),
    async close() {
      await server.stop();
      await db.close();
      fs.rmSync(temporary ? socketDir : socketPath, { recursive: true, force: true });
    },
  };
}

function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** `<dataDir>/.socket`, or a fresh private temporary directory when there is no data dir or its path is too long for a socket. */
function socketDirFor(dataDir: string | null): { socketDir: string; temporary: boolean } {
  const inDataDir = dataDir ? path.join(dataDir, '.socket') : null;
  if (inDataDir && path.join(inDataDir, `.s.PGSQL.${SOCKET_PORT}`).length <= MAX_SOCKET_PATH) {
    makePrivateDir(inDataDir);
    return { socketDir: inDataDir, temporary: false };
  }
  // mkdtemp creates the directory with mode 0700.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-pglite-'));
  fs.chmodSync(socketDir, 0o700);
  return { socketDir, temporary: true };
}
