import path from 'node:path';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from '../config';

describe('configuration', () => {
  it('defaults to embedded PGlite in ./.data on port 4000 with the documented demo password', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('./.data') });
    expect(config.demo).toEqual({ seed: true, password: DEFAULT_DEMO_PASSWORD, passwordFromEnv: false });
    expect(config.redisUrl).toBeNull();
  });

  it('uses DATABASE_URL, REDIS_URL and DEMO_PASSWORD when set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/yah', REDIS_URL: 'redis://127.0.0.1:6379', DEMO_PASSWORD: 'a-long-demo-password' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/yah' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.demo.passwordFromEnv).toBe(true);
  });

  it('refuses member feeds on private addresses unless told otherwise, and polls them every minute', () => {
    expect(loadConfig({}).feeds).toEqual({ allowPrivateHosts: false, pollIntervalMs: 60_000 });
    expect(loadConfig({ FEED_ALLOW_PRIVATE_HOSTS: 'true', FEED_POLL_INTERVAL_SECONDS: '0' }).feeds).toEqual({ allowPrivateHosts: true, pollIntervalMs: 0 });
    expect(() => loadConfig({ FEED_ALLOW_PRIVATE_HOSTS: 'yes' })).toThrow(/FEED_ALLOW_PRIVATE_HOSTS/);
  });

  it('opens /metrics beyond loopback only with a METRICS_TOKEN long enough not to be guessed', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'a-scraper-token-0123' }).metricsToken).toBe('a-scraper-token-0123');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('refuses to start on bad values, naming each one', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', DEMO_PASSWORD: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', DEMO_PASSWORD: 'short' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/DEMO_PASSWORD/);
    }
  });
});
