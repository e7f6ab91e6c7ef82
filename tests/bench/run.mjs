#!/usr/bin/env node
// Measures the topic board, a topic page, open assignments, the content library and the participation dashboard through the built server's GraphQL and as
// hand-written SQL through pg, at 1, 10 and 50 concurrent clients, and prints both side by side.
//
//   pnpm --filter @yah/tests bench:run [--quick] [--sql-only] [--only=board,topic,open,library,participation]
//
// Needs the data from bench:generate (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/yah_bench)
// and a built server (pnpm --filter @yah/shared build && pnpm --filter @yah/server build).
// BENCH_REQUESTS (default 500) and BENCH_MAX_SECONDS (default 30) bound each scenario × concurrency;
// BENCH_CONCURRENCY (default 1,10,50) picks the levels. Everything stays on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { SERVER_DIR, benchDatabaseUrl, connect, machineInfo, readMarker, splitDatabaseUrl, startBuiltServer } from './common.mjs';
import { planShapes, recordingPool } from './plan-shape.mjs';
import { BOARD_GQL, LIBRARY_GQL, OPEN_GQL, PARTICIPATION_GQL, TOPIC_COMMENTS_GQL, TOPIC_GQL, participationSql, sql } from './queries.mjs';

const sqlOnly = process.argv.includes('--sql-only');
/** --only=participation (or a comma-separated list of board, topic, open, library, participation) measures just those. */
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const ONLY = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
/** --quick: a look in a few minutes (fewer requests, 1 and 10 clients); the full run stays the reference. */
const QUICK = process.argv.includes('--quick');
const REQUESTS = Number(process.env.BENCH_REQUESTS || (QUICK ? 100 : 500));
const MAX_MS = Number(process.env.BENCH_MAX_SECONDS || (QUICK ? 10 : 30)) * 1000;
const LEVELS = (process.env.BENCH_CONCURRENCY || (QUICK ? '1,10' : '1,10,50')).split(',').map(Number);
const RESULTS_FILE = new URL('./results/latest.json', import.meta.url).pathname;
const SAMPLE_TOPICS = 200;
/** The library as it first opens: content pieces, newest first. */
const LIBRARY_VARIABLES = { filter: { area: 'CONTENT' }, first: 20 };

const url = benchDatabaseUrl();
splitDatabaseUrl(url);

// ------------------------------------------------------------------ measuring

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `concurrency` loops share one request budget and one deadline; each records its own latencies. */
async function measure(concurrency, fn) {
  // Warm-up: one request per client (at least 5), bounded in time too, unrecorded.
  const warmup = Math.max(5, concurrency);
  const warmupDeadline = performance.now() + MAX_MS / 5;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < warmup && performance.now() < warmupDeadline) await fn(next++).catch(() => {});
    }),
  );
  next = 0;
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const start = performance.now();
  const deadline = start + MAX_MS;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < REQUESTS && performance.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        try {
          await fn(i);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  const wallMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    errors,
    firstError: firstError ? String(firstError.message ?? firstError).slice(0, 300) : null,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / (wallMs / 1000),
  };
}

// ------------------------------------------------------------------ GraphQL client

