import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import type { Pool } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { AppConfig } from './config/config';
import { createAppPubSub, publishAll } from './common/events';
import { Metrics } from './common/metrics';
import { startRepeatingJob, type RepeatingJob } from './common/repeating-job';
import type { Logger } from './common/logger';
import { openDatabase, type Database } from './db/data-source';
import { runMigrations } from './db/migrate';
import { seedDemoData } from './db/seed/demo-seed';
import { createApolloServer, createArmor } from './graphql/apollo';
import { buildAppSchema } from './graphql/schema';
import { attachWebSocketServer } from './graphql/websocket';
import { createExpressApp } from './http/app';
import { createHttpDrain } from './http/http-drain';
import { createServices, type Services } from './services';

export interface RunningServer {
  url: string;
  database: Database;
  services: Services;
  /**
   * Shuts down gracefully: /readyz turns 503 and new connections are refused, WebSockets are closed with 1012
   * (reconnect), requests in flight are answered (for up to `graceMs`, then cut), background jobs finish their
   * round, and only then Redis and the database close. Resolves false when something had to be cut.
   */
  close(options?: { graceMs?: number }): Promise<boolean>;
}

/** How long requests in flight get to finish at shutdown before their connections are cut (within main.ts's 10 s). */
export const SHUTDOWN_GRACE_MS = 7000;

export interface StartOptions {
  /** Receives every SQL statement the app sends (tests count them). */
  typeormLogger?: TypeOrmLogger;
  /** Starts the embedded database from this snapshot (tests: one migrated, demo-loaded database copied per server). */
  embeddedSnapshot?: Blob;
}

/** How often reporters are reminded of claims due within 24 hours. */
const DUE_SOON_INTERVAL_MS = 5 * 60 * 1000;
/** How often a copy checks whether yesterday's daily digests are due (written once per alliance day, after 08:00). */
const FOLLOW_DIGEST_INTERVAL_MS = 10 * 60 * 1000;
/** How often uploads never attached to anything are looked for (they are removed after FILE_LIMITS.orphanHours). */
const ORPHAN_UPLOADS_INTERVAL_MS = 60 * 60 * 1000;

/** The pg pool TypeORM opened (its driver keeps it as `master`). */
function databasePool(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

function connectRedis(url: string) {
  // One connection for commands, and one each to publish and to listen (a listening connection can do nothing else).
  const make = () => new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  return { commands: make(), publish: make(), subscribe: make() };
}

/** Opens the database, migrates it, loads demo data into an empty one, and serves HTTP and WebSocket. */
export async function startServer(config: AppConfig, log: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const database = await openDatabase(config, options.typeormLogger, options.embeddedSnapshot, log);
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : null;
  const disconnectRedis = () => redis && Promise.all([redis.commands.quit(), redis.publish.quit(), redis.subscribe.quit()]);
  try {
    await runMigrations(database.dataSource, log);
    if (config.demo.seed) await seedDemoData(database.dataSource, config.demo, log);
    if (redis) await Promise.all([redis.commands.connect(), redis.publish.connect(), redis.subscribe.connect()]);

    const pubSub = createAppPubSub(redis);
    const services = createServices(database.dataSource, config, redis?.commands ?? null, pubSub);
    const schema = await buildAppSchema(pubSub);
    const httpServer = http.createServer();
    // Before the app's own listener: it marks responses while the server drains.
    const drain = createHttpDrain(httpServer);
    const armor = createArmor(config.isProduction);
    const metrics = new Metrics();
    metrics.watchPool(databasePool(database.dataSource));
    const apollo = createApolloServer(schema, config.isProduction, armor, metrics);
    await apollo.start();
    httpServer.on('request', createExpressApp({ config, log, dataSource: database.dataSource, services, apollo, metrics, drain }));
    const webSockets = attachWebSocketServer(httpServer, schema, database.dataSource, services, log, {
      allowedOrigins: config.allowedOrigins,
      validationRules: armor.validationRules,
      isProduction: config.isProduction,
    });
    metrics.watchLive(() => webSockets.liveCounts());
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });

    const jobs: RepeatingJob[] = [
      startRepeatingJob('due-soon reminders', DUE_SOON_INTERVAL_MS, async () => {
        const reminders = await services.notifications.remindDueSoon();
        publishAll(pubSub, reminders.map((payload) => ({ name: 'NOTIFICATION_ADDED', payload })));
      }, log, { runAtStart: true }),
      startRepeatingJob('daily digests', FOLLOW_DIGEST_INTERVAL_MS, async () => {
        const digests = await services.notifications.writeDailyDigests();
        publishAll(pubSub, digests.map((payload) => ({ name: 'NOTIFICATION_ADDED', payload })));
      }, log, { runAtStart: true }),
      startRepeatingJob('orphaned uploads', ORPHAN_UPLOADS_INTERVAL_MS, async () => {
        await services.files.removeOrphans();
      }, log),
    ];
    if (config.feeds.pollIntervalMs > 0) {
      jobs.push(startRepeatingJob('feed poller', config.feeds.pollIntervalMs, async () => {
        await services.feedPoller.pollDue();
      }, log));
    }

    const { port } = httpServer.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    log.info({ url, database: database.kind, redis: Boolean(redis) }, 'Yangtze Alliance Hub is serving');
    return {
      url,
      database,
      services,
      async close({ graceMs = SHUTDOWN_GRACE_MS } = {}) {
        // Requests, sockets and job rounds in flight all finish before the database closes under them.
        const [httpInTime] = await Promise.all([drain.drain(graceMs), webSockets.close(), ...jobs.map((job) => job.stop())]);
        if (!httpInTime) log.warn({ graceMs }, 'requests still in flight at the end of the shutdown grace were cut');
        await apollo.stop();
        await disconnectRedis();
        await database.close();
        return httpInTime;
      },
    };
  } catch (error) {
    redis?.commands.disconnect();
    redis?.publish.disconnect();
    redis?.subscribe.disconnect();
    await database.close();
    throw error;
  }
}
