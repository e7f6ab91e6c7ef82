#!/usr/bin/env node
// Claims under fire: 1,000 reporters, each signed in on their own session, click "claim" on one assignment with
// 10 slots at the same instant, against the built production server, on PostgreSQL and on embedded PGlite.
//
//   pnpm --filter @yah/tests bench:claims [--only=postgres|pglite] [--claims=1000] [--slots=10]
//
// Needs a built server (node scripts/build-changed.mjs). PostgreSQL at BENCH_CLAIMS_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/yah_claims_bench: dropped and created again on every run); PGlite in a
// temporary data folder removed afterwards. Prints a table and writes the figures under `claimsUnderFire` in
// tests/bench/results/latest.json (the other keys are kept).
//
// How the 1,000 sessions are made: signing in 1,000 times would measure argon2 and the sign-in throttle, not
// claims. So the server first starts on the fresh database (migrations + demo data) and stops; the script then
// writes what AuthService.signIn + SessionService.create would: 1,000 REPORTER accounts spread over the active
// member newsrooms (`claims.N@bench.example`, with the demo accounts' password hash, so each could also sign in),
// and one live session per account (`sessions.token_hash` = SHA-256 hex of a random base64url token, expiring
// like a fresh one); the server starts again and each request carries its own `yah_session=<token>` cookie.
// One editor and the secretariat do sign in through GraphQL to create, propose and approve the topic and the
// assignment, and a `me` query per session checks every cookie resolves to its reporter before the fire.
//
// What is measured: every socket is opened beforehand (a keep-alive agent with a socket per reporter, warmed by
// GET /healthz), then the 1,000 claimAssignment requests are written at once; wall time runs from the first send
// to the last answer; per request, the time from its send to its answer. Afterwards the database is read:
// claimed_count, the slot-holding claims and their reporters must be exactly the winners.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ROOT, SERVER_DIR, connect, readResults, splitDatabaseUrl, startBuiltServer, updateResults } from './common.mjs';

const argValue = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const CLAIMS = Number(argValue('claims', '1000'));
const SLOTS = Number(argValue('slots', '10'));
const ONLY = argValue('only', null);
const TARGET_MS = 2000;
const DATABASE_URL = process.env.BENCH_CLAIMS_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/yah_claims_bench';
const DEMO_PASSWORD = 'claims-bench-password';
const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

const CLAIM = 'mutation Claim($id: ID!) { claimAssignment(assignmentId: $id) { id state } }';

// ------------------------------------------------------------------ HTTP

/** A keep-alive agent with a socket for every reporter: no request waits for another's socket. */
function makeAgent(sockets) {
  return new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets, timeout: 60_000 });
}

/** One POST; resolves with status, parsed body and the time from send to the last byte of the answer. */
function post(agent, baseUrl, pathname, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const url = new URL(pathname, baseUrl);
    const started = performance.now();
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const ended = performance.now();
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON: kept as text below
          }
          resolve({ status: res.statusCode, json, text, headers: res.headers, started, ended });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function get(agent, baseUrl, pathname) {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(pathname, baseUrl), { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
}

async function graphql(agent, baseUrl, query, variables, cookie) {
  const res = await post(agent, baseUrl, '/graphql', { query, variables }, cookie ? { cookie } : {});
  if (res.status !== 200 || res.json?.errors?.length) throw new Error(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
  return res;
}

async function signIn(agent, baseUrl, email) {
  const res = await graphql(agent, baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: DEMO_PASSWORD });
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('yah_session='));
  if (!cookie) throw new Error(`signing in ${email} set no session cookie`);
  return cookie.split(';')[0];
}

// ------------------------------------------------------------------ the database, directly

/**
 * What AuthService.signIn leaves behind, for `count` new reporters: the accounts (spread over the active member
 * newsrooms, with the demo accounts' password hash) and one live session each. Returns the cookie of each.
 */
