import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Backups of the app's database, for `pnpm db:backup` and `pnpm db:restore`:
 * - PostgreSQL (DATABASE_URL): `pg_dump --format=custom`, restored by `pg_restore` piped into one `psql` transaction
 *   (so a failed restore leaves the database as it was). Needs the PostgreSQL client tools, of the server's major
 *   version or newer, on the PATH.
 * - Embedded PGlite (DATA_DIR): a gzipped tar of the data directory, taken while no server holds it (PGlite is
 *   one process's database: a copy taken under a running server could be torn). Uploaded files (DATA_DIR/files) and
 *   the socket folder are left out: files are kept apart from the database (see the README).
 */
export class BackupError extends Error {}

export type BackupKind = 'postgres' | 'embedded';

/** Entries of DATA_DIR that are not the database itself. */
const NOT_DATABASE = ['files', '.socket'];
const POSTGRES_MAGIC = 'PGDMP';
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** The name a backup gets when none is given: the kind and the moment, in the current directory. */
export function defaultBackupFile(kind: BackupKind, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.resolve(`yah-${kind}-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`);
}

/** Which kind of database a backup file holds, by its first bytes. */
export function backupFileKind(file: string): BackupKind {
  const handle = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const read = fs.readSync(handle, head, 0, 5, 0);
    if (read === 5 && head.toString('latin1') === POSTGRES_MAGIC) return 'postgres';
    if (read >= 2 && head.subarray(0, 2).equals(GZIP_MAGIC)) return 'embedded';
  } finally {
    fs.closeSync(handle);
  }
  throw new BackupError(`${file} is not a backup made by db:backup (neither a pg_dump archive nor a gzipped data directory).`);
}

/** Runs a command; rejects with its stderr (or a hint when the program is missing). */
function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env });
    const stderr: Buffer[] = [];
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === 'ENOENT' ? `${command} was not found on the PATH: ${hintFor(command)}` : `${command}: ${error.message}`)),
    );
    child.once('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${Buffer.concat(stderr).toString('utf8').trim()}`))));
  });
}

function hintFor(command: string): string {
  return command === 'tar' ? 'install tar.' : 'install the PostgreSQL client tools (Debian: postgresql-client) of the server\'s major version or newer.';
}

/** A temporary name beside the target, renamed into place once complete: no half-written backup under the real name. */
function partialName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
}

function refuseExisting(file: string): void {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists: choose another name (a backup is never overwritten).`);
  if (!fs.existsSync(path.dirname(file))) throw new BackupError(`the folder ${path.dirname(file)} does not exist.`);
}

// ---------------------------------------------------------------- PostgreSQL

/** The URL without its password, which goes to the client tools through PGPASSWORD (not on a command line `ps` shows). */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  refuseExisting(file);
  const partial = partialName(file);
  try {
    const target = libpqTarget(url);
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${target.dbname}`], { env: target.env });
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The number of tables in the database's public schema (0: nothing to overwrite). */
export async function postgresTableCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM pg_tables WHERE schemaname = 'public'`);
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Restores a pg_dump archive. Into a database with tables only when `force` is given; then the public schema is
 * dropped and rebuilt from the archive in the same transaction as the restore, which commits only once pg_restore
 * has read the whole archive without error: all of it happens, or none.
 */
export async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  const tables = await postgresTableCount(url);
  if (tables > 0 && !force) {
    throw new BackupError(`the database already holds ${tables} tables: restoring replaces all of its data. Stop the app and run again with --force to do so.`);
  }
  const target = libpqTarget(url);
  const script = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const apply = spawn('psql', ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${target.dbname}`], { stdio: ['pipe', 'ignore', 'pipe'], env: target.env });
  const ended = (child: typeof script | typeof apply, command: string) => {
    const stderr: Buffer[] = [];
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    return new Promise<void>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => reject(new BackupError(error.code === 'ENOENT' ? `${command} was not found on the PATH: ${hintFor(command)}` : `${command}: ${error.message}`)));
      child.once('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${Buffer.concat(stderr).toString('utf8').trim()}`))));
    });
  };
  const scriptDone = ended(script, 'pg_restore');
  const applyDone = ended(apply, 'psql');
  // psql may stop early (an error): what is still being written to it then goes nowhere.
  apply.stdin?.on('error', () => undefined);
  apply.stdin?.write(`SET client_min_messages = warning;\nBEGIN;\n${tables > 0 ? 'DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n' : ''}`);
  script.stdout?.pipe(apply.stdin as NodeJS.WritableStream, { end: false });
  // COMMIT only after the whole archive went through; otherwise psql ends inside the transaction and it rolls back.
  const scriptResult = await scriptDone.then(
    () => null,
    (error: unknown) => error,
  );
  apply.stdin?.end(scriptResult ? '' : 'COMMIT;\n');
  await applyDone;
  if (scriptResult) throw scriptResult;
}

