import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

/**
 * The app opens ONE connection to the embedded database. PGlite is a single Postgres session: the
 * socket server's multiplexer keeps a transaction's statements together, but it can interleave the
 * extended-protocol messages (Parse/Bind/Execute) of two clients outside a transaction, and one
 * client's query then runs with the other's parameters. One connection makes that impossible; pg's
 * pool queues the rest, which costs nothing since PGlite runs one statement at a time anyway.
 * (Every query inside a transaction must therefore use the transaction's manager, or it waits forever.)
 */
export const EMBEDDED_POOL_SIZE = 1;

/**
 * Runs PGlite (Postgres compiled to WASM) inside this process and serves it on a loopback port, so the
 * app talks to it through `pg` exactly as it talks to a real PostgreSQL: one driver, one set of migrations.
 * `dataDir` null keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // The contrib module ships as ESM only in its types; load it at run time.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE + 1 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
