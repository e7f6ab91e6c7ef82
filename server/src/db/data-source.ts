import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from '../config/config';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface Database {
  dataSource: DataSource;
  kind: AppConfig['database']['kind'];
  close(): Promise<void>;
}

export function createDataSource(url: string, poolSize: number, logger?: TypeOrmLogger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize },
    ...(logger ? { logger, logging: true } : {}),
  });
}

/** Connects to the configured PostgreSQL, or starts the embedded one; migrations are run by the caller. */
export async function openDatabase(config: AppConfig, logger?: TypeOrmLogger): Promise<Database> {
  if (config.database.kind === 'postgres') {
    const dataSource = await createDataSource(config.database.url, 20, logger).initialize();
    return { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  }
  const embedded = await startEmbeddedPostgres(config.database.dataDir);
  const dataSource = await createDataSource(embedded.url, EMBEDDED_POOL_SIZE, logger).initialize();
  return {
    dataSource,
    kind: 'embedded',
    async close() {
      await dataSource.destroy();
      await embedded.close();
    },
  };
}
