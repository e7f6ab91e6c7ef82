import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './common/logger';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, !config.isProduction && process.stdout.isTTY);
  const server = await startServer(config, log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server.close();
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
