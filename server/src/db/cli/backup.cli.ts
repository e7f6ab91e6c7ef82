import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config/config';
import { backupEmbedded, BackupError, backupPostgres, defaultBackupFile } from '../backup';

/**
 * `pnpm db:backup [file]`: backs up DATABASE_URL (pg_dump's custom format) or the embedded database in DATA_DIR
 * (a gzipped tar, while no server holds it) to `file`, by default `yah-<kind>-<moment>.<dump|tar.gz>` here.
 * Prints the file's path; exits non-zero with the reason on failure.
 */
async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new BackupError('usage: db:backup [file]');
  const config = loadConfig();
  // The file holds every row, password hashes included: only its owner may read it (pg_dump and tar inherit this).
  process.umask(0o077);
  const file = positionals[0] ? path.resolve(positionals[0]) : defaultBackupFile(config.database.kind);
  if (config.database.kind === 'postgres') await backupPostgres(config.database.url, file);
  else if (config.database.dataDir) await backupEmbedded(config.database.dataDir, file);
  process.stdout.write(`backed up the ${config.database.kind === 'postgres' ? 'PostgreSQL database' : `embedded database in ${config.database.dataDir}`} to ${file}\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError || (error instanceof Error && 'code' in error);
  process.stderr.write(`backup failed: ${error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error)}\n`);
  process.exit(1);
});
