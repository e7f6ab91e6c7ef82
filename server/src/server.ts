import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from './config/config';
import type { Logger } from './common/logger';
import { openDatabase, type Database } from './db/data-source';
import { runMigrations } from './db/migrate';
import { seedDemoData } from './db/seed/demo-seed';
import { createApolloServer } from './graphql/apollo';
import { buildAppSchema } from './graphql/schema';
import { createExpressApp } from './http/app';
import { createServices } from './services';

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, migrates it, loads demo data into an empty one, and serves HTTP. */
export interface StartOptions {
  /** Receives every SQL statement the app sends (tests count them). */
  typeormLogger?: TypeOrmLogger;
}

export async function startServer(config: AppConfig, log: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const database = await openDatabase(config, options.typeormLogger);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 }) : null;
  try {
    await runMigrations(database.dataSource, log);
    if (config.demo.seed) await seedDemoData(database.dataSource, config.demo, log);
    if (redis) await redis.connect();

    const services = createServices(database.dataSource, config, redis);
    const schema = await buildAppSchema();
    const httpServer = http.createServer();
    const apollo = createApolloServer(schema, httpServer, config.isProduction);
    await apollo.start();
    httpServer.on('request', createExpressApp({ config, log, dataSource: database.dataSource, services, apollo }));
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    log.info({ url, database: database.kind }, 'Yangtze Alliance Hub is serving');
    return {
      url,
      database,
      async close() {
        await apollo.stop();
        httpServer.closeAllConnections();
        await redis?.quit();
        await database.close();
      },
    };
  } catch (error) {
    redis?.disconnect();
    await database.close();
    throw error;
  }
}
