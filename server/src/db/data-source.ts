import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig, DatabaseTimeouts } from '../config/config';
import type { Logger } from '../common/logger';
import { forgetPreparedStatementsOnConnect } from '../common/prepared-statement';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface Database {
  dataSource: DataSource;
  kind: AppConfig['database']['kind'];
  /** The embedded database's private socket directory (null on PostgreSQL): it listens on no TCP port. */
  socketDir: string | null;
  close(): Promise<void>;
}

/** A PostgreSQL URL, or a Unix socket directory and the number in its socket's name (the embedded database). */
export type Connection = { url: string } | { socketDir: string; port: number };

/** Used when a caller names no timeouts (the TypeORM CLI): the config's defaults. */
const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 10_000, statementMs: 30_000, idleInTransactionMs: 60_000 };

/** Client-side backstop after PostgreSQL's own statement_timeout, for a server or network that stops answering. */
const QUERY_TIMEOUT_MARGIN_MS = 5_000;

export function createDataSource(connection: Connection, poolSize: number, timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS, logger?: TypeOrmLogger): DataSource {
  const embedded = 'socketDir' in connection;
  return new DataSource({
    type: 'postgres',
    ...(embedded ? { host: connection.socketDir, port: connection.port, username: 'postgres', database: 'postgres' } : { url: connection.url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      // Waiting for a connection from the pool counts too: on PGlite's single connection a query outside
      // the running transaction fails after this instead of waiting forever.
      connectionTimeoutMillis: timeouts.connectMs,
      // PGlite ignores these session settings (it runs in this thread and cannot be interrupted); the client-side
      // query_timeout is what bounds a wait there.
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      query_timeout: embedded ? timeouts.statementMs : timeouts.statementMs + QUERY_TIMEOUT_MARGIN_MS,
    },
    ...(logger ? { logger, logging: true } : {}),
  });
}

/**
 * Connects to the configured PostgreSQL, or starts the embedded one (from `embeddedSnapshot` when given); migrations
 * are run by the caller.
 */
export async function openDatabase(config: AppConfig, logger?: TypeOrmLogger, embeddedSnapshot?: Blob, log?: Logger): Promise<Database> {
  if (config.database.kind === 'postgres') {
    const dataSource = await createDataSource({ url: config.database.url }, 20, config.databaseTimeouts, logger).initialize();
    return { dataSource, kind: 'postgres', socketDir: null, close: () => dataSource.destroy() };
  }
  const embedded = await startEmbeddedPostgres(config.database.dataDir, embeddedSnapshot);
  try {
    const dataSource = await createDataSource(embedded, EMBEDDED_POOL_SIZE, config.databaseTimeouts, logger).initialize();
    forgetPreparedStatementsOnConnect(dataSource, log);
    return {
      dataSource,
      kind: 'embedded',
      socketDir: embedded.socketDir,
      async close() {
        await dataSource.destroy();
        await embedded.close();
      },
    };
  } catch (error) {
    await embedded.close();
    throw error;
  }
}
