// Starts the built app (server/dist + client/dist) as its own process over a fresh embedded database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DEMO_PASSWORD = 'browser-demo-password';
const root = new URL('../../', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the app over `dataDir`, kept afterwards; by default over a fresh directory removed on stop — a copy of
 * `YAH_E2E_DATA_TEMPLATE` when set (a data directory the app has already migrated and filled with demo data: see
 * run-e2e.mjs), else empty, and the app migrates and fills it itself. `root` serves another checkout's build (the
 * first-screen bench compares with one).
 */
export async function startAppServer({ dataDir: keptDir, root: appRoot = root } = {}) {
  const dataDir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yah-e2e-'));
  const template = process.env.YAH_E2E_DATA_TEMPLATE;
  if (!keptDir && template) fs.cpSync(template, dataDir, { recursive: true });
  const port = await freePort();
  const { YAH_E2E_DATA_TEMPLATE: _template, DATABASE_URL: _database, ...parentEnv } = process.env;
  // Always embedded PGlite.
  const childEnv = { ...parentEnv, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_PASSWORD, LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [path.join(appRoot, 'server/dist/main.js')], { cwd: appRoot, env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  // Migrating and loading the demo data takes a minute on a quiet machine; a busy one needs longer.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left running over a directory the caller is about to remove.
      child.kill('SIGTERM');
      throw new Error('the app did not become ready within 180 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
