#!/usr/bin/env node
// Embedded PGlite against PostgreSQL under the same mixed read load (issue 10): the same data set at the demo scale × 10
// (generate.mjs --scale=0.01: 1,000 topics, 10,000 assignments) in a PostgreSQL database and in a PGlite data dir, the
// built server started on each, and 50 concurrent clients rotating the board, a topic page, open assignments and the
// participation dashboard for a fixed budget, the two servers in turns. Prints p50/p95/p99/rps per database and PGlite
// p95 / PostgreSQL p95.
//
//   pnpm --filter @yah/tests bench:pglite [--reset] [--only=board,topic,open,participation]
//
// BENCH_SMALL_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/yah_bench_small) and BENCH_PGLITE_DIR (default
// tests/bench/.data/pglite-0.01) hold the data; both are generated on the first run and kept (--reset builds them again).
// BENCH_CLIENTS (default 50); the two databases take the load in turns, BENCH_ROUNDS (default 3) rounds each of
// BENCH_REQUESTS (default 1000) requests or BENCH_MAX_SECONDS (default 20), whichever ends first.
import path from 'node:path';
import {
  ROOT,
  connect,
  fmtMs,
  graphqlClient,
  machineInfo,
  measure,
  pool,
  readBenchFacts,
  round,
  runToEnd,
  signIn,
  splitDatabaseUrl,
  startBuiltServer,
  startEmbedded,
  updateResults,
} from './common.mjs';
import { BOARD_GQL, OPEN_GQL, PARTICIPATION_GQL, TOPIC_COMMENTS_GQL, TOPIC_GQL } from './queries.mjs';

const args = process.argv.slice(2);
const reset = args.includes('--reset');
/** Demo × 10: the demo alliance has ~100 topics and ~1,000 assignments; a hundredth of the national data set is ten times that. */
const SCALE = 0.01;
const POSTGRES_URL = process.env.BENCH_SMALL_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/yah_bench_small';
const PGLITE_DIR = path.resolve(process.env.BENCH_PGLITE_DIR || path.join(ROOT, 'tests/bench/.data/pglite-0.01'));
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 1000);
const MAX_MS = Number(process.env.BENCH_MAX_SECONDS || 20) * 1000;
const SAMPLE_TOPICS = 100;
/** The mix: request i reads KINDS[i % KINDS.length]; --only=board,topic,open,participation (run.mjs's keys) narrows it for a look. */
const ALL_KINDS = { board: 'board', topic: 'topic page', open: 'open assignments', participation: 'participation' };
const onlyArg = args.find((a) => a.startsWith('--only='));
const onlyKeys = onlyArg ? onlyArg.slice('--only='.length).split(',') : Object.keys(ALL_KINDS);
for (const key of onlyKeys) if (!ALL_KINDS[key]) throw new Error(`--only: unknown read "${key}" (board, topic, open, participation)`);
const KINDS = onlyKeys.map((key) => ALL_KINDS[key]);

const { name: postgresName } = splitDatabaseUrl(POSTGRES_URL);
if (postgresName === 'yah_bench') throw new Error('yah_bench is the national-scale data set: give the small one a database of its own');

async function generateBoth() {
  const generator = path.join(ROOT, 'tests/bench/generate.mjs');
  const common = [`--scale=${SCALE}`, ...(reset ? ['--reset'] : [])];
  console.log(`PostgreSQL: ${postgresName}`);
  await runToEnd(process.execPath, [generator, ...common], { env: { ...process.env, BENCH_DATABASE_URL: POSTGRES_URL } });
  console.log(`\nPGlite: ${path.relative(process.cwd(), PGLITE_DIR) || PGLITE_DIR}`);
  await runToEnd(process.execPath, [generator, ...common, `--pglite=${PGLITE_DIR}`]);
}

/** The facts the load needs, read before the server opens the database (PGlite allows one instance per data dir). */
async function factsOf(connection) {
  const db = connect(connection);
  await db.connect();
  try {
    const facts = await readBenchFacts(db, SAMPLE_TOPICS);
    if (facts.marker.scale !== SCALE) throw new Error(`the data set has scale ${facts.marker.scale}, not ${SCALE}: pass --reset`);
    return { ...facts, machine: await machineInfo(db) };
  } finally {
    await db.end();
  }
}

