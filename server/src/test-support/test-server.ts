import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { startServer, type RunningServer } from '../server';
import { databaseUrl, DEMO_PASSWORD, embeddedSnapshot, postgresTemplate, withAdmin } from './database-templates';

export { DEMO_PASSWORD } from './database-templates';
export type DatabaseKind = 'postgres' | 'embedded';
/** Every integration suite runs against both: the machine's PostgreSQL and embedded PGlite. */
export const DATABASE_KINDS: DatabaseKind[] = ['postgres', 'embedded'];

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

/**
 * Boots the whole app on a free port over a brand-new database with the demo alliance loaded: a copy of the run's
 * migrated, demo-loaded template (see database-templates.ts), or an empty database it migrates and seeds itself when a
 * suite asks for other demo settings or runs without the global set-up.
 */
export async function startTestServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestServer> {
  const dbName = `yah_test_${randomBytes(6).toString('hex')}`;
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
