import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../../test-support/test-server';

/** Headers are set by the HTTP layer alone, whatever the database: one embedded server is enough. */
describe('defect 10: security headers', () => {
  let server: TestServer;
  let clientDist: string;

  beforeAll(async () => {
    clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-client-'));
    fs.writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>hub</title><div id="root"></div>');
    server = await startTestServer('embedded', { NODE_ENV: 'production', CLIENT_DIST: clientDist });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    fs.rmSync(clientDist, { recursive: true, force: true });
  });

  const directives = (csp: string | null) =>
    new Map((csp ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values]));

  it.each(['/', '/topics/some-client-route'])('the app page %s may not be framed, leaks no referrer, and runs only its own scripts', async (route) => {
    const response = await fetch(`${server.url}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('covers the API and the health routes too', async () => {
    for (const route of ['/healthz', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${server.url}${route}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});
