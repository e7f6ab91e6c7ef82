#!/usr/bin/env node
// Writes the README's benchmark table from tests/bench/results/latest.json: each read's GraphQL and SQL figures at
// every number of clients, beside the figures of the run kept under `before`, and the targets of issue 10.
//
//   pnpm --filter @yah/tests bench:report            # rewrites the part of README.md between the bench markers
//   pnpm --filter @yah/tests bench:report --print    # prints it instead
import fs from 'node:fs';

const RESULTS_FILE = new URL('./results/latest.json', import.meta.url);
const README = new URL('../../README.md', import.meta.url);
const START = '<!-- bench:start (written by pnpm --filter @yah/tests bench:report) -->';
const END = '<!-- bench:end -->';

const report = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
const ms = (value) => (value === null || value === undefined ? '—' : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const pair = (figures) => (figures ? `${ms(figures.p50)} / ${ms(figures.p95)}` : '—');
const share = (row) => (row.graphql && row.sql ? `${Math.round((100 * row.graphql.rps) / row.sql.rps)} %` : '—');
const beforeOf = (row) => report.before?.results.find((old) => old.scenario === row.scenario && old.clients === row.clients);

const lines = [
  `Run of ${report.date.slice(0, 10)} (${report.quick ? 'quick' : 'full'}; ${report.machine.cpu}, ${report.machine.memory}, Node ${report.machine.node.replace(/^v/, '')}, ${report.machine.postgres.split(' (')[0]}, the load generator on the same cores),`,
  `national scale (${Object.entries(report.data.counts).filter(([key]) => key !== 'size').map(([key, value]) => `${Number(value).toLocaleString('en')} ${key.replace('_', '-')}`).join(', ')}).`,
  `p50 / p95 in ms; "before" is the run of ${report.before ? report.before.date.slice(0, 10) : '—'} (${report.before?.note ?? 'none kept'}).`,
  'Targets at 10 clients: p95 ≤ 30 ms through GraphQL, and GraphQL throughput ≥ 60 % of SQL.',
  '',
  '| read | clients | GraphQL before | GraphQL now | SQL now | GraphQL req/s | SQL req/s | GraphQL / SQL throughput |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...report.results.map((row) => `| ${row.scenario} | ${row.clients} | ${pair(beforeOf(row)?.graphql)} | ${pair(row.graphql)} | ${pair(row.sql)} | ${row.graphql ? Math.round(row.graphql.rps) : '—'} | ${Math.round(row.sql.rps)} | ${share(row)} |`),
];
/** The other targets of issue 10, each from its own script's key in the same file (absent until that script has run). */
const targets = [];
const { firstScreen, pgliteMixed, liveFanout, claimsUnderFire } = report;
if (firstScreen) {
  targets.push(`| first screen (\`bench:first-screen\`, ${firstScreen.date.slice(0, 10)}) | ≤ 250 KiB of compressed JS before the sign-in form is usable; LCP ≤ 1 s | ${firstScreen.fast.jsKiB} KiB in ${firstScreen.fast.jsFiles} files; LCP ${Math.round(firstScreen.fast.lcpMs)} ms (slow 4G + 4× CPU: ${Math.round(firstScreen.throttled.lcpMs)} ms) | ${firstScreen.before ? `${firstScreen.before.fast.jsKiB} KiB; LCP ${Math.round(firstScreen.before.fast.lcpMs)} ms` : '—'} |`);
}
if (pgliteMixed) {
  const ratio = pgliteMixed.pglite.p95 / pgliteMixed.postgres.p95;
  targets.push(`| embedded PGlite, demo × 10, ${pgliteMixed.load.clients} clients, mixed reads (\`bench:pglite\`, ${pgliteMixed.date.slice(0, 10)}) | p95 within 2× of PostgreSQL's | ${ratio.toFixed(2)}× (${ms(pgliteMixed.pglite.p95)} vs ${ms(pgliteMixed.postgres.p95)} ms) | ${pgliteMixed.before ? `${(pgliteMixed.before.pglite.p95 / pgliteMixed.before.postgres.p95).toFixed(2)}×` : '1.63× (PGlite on the main thread)'} |`);
}
if (liveFanout) {
  const live = liveFanout.topicChanged;
  targets.push(`| live fan-out, ${liveFanout.setup.subscribers} subscribers over ${liveFanout.setup.copies} copies through Redis (\`bench:fanout\`, ${liveFanout.date.slice(0, 10)}) | p95 ≤ 500 ms, none lost | p95 ${ms(live.p95)} ms, ${live.lost} lost of ${live.expected.toLocaleString('en')} | ${liveFanout.before ? `p95 ${ms(liveFanout.before.topicChanged.p95)} ms` : '—'} |`);
}
if (claimsUnderFire) {
  for (const [kind, run] of Object.entries(claimsUnderFire.results ?? {})) {
    const before = claimsUnderFire.before?.results?.[kind];
    targets.push(`| ${run.claims.toLocaleString('en')} concurrent claims on ${run.slots} slots, ${kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} (\`bench:claims\`, ${claimsUnderFire.date.slice(0, 10)}) | settled < 2 s, exactly ${run.slots} winners | ${ms(run.wallMs)} ms, ${run.winners} winners | ${before ? `${ms(before.wallMs)} ms, ${before.winners} winners` : '—'} |`);
  }
}
if (targets.length) {
  lines.push('', '| other target | wanted | now | before |', '| --- | --- | --- | --- |', ...targets);
}
const table = lines.join('\n');

if (process.argv.includes('--print')) {
  console.log(table);
} else {
  const readme = fs.readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section to write into`);
  fs.writeFileSync(README, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
  console.log('README.md: benchmark table written from tests/bench/results/latest.json');
}