// ---------------------------------------------------------------- embedded PGlite

/** Whether a server (or another command) is serving this data directory right now: its socket answers. */
export function embeddedInUse(dataDir: string): Promise<boolean> {
  const socketPath = path.join(dataDir, '.socket', '.s.PGSQL.5432');
  if (!fs.existsSync(socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const probe = net.connect(socketPath);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    // A socket file left by a process that ended (ECONNREFUSED): nobody holds the directory.
    probe.once('error', () => resolve(false));
  });
}

function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

async function refuseWhileServed(dataDir: string, doing: string): Promise<void> {
  if (await embeddedInUse(dataDir)) {
    throw new BackupError(
      `a running server holds the embedded database in ${dataDir}; PGlite is one process's database, so it cannot be ${doing} while it runs. Stop the server (Ctrl-C, or SIGTERM: it exits within 10 s), run this again, and start it after.`,
    );
  }
}

/** Opens the database in `dataDir` once (PGlite replays its log if it was not shut down cleanly) and closes it cleanly. */
async function openAndClose(dataDir: string): Promise<void> {
  const embedded = await startEmbeddedPostgres(dataDir);
  await embedded.close();
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  refuseExisting(file);
  if (!holdsDatabase(dataDir)) throw new BackupError(`${dataDir} holds no embedded database (no PG_VERSION): nothing to back up.`);
  await refuseWhileServed(dataDir, 'copied');
  // Brought to a clean, checkpointed state first, so that the copy is a database at rest.
  await openAndClose(dataDir);
  const partial = partialName(file);
  try {
    await run('tar', ['--create', '--gzip', `--file=${partial}`, `--directory=${dataDir}`, ...NOT_DATABASE.map((name) => `--exclude=./${name}`), '.']);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Restores a data-directory backup into `dataDir`. A directory that already holds a database is replaced only with
 * `force`: the backup is unpacked and opened beside it first, then the old database files are moved aside to
 * `<dataDir>.replaced-<moment>` (kept, and named in the result) and the restored ones take their place. Uploaded
 * files in `dataDir/files` stay where they are.
 */
export async function restoreEmbedded(dataDir: string, file: string, force: boolean, now = new Date()): Promise<{ replacedTo: string | null }> {
  const existing = holdsDatabase(dataDir);
  if (existing && !force) {
    throw new BackupError(`${dataDir} already holds an embedded database: restoring replaces it. Stop the server and run again with --force to do so (the old files are kept aside).`);
  }
  if (fs.existsSync(dataDir)) await refuseWhileServed(dataDir, 'replaced');
  const parent = path.dirname(path.resolve(dataDir));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(dataDir)}.restoring-`));
  try {
    await run('tar', ['--extract', '--gzip', `--file=${path.resolve(file)}`, `--directory=${staging}`]);
    if (!holdsDatabase(staging)) throw new BackupError(`${file} holds no embedded database (no PG_VERSION in it).`);
    // Proves the copy opens before anything is moved.
    await openAndClose(staging);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    let replacedTo: string | null = null;
    if (existing) {
      replacedTo = `${path.resolve(dataDir)}.replaced-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
      fs.mkdirSync(replacedTo, { mode: 0o700 });
      for (const entry of fs.readdirSync(dataDir)) {
        if (!NOT_DATABASE.includes(entry)) fs.renameSync(path.join(dataDir, entry), path.join(replacedTo, entry));
      }
    }
    for (const entry of fs.readdirSync(staging)) {
      if (!NOT_DATABASE.includes(entry)) fs.renameSync(path.join(staging, entry), path.join(dataDir, entry));
    }
    return { replacedTo };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
