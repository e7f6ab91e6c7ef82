import 'reflect-metadata';
import { loadConfig, type AppConfig } from '../../config/config';
import { createLogger, type Logger } from '../../common/logger';
import { openDatabase, type Database } from '../data-source';
import { runMigrations } from '../migrate';

/**
 * For the database commands: opens the configured database (DATABASE_URL, or the embedded one in DATA_DIR),
 * migrates it, runs the work, closes it; exits non-zero with the reason on failure.
 */
export function runWithDatabase(what: string, work: (database: Database, config: AppConfig, log: Logger) => Promise<void>): void {
  const run = async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    const database = await openDatabase(config);
    try {
      await runMigrations(database.dataSource, log);
      await work(database, config, log);
    } finally {
      await database.close();
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${what} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
