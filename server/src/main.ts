import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './common/logger';
import { startServer } from './server';

/** Everything closes within this after SIGTERM (the HTTP drain within SHUTDOWN_GRACE_MS of it, then the rest). */
const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, !config.isProduction && process.stdout.isTTY);
  const server = await startServer(config, log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: refusing new connections, finishing requests in flight');
    // A backstop: whatever still holds on (a stuck database call) does not keep the process past it.
    setTimeout(() => {
      log.error({ signal, afterMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time: exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const inTime = await server.close();
    log.info({ signal, inTime }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Yangtze Alliance Hub failed to start: ${message}\n`);
  process.exit(1);
});
