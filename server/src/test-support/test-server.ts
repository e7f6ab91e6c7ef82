import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { startServer, type RunningServer } from '../server';

export const DEMO_PASSWORD = 'integration-demo-password';
export type DatabaseKind = 'postgres' | 'embedded';
/** Every integration suite runs against both: the machine's PostgreSQL and embedded PGlite. */
export const DATABASE_KINDS: DatabaseKind[] = ['postgres', 'embedded'];

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer extends RunningServer {
  /** Counts SQL statements sent by the app, for N+1 checks. */
  queries: QueryCounter;
  /** The PostgreSQL this server uses (null for embedded), so a second process can share it. */
  databaseUrl: string | null;
}

export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Boots the whole app on a free port over a brand-new database with the demo alliance loaded. */
export async function startTestServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestServer> {
  const dbName = `yah_test_${randomBytes(6).toString('hex')}`;
  let config: AppConfig = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD, LOG_LEVEL: 'silent', ...env });
  if (kind === 'postgres') {
    await withAdmin((client) => client.query(`CREATE DATABASE ${dbName}`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    config = { ...config, database: { kind: 'postgres', url: url.toString() } };
  } else {
    config = { ...config, database: { kind: 'embedded', dataDir: null } };
  }
  const queries = new QueryCounter();
  const server = await startServer(config, createLogger(config.logLevel), { typeormLogger: queries });
  return {
    ...server,
    queries,
    databaseUrl: config.database.kind === 'postgres' ? config.database.url : null,
    async close() {
      await server.close();
      if (kind === 'postgres') await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    },
  };
}
