#!/usr/bin/env node
// `pnpm test`: every check and test suite of the project, in order, with a summary at the end. Checks in one inner
// list run side by side (two cores: lint and typecheck each keep one busy, as do the client's tests and the build);
// their output is shown as each ends.
import { spawn } from 'node:child_process';

const steps = [
  ['machine prerequisites (Chromium, PostgreSQL, Redis)', 'bash', ['tests/support/prepare-machine.sh']],
  ['build shared', 'pnpm', ['--filter', '@yah/shared', 'run', 'build']],
  [
    ['lint', 'pnpm', ['run', 'lint']],
    ['typecheck', 'pnpm', ['-r', 'run', 'typecheck']],
  ],
  ['shared unit tests', 'pnpm', ['--filter', '@yah/shared', 'run', 'test']],
  ['server unit + integration tests (PostgreSQL and PGlite)', 'pnpm', ['--filter', '@yah/server', 'run', 'test']],
  [
    ['client component tests', 'pnpm', ['--filter', '@yah/client', 'run', 'test']],
    ['build client and server', 'pnpm', ['run', 'build']],
    ['docker files', 'pnpm', ['--filter', '@yah/tests', 'run', 'docker']],
  ],
  ['browser tests (Chromium)', 'pnpm', ['--filter', '@yah/tests', 'run', 'e2e']],
];

/** Runs one step; alone it prints as it goes, beside others its output waits until it ends. */
function run([name, command, args], { buffered }) {
  return new Promise((resolve) => {
    const started = Date.now();
    if (!buffered) console.log(`\n━━ ${name}`);
    const child = spawn(command, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      if (buffered) {
        console.log(`\n━━ ${name}`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const only = process.argv.slice(2);
const wanted = ([name]) => !only.length || only.some((word) => name.includes(word));
const results = [];
for (const step of steps) {
  const group = (Array.isArray(step[0]) ? step : [step]).filter(wanted);
  if (!group.length) continue;
  results.push(...(await Promise.all(group.map((one) => run(one, { buffered: group.length > 1 })))));
  if (results.some((r) => !r.ok)) break;
}

console.log('\n━━ summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? '✔' : '✘'} ${name} (${seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
