// Shared by generate.mjs and run.mjs: settings, the bench database's marker, child processes.
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SERVER_DIR = path.join(ROOT, 'server');
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/yah_bench';
export const BENCH_PASSWORD = 'bench-password-2026';
/** Databases the generator will never drop, whatever it is told. */
const PROTECTED_DATABASES = new Set(['postgres', 'template0', 'template1', 'test']);

export function benchDatabaseUrl() {
  return process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The database name in a URL, and the same URL pointing at the maintenance database instead. */
export function splitDatabaseUrl(url) {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench database name must be a plain lower-case identifier, got "${name}"`);
  if (PROTECTED_DATABASES.has(name)) throw new Error(`refusing to use "${name}" as the bench database: pick a database of its own`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { name, adminUrl: admin.toString() };
}

export const MARKER_KIND = 'yah-bench';

/** The JSON the generator leaves as the database's comment once the data is complete, or null. */
export async function readMarker(client) {
  const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()`);
  try {
    const marker = JSON.parse(rows[0]?.comment ?? 'null');
    return marker?.kind === MARKER_KIND ? marker : null;
  } catch {
    return null;
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs a command to its end; rejects on a non-zero exit. Output goes to ours. */
export function runToEnd(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code ?? signal}`))));
  });
}

/**
 * Starts the built server (server/dist/main.js) on a free loopback port; resolves once /readyz answers. A null
 * `databaseUrl` starts it on embedded PGlite (give DATA_DIR in `extraEnv`).
 */
export async function startBuiltServer(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  const { REDIS_URL: _redis, ...parentEnv } = process.env;
  // Events stay in-process unless the caller asks for Redis.
  const env = {
    ...parentEnv,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL || 'warn',
    ...extraEnv,
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  // BENCH_SERVER_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where its time goes.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(SERVER_DIR, 'dist/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the server did not become ready within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid, stop };
}

export async function machineInfo(client) {
  const { rows } = await client.query(`SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem`);
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: rows[0].version.split(' on ')[0],
    postgresSettings: `shared_buffers=${rows[0].shared_buffers} work_mem=${rows[0].work_mem}`,
  };
}

export function connect(url) {
  return new pg.Client({ connectionString: url, application_name: 'yah-bench' });
}

export function fmtSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