async function createReporterSessions(client, count) {
  const { rows: [demo] } = await client.query(`SELECT password_hash FROM users WHERE email = 'reporter.jingzhou@demo.example'`);
  if (!demo) throw new Error('the demo data has no reporter.jingzhou: was the database seeded?');
  const { rows: users } = await client.query(
    `WITH newsrooms AS (
       SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i, count(*) OVER () AS n
         FROM members WHERE status = 'ACTIVE' AND alliance_role <> 'SECRETARIAT')
     INSERT INTO users (email, display_name, password_hash, role, locale, active, member_id, is_demo)
     SELECT 'claims.' || g || '@bench.example', '压测记者 ' || g, $1, 'REPORTER', 'zh-CN', true, m.id, true
       FROM generate_series(1, $2::int) g JOIN newsrooms m ON m.i = g % m.n
     RETURNING id, email`,
    [demo.password_hash, count],
  );
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  await client.query(
    `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at)
     SELECT h, u, now(), now() + $3 * interval '1 millisecond' FROM unnest($1::text[], $2::uuid[]) AS s(h, u)`,
    [tokens.map((token) => createHash('sha256').update(token).digest('hex')), users.map((user) => user.id), SESSION_TTL_MS],
  );
  return users.map((user, i) => ({ userId: user.id, email: user.email, cookie: `yah_session=${tokens[i]}` }));
}

/** Reads what the database holds after the fire: the count, the slot-holding claims and their reporters. */
async function readOutcome(client, assignmentId) {
  const { rows: [row] } = await client.query(
    `SELECT a.slots, a.claimed_count,
            (SELECT count(*)::int FROM claims c WHERE c.assignment_id = a.id AND c.state IN ('CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')) AS holding,
            (SELECT array_agg(c.reporter_id::text ORDER BY c.reporter_id) FROM claims c WHERE c.assignment_id = a.id) AS reporters
       FROM assignments a WHERE a.id = $1`,
    [assignmentId],
  );
  return row;
}

// ------------------------------------------------------------------ the two databases

