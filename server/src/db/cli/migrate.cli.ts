import 'reflect-metadata';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../common/logger';
import { openDatabase } from '../data-source';
import { runMigrations } from '../migrate';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    await runMigrations(database.dataSource, log);
    log.info({ database: database.kind }, 'database is up to date');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