function graphqlClient(baseUrl, cookie) {
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

async function signIn(baseUrl, email, password) {
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

// ------------------------------------------------------------------ main

function fmt(ms) {
  return Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

function table(results) {
  const head = ['scenario', 'clients', 'GraphQL p50', 'p95', 'p99', 'req/s', 'SQL p50', 'p95', 'p99', 'req/s', 'GraphQL/SQL p50'];
  const rows = results.map((r) => [
    r.scenario,
    String(r.concurrency),
    ...(r.graphql ? [fmt(r.graphql.p50), fmt(r.graphql.p95), fmt(r.graphql.p99), r.graphql.rps.toFixed(0)] : ['—', '—', '—', '—']),
    fmt(r.sql.p50), fmt(r.sql.p95), fmt(r.sql.p99), r.sql.rps.toFixed(0),
    r.graphql ? `${(r.graphql.p50 / r.sql.p50).toFixed(1)}×` : '—',
  ]);
  const lines = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** The figures as JSON (milliseconds, requests per second) beside the machine, the data and the date: the README's table is made from it. */
function writeResults(results, machine, marker, plans) {
  const figures = (r) => r && { p50: round(r.p50), p95: round(r.p95), p99: round(r.p99), rps: round(r.rps), requests: r.n, errors: r.errors };
  // Other scripts (first screen, claims, live fan-out, PGlite) keep their figures in the same file under their own keys.
  const kept = fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) : {};
  const report = {
    ...kept,
    date: new Date().toISOString(),
    quick: QUICK,
    machine,
    data: { scale: marker.scale, counts: marker.counts },
    results: results.map((r) => ({ scenario: r.scenario, clients: r.concurrency, graphql: figures(r.graphql), sql: figures(r.sql) })),
    plans,
  };
  // Other scripts' figures in the same file (claims-fire.mjs: `claimsUnderFire`) stay; this run's keys replace its own.
  let others = {};
  try {
    others = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
  } catch {
    // no results yet
  }
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...others, ...report }, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

const round = (value) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : null);

async function main() {
  const db = connect(url);
  await db.connect();
  const marker = await readMarker(db);
  if (!marker?.complete) throw new Error(`${url} holds no complete bench data: run \`pnpm --filter @yah/tests bench:generate\` first`);
  const machine = await machineInfo(db);
  const { rows: [viewerRow] } = await db.query(`SELECT u.id AS user_id, u.member_id, u.role, m.slug, m.city_zh FROM users u JOIN members m ON m.id = u.member_id WHERE u.email = $1`, [marker.signIn.email]);
  const viewer = { userId: viewerRow.user_id, memberId: viewerRow.member_id, role: viewerRow.role };
  // Topic pages to visit: a fixed spread of readable topics that have assignments, the same for both sides.
  const { rows: topicRows } = await db.query(
    `SELECT id FROM topics WHERE state IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED') ORDER BY md5(id::text) LIMIT ${SAMPLE_TOPICS}`,
  );
  const topicIds = topicRows.map((row) => row.id);
  // The participation dashboard of this alliance year, read by the secretariat.
  const { rows: [yearRow] } = await db.query(`SELECT id FROM participation_periods WHERE kind = 'YEAR' AND year = extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')`);
  const periodId = yearRow?.id;
  await db.end();

  console.log('Machine');
  for (const [key, value] of Object.entries(machine)) console.log(`  ${key.padEnd(16)} ${value}`);
  console.log(`Data (${splitDatabaseUrl(url).name}, generated ${marker.generatedAt} in ${marker.generationSeconds} s, scale ${marker.scale})`);
  console.log(`  ${Object.entries(marker.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Viewer: ${marker.signIn.email} (reporter of ${viewerRow.slug}, ${viewerRow.city_zh}); ${topicIds.length} topic pages in rotation`);
  console.log(`Budget per cell: ${REQUESTS} requests or ${MAX_MS / 1000} s, after an unrecorded warm-up of max(5, clients) requests\n`);

  let server = null;
  let gql = null;
  if (!sqlOnly) {
    const schemaFile = path.join(SERVER_DIR, 'schema.graphql');
    const built = fs.existsSync(path.join(SERVER_DIR, 'dist/modules/topics/topic.resolver.js'));
    if (!built || !/type Topic\b/.test(fs.readFileSync(schemaFile, 'utf8'))) {
      throw new Error('the built server has no topics API yet: pnpm --filter @yah/shared build && pnpm --filter @yah/server build (or pass --sql-only)');
    }
    server = await startBuiltServer(url);
    console.log(`Server: pid ${server.pid} at ${server.url} (NODE_ENV=production, its own pool of 20 connections)\n`);
  }
  const stopServer = async () => {
    if (server) await server.stop();
    server = null;
  };
  process.once('SIGINT', () => void stopServer().then(() => process.exit(130)));

  const results = [];
  /** Per read, the shape of each hand-written statement's plan. */
  const plans = {};
  try {
    let secretariatGql = null;
    if (server) {
      const cookie = await signIn(server.url, marker.signIn.email, marker.signIn.password);
      gql = graphqlClient(server.url, cookie);
      if (marker.secretariat) secretariatGql = graphqlClient(server.url, await signIn(server.url, marker.secretariat.email, marker.secretariat.password));
    }
    const measuring = (key) => !ONLY || ONLY.has(key);
    // The topic page sends its two queries at once, as the client does: the page is read when both have answered.
    const topicPage = (id) => Promise.all([gql(TOPIC_GQL, { id }), gql(TOPIC_COMMENTS_GQL, { id, first: 20 })]);
    if (measuring('participation') && !periodId) throw new Error('the bench data has no period for this year: generate it again (bench:generate --reset)');

    // Both sides must read the same rows before their speed means anything.
    const check = new pg.Pool({ connectionString: url, max: 1 });
    const sqlBoard = measuring('board') ? await sql.board(check, viewer) : null;
    const sqlOpen = measuring('open') ? await sql.open(check, viewer) : null;
    const sqlLibrary = measuring('library') ? await sql.library(check) : null;
    const sqlTopics = [];
    if (measuring('topic')) for (const id of topicIds.slice(0, 10)) sqlTopics.push(await sql.topic(check, viewer, id));
    const sqlParticipation = measuring('participation') ? await participationSql(check, periodId) : null;
    await check.end();
    if (gql) {
      const problems = [];
      const expect = (what, actual, expected) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: GraphQL ${JSON.stringify(actual).slice(0, 200)} ≠ SQL ${JSON.stringify(expected).slice(0, 200)}`);
      };
      const board = sqlBoard && (await gql(BOARD_GQL, { first: 20 })).data.topics;
      if (board) {
        expect('board totalCount', board.totalCount, sqlBoard.totalCount);
        expect('board hasNextPage', board.pageInfo.hasNextPage, sqlBoard.hasNextPage);
        expect('board ids', board.nodes.map((n) => n.id), sqlBoard.ids);
        expect('board progress', board.nodes.map((n) => n.progress), sqlBoard.progress);
        expect('board co-sponsors', board.nodes.map((n) => n.coSponsors.map((c) => c.member.id).sort()), sqlBoard.coSponsors.map((ids) => [...ids].sort()));
      }
      const open = sqlOpen && (await gql(OPEN_GQL, { first: 20 })).data.openAssignments;
      if (open) {
        expect('open totalCount', open.totalCount, sqlOpen.totalCount);
        expect('open ids', open.nodes.map((n) => n.id), sqlOpen.ids);
        expect('open distances', open.nodes.map((n) => n.distanceKm), sqlOpen.distances);
      }
      const library = sqlLibrary && (await gql(LIBRARY_GQL, LIBRARY_VARIABLES)).data.resources;
      if (library) {
        expect('library totalCount', library.totalCount, sqlLibrary.totalCount);
        expect('library hasNextPage', library.pageInfo.hasNextPage, sqlLibrary.hasNextPage);
        expect('library ids', library.nodes.map((n) => n.id), sqlLibrary.ids);
        expect('library reach', library.nodes.map((n) => n.reach), sqlLibrary.reach);
      }
      for (const sqlTopic of sqlTopics) {
        const [{ data: { topic } }, { data: { topic: { comments } } }] = await topicPage(sqlTopic.id);
        expect(`topic ${topic.id} assignments`, topic.assignments.map((a) => a.id), sqlTopic.assignmentIds);
        expect(`topic ${topic.id} my claims`, topic.assignments.map((a) => a.myClaim?.id ?? null), sqlTopic.myClaims);
        expect(`topic ${topic.id} claims shown`, topic.assignments.map((a) => a.claims.length), sqlTopic.claims);
        expect(`topic ${topic.id} progress`, topic.progress, sqlTopic.progress);
        expect(`topic ${topic.id} reach`, topic.reach, sqlTopic.reach);
        expect(`topic ${topic.id} comments`, [comments.totalCount, comments.nodes.map((c) => c.id)], [sqlTopic.commentCount, sqlTopic.commentIds]);
      }
      if (sqlParticipation) {
        // The on-time rate counts what fell due by now, and at this scale something falls due every few seconds: both
        // sides are read back to back, a few times if a due time fell between them.
        let differences = [];
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const view = (await secretariatGql(PARTICIPATION_GQL, { periodId })).data.participation;
          const pool = new pg.Pool({ connectionString: url, max: 1 });
          const expected = await participationSql(pool, periodId).finally(() => pool.end());
          differences = [];
          const same = (what, actual, wanted) => JSON.stringify(actual) === JSON.stringify(wanted) || differences.push(`${what}: GraphQL ${JSON.stringify(actual).slice(0, 200)} ≠ SQL ${JSON.stringify(wanted).slice(0, 200)}`);
          same('participation members', view.rows.map((row) => row.member.id).sort(), Object.keys(expected.actuals).sort());
          const differing = view.rows.filter((row) => JSON.stringify(row.commitments.map((c) => ({ actual: c.actual, due: c.due }))) !== JSON.stringify(expected.actuals[row.member.id]));
          same('participation rows with other actuals', differing.map((row) => row.member.slug), []);
          same('participation totals', view.totals.metrics, expected.totals);
          const trend = {};
          for (const month of view.trend) {
            for (const { metric, value } of month.metrics) if (value) (trend[month.month] ??= {})[metric] = value;
          }
          const sorted = (object) => Object.fromEntries(Object.entries(object).sort().map(([k, v]) => [k, typeof v === 'object' ? sorted(v) : v]));
          const expectedTrend = Object.fromEntries(Object.entries(expected.trend).map(([month, values]) => [month, Object.fromEntries(Object.entries(values).filter(([, v]) => v))]).filter(([, values]) => Object.keys(values).length));
          same('participation trend', sorted(trend), sorted(expectedTrend));
          for (const days of [30, 60, 90]) same(`participation quiet ${days}`, view[`quiet${days}`].map((q) => q.member.id).sort(), expected.quiet[days]);
          if (differences.length === 0) break;
        }
        problems.push(...differences);
      }
      if (problems.length) throw new Error(`GraphQL and SQL disagree:\n  ${problems.join('\n  ')}`);
      const read = [board && `board (${board.totalCount} topics)`, open && `open assignments (${open.totalCount})`, library && `the library (${library.totalCount} pieces)`, sqlTopics.length && `${sqlTopics.length} topic pages`, sqlParticipation && `the participation dashboard (${sqlParticipation.members} members)`];
      console.log(`GraphQL and SQL read the same: ${read.filter(Boolean).join(', ')}\n`);
    } else {
      console.log(`SQL: board total ${sqlBoard?.totalCount ?? '—'}, open assignments total ${sqlOpen?.totalCount ?? '—'}\n`);
    }

    const scenarios = [
      { key: 'board', name: 'topic board', graphql: () => gql(BOARD_GQL, { first: 20 }), sql: (pool) => sql.board(pool, viewer) },
      { key: 'topic', name: 'topic page', graphql: (i) => topicPage(topicIds[i % topicIds.length]), sql: (pool, i) => sql.topic(pool, viewer, topicIds[i % topicIds.length]) },
      { key: 'open', name: 'open assignments', graphql: () => gql(OPEN_GQL, { first: 20 }), sql: (pool) => sql.open(pool, viewer) },
      { key: 'library', name: 'library page', graphql: () => gql(LIBRARY_GQL, LIBRARY_VARIABLES), sql: (pool) => sql.library(pool) },
      { key: 'participation', name: 'participation', graphql: () => secretariatGql(PARTICIPATION_GQL, { periodId }), sql: (pool) => participationSql(pool, periodId) },
    ].filter((scenario) => measuring(scenario.key));
    for (const scenario of scenarios) {
      // The hand-written statements of this read and their plans, from one run of it.
      const shapesPool = new pg.Pool({ connectionString: url, max: 1 });
      const recorder = recordingPool(shapesPool);
      await scenario.sql(recorder.pool, 0);
      plans[scenario.name] = await planShapes(shapesPool, recorder.statements());
      await shapesPool.end();
      console.log(`  ${scenario.name}: ${plans[scenario.name].length} statement(s)\n${plans[scenario.name].map((plan) => `      ${plan}`).join('\n')}`);
      for (const concurrency of LEVELS) {
        const row = { scenario: scenario.name, concurrency, graphql: null, sql: null };
        if (gql) row.graphql = await measure(concurrency, (i) => scenario.graphql(i));
        const pool = new pg.Pool({ connectionString: url, max: concurrency, application_name: 'yah-bench-sql' });
        row.sql = await measure(concurrency, (i) => scenario.sql(pool, i));
        await pool.end();
        results.push(row);
        const show = (label, r) => (r ? `${label} n=${r.n} p50 ${fmt(r.p50)} p95 ${fmt(r.p95)} p99 ${fmt(r.p99)} ms ${r.rps.toFixed(0)} req/s${r.errors ? ` ERRORS ${r.errors}: ${r.firstError}` : ''}` : '');
        console.log(`  ${scenario.name.padEnd(16)} ×${String(concurrency).padEnd(3)} ${show('GraphQL', row.graphql)}  |  ${show('SQL', row.sql)}`);
      }
    }
  } finally {
    await stopServer();
  }

  console.log('\nLatency in ms (p50/p95/p99 per request), throughput in completed requests per second:\n');
  console.log(table(results));
  writeResults(results, machine, marker, plans);
  const failed = results.filter((r) => r.graphql?.errors || r.sql.errors);
  if (failed.length) {
    console.log(`\n${failed.length} cells had errors: the figures above leave the failed requests out.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`\nbench:run failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
