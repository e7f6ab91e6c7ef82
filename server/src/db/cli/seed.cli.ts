import 'reflect-metadata';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../common/logger';
import { openDatabase } from '../data-source';
import { runMigrations } from '../migrate';
import { seedDemoData } from '../seed/demo-seed';

/** `pnpm db:seed`: loads the demo alliance into an empty database; refuses to touch one that holds data. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    await runMigrations(database.dataSource, log);
    const seeded = await seedDemoData(database.dataSource, config.demo, log);
    if (!seeded) log.warn('the database already holds members: demo data was not loaded');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
