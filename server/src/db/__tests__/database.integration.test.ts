import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../common/logger';
import { loadConfig } from '../../config/config';
import { startServer } from '../../server';
import { GraphQLTestClient } from '../../test-support/graphql-client';
import { DATABASE_KINDS, DEMO_PASSWORD, openEmptyTestDatabase, startTestServer, type TestServer } from '../../test-support/test-server';
import { pendingSchemaChanges, runMigrations } from '../migrate';
import { seedDemoData } from '../seed/demo-seed';

const log = createLogger('silent');

describe.each(DATABASE_KINDS)('database on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 60_000);
  afterAll(() => server.close());

  it('has a schema that matches the entities exactly (no drift between entities and migrations)', async () => {
    expect(await pendingSchemaChanges(server.database.dataSource)).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    const secretariat = new GraphQLTestClient(server.url);
    await secretariat.signIn('secretariat@demo.example', DEMO_PASSWORD);
    await secretariat.data(`mutation { updateProfile(input: { displayName: "秘书处值班" }) { id } }`);
    const rows: { action: string; before: { displayName: string }; after: { displayName: string } }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE action = 'account.update_profile'`,
    );
    expect(rows[0]?.after.displayName).toBe('秘书处值班');
    expect(JSON.stringify(rows)).not.toMatch(/argon2|password/i);
    await expect(server.database.dataSource.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(server.database.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('never loads demo data into a database that already holds members', async () => {
    const before = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    expect(await seedDemoData(server.database.dataSource, { seed: true, password: DEMO_PASSWORD, passwordFromEnv: true }, log)).toBe(false);
    expect(await server.database.dataSource.query(`SELECT count(*)::int AS n FROM users`)).toEqual(before);
  });

  it('can undo every migration and apply them again', async () => {
    // No server on it: a background job's first round would hold locks the undoing takes (a deadlock on PostgreSQL).
    const empty = await openEmptyTestDatabase(kind);
    try {
      const { dataSource } = empty;
      await runMigrations(dataSource, log);
      const migrations = dataSource.migrations.length;
      for (let step = 0; step < migrations; step += 1) await dataSource.undoLastMigration();
      expect(await dataSource.query(`SELECT to_regclass('public.members') AS t`)).toEqual([{ t: null }]);
      await dataSource.runMigrations();
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await empty.close();
    }
  }, 60_000);
});

describe('embedded database in DATA_DIR', () => {
  it('keeps everything across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-data-'));
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_PASSWORD, LOG_LEVEL: 'silent' });
    try {
      const first = await startServer(config, log);
      const client = new GraphQLTestClient(first.url);
      await client.signIn('editor.jiujiang@demo.example', DEMO_PASSWORD);
      await client.data(`mutation { updateProfile(input: { displayName: "九江编辑老周" }) { id } }`);
      await first.close();

      const second = await startServer(config, log);
      const again = new GraphQLTestClient(second.url);
      await again.signIn('editor.jiujiang@demo.example', DEMO_PASSWORD);
      expect((await again.data<{ me: { displayName: string } }>(`{ me { displayName } }`)).me.displayName).toBe('九江编辑老周');
      expect((await second.database.dataSource.query(`SELECT count(*)::int AS n FROM members`))[0].n).toBe(37);
      await second.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
