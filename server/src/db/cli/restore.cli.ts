import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config/config';
import { BackupError, backupFileKind, restoreEmbedded, restorePostgres } from '../backup';

/**
 * `pnpm db:restore <file> [--force]`: restores a db:backup file into DATABASE_URL or the embedded database in
 * DATA_DIR (the kind must match the file's). A database that holds data is replaced only with --force.
 * Exits non-zero with the reason on failure.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1 || !positionals[0]) throw new BackupError('usage: db:restore <file> [--force]');
  const file = path.resolve(positionals[0]);
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const config = loadConfig();
  const kind = backupFileKind(file);
  if (kind !== config.database.kind) {
    throw new BackupError(
      kind === 'postgres'
        ? `${file} is a PostgreSQL backup, but DATABASE_URL is not set (the embedded database would receive it): set DATABASE_URL to the database to restore into.`
        : `${file} is a backup of an embedded database, but DATABASE_URL is set: unset it and set DATA_DIR to restore into the embedded database.`,
    );
  }
  if (config.database.kind === 'postgres') {
    await restorePostgres(config.database.url, file, values.force);
    process.stdout.write(`restored ${file} into the PostgreSQL database\n`);
  } else if (config.database.dataDir) {
    const { replacedTo } = await restoreEmbedded(config.database.dataDir, file, values.force);
    process.stdout.write(`restored ${file} into ${config.database.dataDir}${replacedTo ? ` (the database it held is kept in ${replacedTo}: remove it once satisfied)` : ''}\n`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError || (error instanceof Error && 'code' in error);
  process.stderr.write(`restore failed: ${error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error)}\n`);
  process.exit(1);
});
