// There is no Docker engine on the build machines: these checks read the files a deployment runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'yaml';

const read = (file) => fs.readFileSync(new URL(`../../docker/${file}`, import.meta.url), 'utf8');

test('the compose file parses and runs PostgreSQL, Redis, two app copies and a proxy', () => {
  const compose = parse(read('compose.yaml'));
  assert.deepEqual(Object.keys(compose.services).sort(), ['app1', 'app2', 'postgres', 'proxy', 'redis']);
  for (const app of ['app1', 'app2']) {
    const { environment, build } = compose.services[app];
    assert.match(environment.DATABASE_URL, /@postgres:5432\//);
    assert.equal(environment.REDIS_URL, 'redis://redis:6379');
    assert.equal(build.dockerfile, 'docker/Dockerfile');
  }
  assert.ok(compose.services.proxy.depends_on.includes('app1') && compose.services.proxy.depends_on.includes('app2'));
});

test('the proxy spreads requests over both copies and passes WebSocket upgrades', () => {
  const nginx = read('nginx.conf');
  assert.match(nginx, /server app1:4000;/);
  assert.match(nginx, /server app2:4000;/);
  assert.match(nginx, /proxy_set_header Upgrade \$http_upgrade;/);
  assert.match(nginx, /X-Forwarded-Proto/);
});

test('the Dockerfile builds in one stage and runs the server as an unprivileged user in another', () => {
  const dockerfile = read('Dockerfile');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((m) => m[2]);
  assert.deepEqual(stages, ['build', 'runtime']);
  assert.match(dockerfile, /pnpm install --frozen-lockfile/);
  assert.match(dockerfile, /^USER node$/m);
  assert.match(dockerfile, /CMD \["node", "server\/dist\/main.js"\]/);
  assert.doesNotMatch(dockerfile, /https?:\/\/(?!127\.0\.0\.1)/, 'no registry or download address in the image build');
});