/** Starts the built server on a database and signs in; `read(i)` sends request i of the mix. */
async function openTarget(label, database, facts) {
  const server = await startBuiltServer(database);
  try {
    const reporter = graphqlClient(server.url, await signIn(server.url, facts.marker.signIn.email, facts.marker.signIn.password));
    const secretariat = graphqlClient(server.url, await signIn(server.url, facts.marker.secretariat.email, facts.marker.secretariat.password));
    const { topicIds, periodId } = facts;
    const reads = {
      board: () => reporter(BOARD_GQL, { first: 20 }),
      // The browser sends the page and its comment thread together; the page is ready when both have answered.
      'topic page': (i) => {
        const id = topicIds[Math.floor(i / KINDS.length) % topicIds.length];
        return Promise.all([reporter(TOPIC_GQL, { id }), reporter(TOPIC_COMMENTS_GQL, { id, first: 20 })]);
      },
      'open assignments': () => reporter(OPEN_GQL, { first: 20 }),
      participation: () => secretariat(PARTICIPATION_GQL, { periodId }),
    };
    const read = (i) => reads[kindOf(i)](i);
    // Every kind once before the clock starts, so a broken read fails the run rather than hiding in the error count.
    for (let i = 0; i < KINDS.length; i += 1) await read(i);
    console.log(`  ${label}: server pid ${server.pid} at ${server.url}`);
    return { label, server, read, rounds: [] };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

const kindOf = (i) => KINDS[i % KINDS.length];
const show = (r) => `n=${r.n} p50 ${fmtMs(r.p50)} p95 ${fmtMs(r.p95)} p99 ${fmtMs(r.p99)} ms, ${r.rps.toFixed(1)} req/s${r.errors ? `, ERRORS ${r.errors}: ${r.firstError}` : ''}`;

/**
 * Both servers run side by side (the idle one takes no CPU) and take the load in turns, ROUNDS times, so a neighbour's
 * burst on this shared machine falls on both rather than on whichever happened to run then; each side's rounds are pooled.
 */
async function mixedLoad(targets) {
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const target of targets) {
      const result = await measure(CLIENTS, target.read, { requests: REQUESTS, maxMs: MAX_MS, byKey: kindOf });
      target.rounds.push(result);
      console.log(`  round ${round}/${ROUNDS} ${target.label.padEnd(10)} ${show(result)}`);
    }
  }
  return targets.map((target) => pool(target.rounds));
}

const figures = (r) => ({
  p50: round(r.p50),
  p95: round(r.p95),
  p99: round(r.p99),
  rps: round(r.rps),
  requests: r.n,
  errors: r.errors,
  byKind: Object.fromEntries(Object.entries(r.byKind).map(([kind, k]) => [kind, { p50: round(k.p50), p95: round(k.p95), p99: round(k.p99), requests: k.n }])),
});

async function main() {
  const started = Date.now();
  await generateBoth();

  const postgresFacts = await factsOf(POSTGRES_URL);
  const embedded = await startEmbedded(PGLITE_DIR);
  const pgliteFacts = await factsOf(embedded.connection).finally(() => embedded.close());
  const { size: _pgSize, ...postgresCounts } = postgresFacts.marker.counts;
  const { size: _pgliteSize, ...pgliteCounts } = pgliteFacts.marker.counts;
  if (JSON.stringify(postgresCounts) !== JSON.stringify(pgliteCounts)) {
    throw new Error(`the two data sets differ: PostgreSQL ${JSON.stringify(postgresCounts)}, PGlite ${JSON.stringify(pgliteCounts)} (pass --reset)`);
  }
  if (JSON.stringify(postgresFacts.topicIds) !== JSON.stringify(pgliteFacts.topicIds)) throw new Error('the two data sets hold different topics (pass --reset)');

  console.log(`\nData (scale ${SCALE}, demo × 10): ${Object.entries(postgresCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Mixed read load, rotating ${KINDS.join(', ')} (a topic page is its two requests, page and comments, sent together)\n`);

  const targets = [];
  const stopAll = () => Promise.all(targets.map((target) => target.server.stop()));
  const onSigint = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSigint);
  let postgres;
  let pglite;
  try {
    targets.push(await openTarget('PostgreSQL', POSTGRES_URL, postgresFacts));
    targets.push(await openTarget('PGlite', { dataDir: PGLITE_DIR }, pgliteFacts));
    console.log(`  ${CLIENTS} clients; ${ROUNDS} rounds each, in turns, of ${REQUESTS} requests or ${MAX_MS / 1000} s\n`);
    [postgres, pglite] = await mixedLoad(targets);
  } finally {
    process.off('SIGINT', onSigint);
    await stopAll();
  }
  const ratio = pglite.p95 / postgres.p95;

  const row = (label, r) => `| ${label} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.p99)} | ${r.rps.toFixed(1)} | ${r.n} | ${r.errors} |`;
  console.log(`\n${CLIENTS} clients, latency in ms per request, throughput in completed requests per second:\n`);
  console.log('| database | p50 | p95 | p99 | req/s | requests | errors |\n| --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('PostgreSQL', postgres));
  console.log(row('PGlite', pglite));
  console.log('\np95 per kind (ms): PostgreSQL / PGlite');
  for (const kind of KINDS) console.log(`  ${kind.padEnd(17)} ${fmtMs(postgres.byKind[kind]?.p95 ?? NaN).padStart(6)} / ${fmtMs(pglite.byKind[kind]?.p95 ?? NaN)}`);
  console.log(`\nPGlite p95 / PostgreSQL p95 = ${ratio.toFixed(2)}× (issue 10's target: ≤ 2×)`);

  const file = updateResults({
    pgliteMixed: {
      date: new Date().toISOString(),
      machine: { ...postgresFacts.machine, pglite: pgliteFacts.machine.postgres },
      data: { scale: SCALE, counts: postgresCounts },
      load: { clients: CLIENTS, rounds: ROUNDS, requestsPerRound: REQUESTS, maxSecondsPerRound: MAX_MS / 1000, kinds: KINDS },
      postgres: figures(postgres),
      pglite: figures(pglite),
      p95Ratio: round(ratio),
    },
  });
  console.log(`Figures written to ${path.relative(process.cwd(), file)} (pgliteMixed); the run took ${Math.round((Date.now() - started) / 1000)} s.`);
  if (postgres.errors || pglite.errors) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`\nbench:pglite failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
