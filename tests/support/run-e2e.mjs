#!/usr/bin/env node
// The browser tests (`pnpm --filter @yah/tests e2e [files…]`): the app migrates and loads its demo data once, into a
// template data directory; each test file's app then starts over its own copy instead of doing it again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAppServer } from './app-server.mjs';

const template = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-e2e-template-'));
let status;
try {
  await (await startAppServer({ dataDir: template })).stop();
  const files = process.argv.slice(2);
  ({ status } = spawnSync(process.execPath, ['--test', `--test-concurrency=${process.env.E2E_CONCURRENCY ?? 2}`, '--test-timeout=480000', ...(files.length ? files : ['e2e/'])], {
    stdio: 'inherit',
    env: { ...process.env, YAH_E2E_DATA_TEMPLATE: template },
  }));
} finally {
  fs.rmSync(template, { recursive: true, force: true });
}
process.exit(status ?? 1);
