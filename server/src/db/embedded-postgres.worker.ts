import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** What the main thread hands the worker (see embedded-postgres.ts). */
export interface EmbeddedWorkerData {
  dataDir: string | null;
  socketPath: string;
  maxConnections: number;
  /** A `dumpDataDir` tarball to start from, as bytes (a Blob does not cross threads). */
  snapshot: ArrayBuffer | null;
}

/** Main thread → worker. */
export type EmbeddedWorkerRequest = { type: 'dump'; id: number } | { type: 'close'; id: number };

/** Worker → main thread: started (or not), and the answers to requests by id. */
export type EmbeddedWorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'dumped'; id: number; bytes: ArrayBuffer }
  | { type: 'closed'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * PGlite and its socket server in a thread of their own: the database's WASM executes beside the main thread's GraphQL
 * work instead of inside it, as a real PostgreSQL runs in processes of its own. The app still talks to it through `pg`
 * over the Unix socket; this thread only answers the main thread's start, dump and close.
 */
async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('embedded-postgres.worker runs only as a worker thread');
  const { dataDir, socketPath, maxConnections, snapshot } = workerData as EmbeddedWorkerData;
  const reply = (message: EmbeddedWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let db: PGlite;
  let server: PGLiteSocketServer;
  try {
    // The contrib module ships as ESM only in its types; load it at run time.
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(snapshot ? { loadDataDir: new Blob([snapshot]) } : {}), extensions: { pg_trgm } });
    server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
    try {
      await server.start();
    } catch (error) {
      await db.close();
      throw error;
    }
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  port.on('message', (request: EmbeddedWorkerRequest) => {
    const answer = async (): Promise<void> => {
      if (request.type === 'dump') {
        const bytes = await (await db.dumpDataDir('none')).arrayBuffer();
        reply({ type: 'dumped', id: request.id, bytes }, [bytes]);
        return;
      }
      await server.stop();
      await db.close();
      reply({ type: 'closed', id: request.id });
      port.close();
    };
    answer().catch((error: unknown) => reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }));
  });
  reply({ type: 'ready' });
}

void run();
