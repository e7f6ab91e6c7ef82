// Shared by generate.mjs and run.mjs: settings, the bench database's marker, child processes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
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

/**
 * What the runners need from a generated bench database: its marker, the signed-in reporter (viewer), `sampleTopics` topic
 * pages to visit (a fixed spread of readable topics with assignments, the same on every database holding the same data)
 * and this alliance year's period (the participation dashboard's). Throws when the data set is not complete.
 */
export async function readBenchFacts(client, sampleTopics) {
  const marker = await readMarker(client);
  if (!marker?.complete) throw new Error('no complete bench data: run `pnpm --filter @yah/tests bench:generate` first');
  const { rows: [viewerRow] } = await client.query(`SELECT u.id AS user_id, u.member_id, u.role, m.slug, m.city_zh FROM users u JOIN members m ON m.id = u.member_id WHERE u.email = $1`, [marker.signIn.email]);
  const viewer = { userId: viewerRow.user_id, memberId: viewerRow.member_id, role: viewerRow.role };
  const { rows: topicRows } = await client.query(
    `SELECT id FROM topics WHERE state IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED') ORDER BY md5(id::text) LIMIT ${Number(sampleTopics)}`,
  );
  const { rows: [yearRow] } = await client.query(`SELECT id FROM participation_periods WHERE kind = 'YEAR' AND year = extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')`);
  return { marker, viewer, viewerRow, topicIds: topicRows.map((row) => row.id), periodId: yearRow?.id };
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
 * Starts the built server (server/dist/main.js) on a free loopback port; resolves once /readyz answers.
 * `database` is a PostgreSQL URL, or `{ dataDir }` for the embedded PGlite in that directory (no DATABASE_URL).
 */
export async function startBuiltServer(database, extraEnv = {}) {
  const port = await freePort();
  const { REDIS_URL: _redis, ...parentEnv } = process.env;
  // Events stay in-process unless the caller asks for Redis.
  const env = {
    ...parentEnv,
    NODE_ENV: 'production',
    ...(typeof database === 'string' ? { DATABASE_URL: database } : { DATA_DIR: database.dataDir }),
    SEED_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL || 'warn',
    ...extraEnv,
  };
  if (typeof database !== 'string') delete env.DATABASE_URL;
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

/** A client for a PostgreSQL URL, or for the `pg` settings of an embedded database (see startEmbedded). */
export function connect(target) {
  return new pg.Client({ ...(typeof target === 'string' ? { connectionString: target } : target), application_name: 'yah-bench' });
}

/**
 * Starts PGlite on `dataDir` in this process the way the server does (its own built server/dist/db/embedded-postgres.js:
 * PGlite with pg_trgm, served by pglite-socket on a private Unix socket), so the generator's SQL goes through `pg` as
 * it does against PostgreSQL. `connection` is what `connect` takes; close() stops it cleanly (one PGlite per data dir:
 * close it before a server opens the same directory).
 */
export async function startEmbedded(dataDir) {
  const modulePath = path.join(SERVER_DIR, 'dist/db/embedded-postgres.js');
  const { startEmbeddedPostgres } = await import(modulePath);
  if (!startEmbeddedPostgres) throw new Error(`${modulePath} has no startEmbeddedPostgres: build the server first`);
  const embedded = await startEmbeddedPostgres(dataDir);
  return {
    connection: { host: embedded.socketDir, port: embedded.port, user: 'postgres', database: 'postgres' },
    close: () => embedded.close(),
  };
}

export const RESULTS_FILE = new URL('./results/latest.json', import.meta.url).pathname;

/** The figures in tests/bench/results/latest.json, or none yet. */
export function readResults() {
  try {
    return JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
  } catch {
    // no figures yet, or unreadable ones: start afresh
    return {};
  }
}

/**
 * Writes `patch`'s keys into tests/bench/results/latest.json and keeps the others (run.mjs owns date, machine, data and
 * results; pglite.mjs owns pgliteMixed), so one script's run does not erase the other's figures. Returns the file.
 */
export function updateResults(patch) {
  const current = readResults();
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...current, ...patch }, null, 2)}\n`);
  return RESULTS_FILE;
}

/** Milliseconds with as many decimals as matter. */
export function fmtMs(ms) {
  return Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** A figure rounded to hundredths for the JSON (null when not finite). */
export const round = (value) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : null);

export function fmtSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

// ------------------------------------------------------------------ measuring

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `concurrency` loops share one request budget (`requests`) and one deadline (`maxMs`); each records its own latencies.
 * `fn(i)` sends request number i. `byKey(i)`, when given, names request i's kind: the figures then also come per kind.
 */
export async function measure(concurrency, fn, { requests, maxMs, byKey = null }) {
  // Warm-up: one request per client (at least 5), bounded in time too, unrecorded.
  const warmup = Math.max(5, concurrency);
  const warmupDeadline = performance.now() + maxMs / 5;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < warmup && performance.now() < warmupDeadline) await fn(next++).catch(() => {});
    }),
  );
  next = 0;
  const latencies = [];
  const latenciesByKind = new Map();
  let errors = 0;
  let firstError = null;
  const start = performance.now();
  const deadline = start + maxMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests && performance.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        try {
          await fn(i);
          const ms = performance.now() - t0;
          latencies.push(ms);
          if (byKey) {
            const key = byKey(i);
            if (!latenciesByKind.has(key)) latenciesByKind.set(key, []);
            latenciesByKind.get(key).push(ms);
          }
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  const wallMs = performance.now() - start;
  return {
    ...summarize(latencies),
    errors,
    firstError: firstError ? String(firstError.message ?? firstError).slice(0, 300) : null,
    rps: latencies.length / (wallMs / 1000),
    ...(byKey ? { byKind: Object.fromEntries([...latenciesByKind].map(([key, values]) => [key, summarize(values)])) } : {}),
    /** The raw figures, to pool several runs (see pool). */
    samples: { latencies, byKind: latenciesByKind, wallMs },
  };
}

/** Several measure() results of the same load as one: latencies pooled, throughput over their summed wall time. */
export function pool(results) {
  const latencies = results.flatMap((r) => r.samples.latencies);
  const byKind = new Map();
  for (const r of results) for (const [key, values] of r.samples.byKind) byKind.set(key, [...(byKind.get(key) ?? []), ...values]);
  const wallMs = results.reduce((sum, r) => sum + r.samples.wallMs, 0);
  return {
    ...summarize(latencies),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError ?? null,
    rps: latencies.length / (wallMs / 1000),
    byKind: Object.fromEntries([...byKind].map(([key, values]) => [key, summarize(values)])),
  };
}

/** Count and p50/p95/p99 of some latencies (sorts them in place). */
function summarize(latencies) {
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

// ------------------------------------------------------------------ GraphQL client

export function graphqlClient(baseUrl, cookie) {
  return async function request(query, variables) {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (!res.ok || body.errors?.length) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    return { data: body.data, headers: res.headers };
  };
}

export async function signIn(baseUrl, email, password) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id role } }', variables: { email, password } }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('yah_session='));
  if (!setCookie) throw new Error('sign-in set no yah_session cookie');
  return setCookie.split(';')[0];
}
