#!/usr/bin/env node
// Builds shared, client and server in turn. `pnpm start` builds each only when its sources changed since its last build
// (a hash of the files' paths and contents, kept in its dist/ — trusted only if nothing in dist/ is newer: a build
// made some other way); `pnpm build` (--all) builds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const COMMON = ['pnpm-lock.yaml', 'tsconfig.base.json'];
const PACKAGES = [
  { name: '@yah/shared', dir: 'shared', inputs: ['shared/src', 'shared/package.json', 'shared/tsconfig.json'] },
  // The client compiles the shared sources itself (a Vite alias).
  { name: '@yah/client', dir: 'client', inputs: ['client/src', 'client/public', 'client/index.html', 'client/package.json', 'client/vite.config.ts', 'client/tsconfig.json', 'client/tsconfig.node.json', 'shared/src'] },
  { name: '@yah/server', dir: 'server', inputs: ['server/src', 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json', 'shared/src'] },
];

/** Every file under the given paths, sorted (tests and test data included: cheap to hash, and safe). */
function files(relative) {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => files(path.join(relative, entry.name)))
    .sort();
}

function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const file of [...COMMON, ...inputs].flatMap(files)) hash.update(`${file}\0`).update(fs.readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((latest, entry) => {
    return entry.isFile() ? Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs) : latest;
  }, 0);
}

function upToDate(dist, stamp, hash) {
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== hash) return false;
  return newest(dist) <= fs.statSync(stamp).mtimeMs;
}

const all = process.argv.includes('--all');
// `--only=shared,server`: just those packages (the database commands need no client).
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
for (const { name, dir, inputs } of PACKAGES.filter((pkg) => !only || only.includes(pkg.dir))) {
  const dist = path.join(root, dir, 'dist');
  const stamp = path.join(dist, '.source-hash');
  const hash = sourceHash(inputs);
  if (!all && upToDate(dist, stamp, hash)) {
    console.log(`${name}: unchanged since its last build`);
    continue;
  }
  const { status } = spawnSync('pnpm', ['--filter', name, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  fs.writeFileSync(stamp, hash);
}