/** A fresh PostgreSQL database of its own (dropped first when it exists). */
async function freshPostgres() {
  const { name, adminUrl } = splitDatabaseUrl(DATABASE_URL);
  const admin = connect(adminUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    kind: 'postgres',
    label: 'PostgreSQL',
    serverEnv: { DATABASE_URL },
    /** Runs `fn` with a pg client on the database (the server may be running or not). */
    async withClient(fn) {
      const client = connect(DATABASE_URL);
      await client.connect();
      try {
        return await fn(client);
      } finally {
        await client.end();
      }
    },
    async version() {
      return this.withClient(async (client) => (await client.query('SELECT version()')).rows[0].version.split(' on ')[0]);
    },
    async dispose() {
      const cleanup = connect(adminUrl);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Embedded PGlite in a fresh data folder. The server owns it while it runs (one PGlite per data folder), so the
 * script reads and writes it only while the server is stopped, through the server's own embedded-Postgres module.
 */
async function freshPglite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-claims-'));
  const { startEmbeddedPostgres } = await import(path.join(SERVER_DIR, 'dist/db/embedded-postgres.js'));
  return {
    kind: 'pglite',
    label: 'PGlite',
    serverEnv: { DATA_DIR: dataDir },
    async withClient(fn) {
      const embedded = await startEmbeddedPostgres(dataDir);
      const client = new pg.Client({ host: embedded.socketDir, port: embedded.port, user: 'postgres', database: 'postgres' });
      try {
        await client.connect();
        return await fn(client);
      } finally {
        await client.end().catch(() => {});
        await embedded.close();
      }
    },
    async version() {
      return this.withClient(async (client) => `PGlite (${(await client.query('SELECT version()')).rows[0].version.split(' on ')[0]})`);
    },
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------ one run

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CPU time (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function processCpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const round = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);

/** The Shanghai calendar date `days` from now, as the topic window wants it. */
function shanghaiDate(days) {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

async function runOn(database) {
  const env = { ...database.serverEnv, SEED_DEMO: 'true', DEMO_PASSWORD };
  console.log(`\n== ${database.label}: migrating and loading demo data`);
  const t0 = performance.now();
  let server = await startBuiltServer(database.serverEnv.DATABASE_URL ?? { dataDir: database.serverEnv.DATA_DIR }, env);
  // PGlite can be written only while the server is stopped; PostgreSQL gets the same sequence so both runs match.
  await server.stop();
  const reporters = await database.withClient((client) => createReporterSessions(client, CLAIMS));
  const version = await database.version();
  server = await startBuiltServer(database.serverEnv.DATABASE_URL ?? { dataDir: database.serverEnv.DATA_DIR }, env);
  console.log(`   ${CLAIMS} reporters with a session each, server pid ${server.pid} at ${server.url} (ready after ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const agent = makeAgent(CLAIMS + 10);
  try {
    // The topic and the assignment, the way an editor and the secretariat make them.
    const editor = await signIn(agent, server.url, 'editor.jingzhou@demo.example');
    const secretariat = await signIn(agent, server.url, 'secretariat@demo.example');
    const { json: { data: { members } } } = await graphql(agent, server.url, 'query { members(search: "jingzhou", first: 10) { nodes { id slug } } }', {}, editor);
    const jingzhou = members.nodes.find((member) => member.slug === 'jingzhou').id;
    const topicInput = {
      title: '长江大保护：千名记者同时认领压测',
      brief: '压测用选题：一千名记者同时认领同一采访任务的十个名额。',
      themes: ['长江大保护'],
      provinceCodes: ['420000'],
      cities: ['荆州'],
      windowStart: shanghaiDate(0),
      windowEnd: shanghaiDate(30),
      targetChannels: ['APP'],
    };
    const { json: { data: { createTopic } } } = await graphql(agent, server.url, 'mutation($input: TopicInput!) { createTopic(input: $input) { id } }', { input: topicInput }, editor);
    await graphql(agent, server.url, 'mutation($id: ID!) { proposeTopic(id: $id) { id } }', { id: createTopic.id }, editor);
    await graphql(agent, server.url, 'mutation($id: ID!) { approveTopic(id: $id) { id } }', { id: createTopic.id }, secretariat);
    const { json: { data: { createAssignment } } } = await graphql(
      agent,
      server.url,
      'mutation($input: AssignmentInput!) { createAssignment(input: $input) { id slots } }',
      { input: { topicId: createTopic.id, title: '千人认领：岸线修复现场', brief: '压测', format: 'VIDEO', locationMemberId: jingzhou, dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), slots: SLOTS } },
      editor,
    );
    const assignmentId = createAssignment.id;

    // Every cookie must be a live session of its own reporter (in batches: this is preparation, not the fire).
    for (let i = 0; i < reporters.length; i += 100) {
      await Promise.all(
        reporters.slice(i, i + 100).map(async (reporter) => {
          const { json } = await graphql(agent, server.url, 'query { me { id role } }', {}, reporter.cookie);
          if (json.data.me?.id !== reporter.userId || json.data.me.role !== 'REPORTER') throw new Error(`session of ${reporter.email} does not resolve to it`);
        }),
      );
    }
    // Open one socket per reporter, all at once, so the fire measures claims and not TCP handshakes.
    await Promise.all(reporters.map(() => get(agent, server.url, '/healthz')));
    const openSockets = Object.values(agent.freeSockets).reduce((sum, list) => sum + list.length, 0);

    console.log(`   firing ${CLAIMS} claims on ${SLOTS} slots (${openSockets} open sockets)`);
    const cpuBefore = processCpuMs(server.pid);
    const clientCpuBefore = process.cpuUsage();
    const first = performance.now();
    const answers = await Promise.all(reporters.map((reporter) => post(agent, server.url, '/graphql', { query: CLAIM, variables: { id: assignmentId } }, { cookie: reporter.cookie }).catch((error) => ({ error }))));
    const wallMs = Math.max(...answers.map((answer) => answer.ended ?? performance.now())) - first;
    const serverCpuMs = cpuBefore === null ? null : processCpuMs(server.pid) - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
    const loadAverage = os.loadavg()[0];

    const outcomes = {};
    const winners = [];
    const latencies = [];
    answers.forEach((answer, i) => {
      let outcome;
      if (answer.error) outcome = `network: ${answer.error.code ?? answer.error.message}`;
      else {
        latencies.push(answer.ended - answer.started);
        const error = answer.json?.errors?.[0];
        if (answer.json?.data?.claimAssignment?.state === 'CLAIMED') {
          outcome = 'CLAIMED';
          winners.push(reporters[i].userId);
        } else if (error) outcome = `${error.extensions?.code ?? 'NO_CODE'}${error.extensions?.reason ? ` ${error.extensions.reason}` : ''}`;
        else outcome = `HTTP ${answer.status}`;
        if (answer.status !== 200 && !outcome.startsWith('HTTP')) outcome += ` (HTTP ${answer.status})`;
      }
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    });
    latencies.sort((a, b) => a - b);
    return { version, server, agent, assignmentId, wallMs, serverCpuMs, clientCpuMs, loadAverage, outcomes, winners, latencies };
  } catch (error) {
    agent.destroy();
    await server.stop();
    throw error;
  }
}

/** Runs the fire on one database and checks the answers against what the database then holds. */
async function measure(database) {
  const run = await runOn(database);
  run.agent.destroy();
  // Read once the server has stopped (on PGlite it owns the data folder while it runs).
  await run.server.stop();
  const stored = await database.withClient((client) => readOutcome(client, run.assignmentId));
  const storedReporters = stored.reporters ?? [];
  const problems = [];
  if (run.winners.length !== SLOTS) problems.push(`${run.winners.length} winners, not ${SLOTS}`);
  if (stored.claimed_count !== SLOTS) problems.push(`claimed_count is ${stored.claimed_count}`);
  if (stored.holding !== SLOTS) problems.push(`${stored.holding} slot-holding claims stored`);
  if (JSON.stringify([...run.winners].sort()) !== JSON.stringify(storedReporters)) problems.push('the stored claims are not exactly the winners\' ones');
  const losers = CLAIMS - run.winners.length;
  if ((run.outcomes['CONFLICT SLOT_TAKEN'] ?? 0) !== losers) problems.push(`${run.outcomes['CONFLICT SLOT_TAKEN'] ?? 0} SLOT_TAKEN refusals, not ${losers}`);
  const result = {
    database: run.version,
    claims: CLAIMS,
    slots: SLOTS,
    wallMs: round(run.wallMs),
    serverCpuMs: round(run.serverCpuMs),
    clientCpuMs: round(run.clientCpuMs),
    loadAverage: round(run.loadAverage),
    winners: run.winners.length,
    outcomes: run.outcomes,
    p50Ms: round(percentile(run.latencies, 50)),
    p95Ms: round(percentile(run.latencies, 95)),
    p99Ms: round(percentile(run.latencies, 99)),
    maxMs: round(run.latencies.at(-1)),
    stored: { claimedCount: stored.claimed_count, holdingClaims: stored.holding },
    correct: problems.length === 0,
    problems,
    meetsTarget: problems.length === 0 && run.wallMs < TARGET_MS,
  };
  return result;
}

// ------------------------------------------------------------------ main

function printTable(results) {
  const head = ['database', 'claims', 'slots', 'wall', 'server CPU', 'client CPU', 'load', 'winners', 'p50', 'p95', 'p99', 'max', 'outcomes', 'correct', `< ${TARGET_MS / 1000} s`];
  const rows = Object.entries(results).map(([, r]) => [
    r.database.split(' (')[0],
    r.claims,
    r.slots,
    `${r.wallMs} ms`,
    r.serverCpuMs === null ? '—' : `${r.serverCpuMs} ms`,
    `${r.clientCpuMs} ms`,
    r.loadAverage,
    r.winners,
    `${r.p50Ms} ms`,
    `${r.p95Ms} ms`,
    `${r.p99Ms} ms`,
    `${r.maxMs} ms`,
    Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', '),
    r.correct ? 'yes' : `NO: ${r.problems.join('; ')}`,
    r.meetsTarget ? 'yes' : 'no',
  ]);
  console.log(`\n${[head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')}`);
}

function writeResults(results) {
  const cpus = os.cpus();
  // The run kept as `before` (the server before its claim path changed) stays beside each new one.
  const { before } = readResults().claimsUnderFire ?? {};
  const file = updateResults({
    claimsUnderFire: {
      date: new Date().toISOString(),
      machine: { cpu: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}`, memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`, node: process.version },
      target: { claims: 1000, slots: 10, wallMs: TARGET_MS },
      results,
      ...(before ? { before } : {}),
    },
  });
  console.log(`\nFigures written to ${path.relative(process.cwd(), file)} (claimsUnderFire)`);
}

async function main() {
  if (!fs.existsSync(path.join(SERVER_DIR, 'dist/main.js'))) throw new Error(`no built server in ${path.relative(ROOT, SERVER_DIR)}/dist: run node scripts/build-changed.mjs`);
  const kinds = [['postgres', freshPostgres], ['pglite', freshPglite]].filter(([kind]) => !ONLY || ONLY === kind);
  const results = {};
  for (const [kind, fresh] of kinds) {
    const database = await fresh();
    try {
      results[kind] = await measure(database);
      const r = results[kind];
      console.log(`   ${r.wallMs} ms wall (server CPU ${r.serverCpuMs} ms, client CPU ${r.clientCpuMs} ms, load ${r.loadAverage}), ${r.winners} winners, p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms; ${JSON.stringify(r.outcomes)}${r.correct ? '' : ` PROBLEMS: ${r.problems.join('; ')}`}`);
    } finally {
      await database.dispose();
    }
  }
  printTable(results);
  writeResults(results);
  if (Object.values(results).some((r) => !r.correct)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
