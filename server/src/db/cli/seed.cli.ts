import { seedDemoData } from '../seed/demo-seed';
import { runWithDatabase } from './run-with-database';

/** `pnpm db:seed`: loads the demo alliance into an empty database; refuses to touch one that holds data. */
runWithDatabase('seeding', async (database, config, log) => {
  const seeded = await seedDemoData(database.dataSource, config.demo, log);
  if (!seeded) log.warn('the database already holds members: demo data was not loaded');
});
