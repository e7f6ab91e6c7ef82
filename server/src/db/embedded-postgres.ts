import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedWorkerData, EmbeddedWorkerReply, EmbeddedWorkerRequest } from './embedded-postgres.worker';

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
 * PGlite and its socket server run in a worker thread (embedded-postgres.worker.ts): its WASM executes a statement
 * while the main thread goes on with GraphQL, as a real PostgreSQL works in processes of its own. Under 50 clients it
 * took half of the main thread's time.
 * `dataDir` null keeps the database in memory (tests) and the socket in a private temporary directory.
 * `snapshot` (a `dumpDataDir` tarball) starts it from a copy of another database instead of an empty one (tests start
 * each server from one migrated, demo-loaded snapshot).
 */
export async function startEmbeddedPostgres(dataDir: string | null, snapshot?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) makePrivateDir(dataDir);
  const { socketDir, temporary } = socketDirFor(dataDir);
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // A socket left by a crashed run would make listen() fail; one PGlite per data dir, so it is ours.
  fs.rmSync(socketPath, { force: true });
  const data: EmbeddedWorkerData = {
    dataDir,
    socketPath,
    maxConnections: EMBEDDED_POOL_SIZE + 1,
    snapshot: snapshot ? await snapshot.arrayBuffer() : null,
  };
  const worker = startWorker(data);
  const removeSocket = () => fs.rmSync(temporary ? socketDir : socketPath, { recursive: true, force: true });
  const pending = new Map<number, { resolve: (reply: EmbeddedWorkerReply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: EmbeddedWorkerReply) => {
      if (reply.type === 'ready') resolve();
      else if (reply.type === 'failed') reject(new Error(reply.message));
      else {
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.type === 'error') waiting?.reject(new Error(reply.message));
        else waiting?.resolve(reply);
      }
    });
    const fail = (error: Error) => {
      exited = error;
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database's thread ended (exit code ${code})`)));
  });
  const ask = (type: EmbeddedWorkerRequest['type']): Promise<EmbeddedWorkerReply> => {
    if (exited) return Promise.reject(exited);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ type, id } satisfies EmbeddedWorkerRequest);
    });
  };
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    removeSocket();
    throw error;
  }
  return {
    socketDir,
    port: SOCKET_PORT,
    async dump() {
      const reply = await ask('dump');
      if (reply.type !== 'dumped') throw new Error(`unexpected answer from the embedded database: ${reply.type}`);
      return new Blob([reply.bytes]);
    },
    async close() {
      try {
        if (!exited) await ask('close');
      } finally {
        await worker.terminate();
        removeSocket();
      }
    },
  };
}

/**
 * The worker from the build (embedded-postgres.worker.js beside this file), or from the sources when this runs as
 * TypeScript (jest, the dev runner): then the worker compiles its file through @swc-node/register as the dev runner does.
 */
function startWorker(data: EmbeddedWorkerData): Worker {
  const built = path.join(__dirname, 'embedded-postgres.worker.js');
  if (fs.existsSync(built)) return new Worker(built, { workerData: data });
  const source = path.join(__dirname, 'embedded-postgres.worker.ts');
  const register = require.resolve('@swc-node/register');
  return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(source)});`, { eval: true, workerData: data });
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
