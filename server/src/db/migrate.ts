import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';

export async function runMigrations(dataSource: DataSource, log: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) log.info({ migration: migration.name }, 'applied migration');
}

/** SQL the entities would need beyond what the migrations built: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
