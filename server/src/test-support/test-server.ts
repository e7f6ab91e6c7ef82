import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { openDatabase, type Database } from '../db/data-source';
import { startServer, type RunningServer } from '../server';
import { databaseUrl, DEMO_PASSWORD, embeddedSnapshot, postgresTemplate, withAdmin } from './database-templates';

export { DEMO_PASSWORD } from './database-templates';
export type DatabaseKind = 'postgres' | 'embedded';
/** Every integration suite runs against both: the machine's PostgreSQL and embedded PGlite. */
export const DATABASE_KINDS: DatabaseKind[] = ['postgres', 'embedded'];

export interface TestServer extends RunningServer {
  /** Counts SQL statements sent by the app, for N+1 checks (not the timed re-reads of reference tables). */
  queries: QueryCounter;
  /** The PostgreSQL this server uses (null for embedded), so a second process can share it. */
  databaseUrl: string | null;
}

/**
 * A reference table read whole (common/reference-data.ts): a refresh every few seconds shared by all requests, which
 * lands in whichever read finds the snapshot stale, so it is not counted as that read's own work.
 */
const REFERENCE_SNAPSHOT_READ = /^SELECT .+ FROM "(members|provinces)" "\w+"\s*$/s;

export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(query: string): void {
    if (!REFERENCE_SNAPSHOT_READ.test(query)) this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * Boots the whole app on a free port over a brand-new database with the demo alliance loaded: a copy of the run's
 * migrated, demo-loaded template (see database-templates.ts), or an empty database it migrates and seeds itself when a
 * suite asks for other demo settings or runs without the global set-up.
 */
export async function startTestServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestServer> {
  const dbName = newDatabaseName();
  // Uploaded files go to a folder of this server's own (the embedded database stays in memory).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-test-'));
  let config: AppConfig = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD, LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const usesStandardDemo = config.demo.seed && config.demo.password === DEMO_PASSWORD;
  if (kind === 'postgres') {
    const template = postgresTemplate(usesStandardDemo);
    await withAdmin((client) => client.query(`CREATE DATABASE ${dbName}${template ? ` TEMPLATE ${template}` : ''}`));
    config = { ...config, database: { kind: 'postgres', url: databaseUrl(dbName) } };
  } else {
    config = { ...config, database: { kind: 'embedded', dataDir: null } };
  }
  const queries = new QueryCounter();
  const server = await startServer(config, createLogger(config.logLevel), {
    typeormLogger: queries,
    embeddedSnapshot: kind === 'embedded' ? embeddedSnapshot(usesStandardDemo) : undefined,
  });
  return {
    ...server,
    queries,
    databaseUrl: config.database.kind === 'postgres' ? config.database.url : null,
    async close(options) {
      const inTime = await server.close(options);
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (kind === 'postgres') await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
      return inTime;
    },
  };
}

const newDatabaseName = () => `yah_test_${randomBytes(6).toString('hex')}`;

/**
 * A brand-new, empty database with no server on it (so no background job touches it): for suites that work on the
 * schema itself. Closing it drops it.
 */
export async function openEmptyTestDatabase(kind: DatabaseKind): Promise<Database> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  if (kind === 'embedded') return openDatabase({ ...config, database: { kind: 'embedded', dataDir: null } });
  const dbName = newDatabaseName();
  await withAdmin((client) => client.query(`CREATE DATABASE ${dbName}`));
  const database = await openDatabase({ ...config, database: { kind: 'postgres', url: databaseUrl(dbName) } });
  return {
    ...database,
    async close() {
      await database.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    },
  };
}
