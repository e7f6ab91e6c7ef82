#!/usr/bin/env node
// `pnpm test`: every check and test suite of the project, in order, with a summary at the end.
import { spawnSync } from 'node:child_process';

const steps = [
  ['machine prerequisites (Chromium, PostgreSQL, Redis)', 'bash', ['tests/support/prepare-machine.sh']],
  ['lint', 'pnpm', ['run', 'lint']],
  ['build shared', 'pnpm', ['--filter', '@yah/shared', 'run', 'build']],
  ['typecheck', 'pnpm', ['-r', 'run', 'typecheck']],
  ['shared unit tests', 'pnpm', ['--filter', '@yah/shared', 'run', 'test']],
  ['server unit + integration tests (PostgreSQL and PGlite)', 'pnpm', ['--filter', '@yah/server', 'run', 'test']],
  ['client component tests', 'pnpm', ['--filter', '@yah/client', 'run', 'test']],
  ['build client and server', 'pnpm', ['run', 'build']],
  ['docker files', 'pnpm', ['--filter', '@yah/tests', 'run', 'docker']],
  ['browser tests (Chromium)', 'pnpm', ['--filter', '@yah/tests', 'run', 'e2e']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (status !== 0) break;
}

console.log('\n━━ summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? '✔' : '✘'} ${name} (${seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
