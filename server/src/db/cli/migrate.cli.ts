import { runWithDatabase } from './run-with-database';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
runWithDatabase('migration', async (database, _config, log) => {
  log.info({ database: database.kind }, 'database is up to date');
});
