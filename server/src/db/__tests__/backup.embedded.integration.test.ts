import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { cli, damage, facts } from '../../test-support/backup-cli';
import { embeddedSnapshot } from '../../test-support/database-templates';

describe('db:backup and db:restore, embedded PGlite', () => {
  let workDir: string;
  let dataDir: string;
  const withDatabase = async <T>(dir: string, work: (client: Client) => Promise<T>): Promise<T> => {
    const embedded = await startEmbeddedPostgres(dir);
    const client = new Client({ host: embedded.socketDir, port: embedded.port, user: 'postgres', database: 'postgres' });
    try {
      await client.connect();
      return await work(client);
    } finally {
      await client.end();
      await embedded.close();
    }
  };

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-backup-'));
    dataDir = path.join(workDir, 'data');
    const embedded = await startEmbeddedPostgres(dataDir, embeddedSnapshot(true));
    await embedded.close();
    // An uploaded file: it belongs to DATA_DIR, not to the database, and a restore leaves it alone.
    fs.mkdirSync(path.join(dataDir, 'files'));
    fs.writeFileSync(path.join(dataDir, 'files', 'upload.bin'), 'uploaded bytes');
  }, 60_000);
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('round-trips: backup, damage, restore --force gives the data as it was', async () => {
    const before = await withDatabase(dataDir, (client) => facts(client));
    expect(before.topics).toBeGreaterThan(0);
    expect(before.notifications).toBeGreaterThan(0);
    const file = path.join(workDir, 'nightly.tar.gz');

    const backup = await cli('backup', [file], { DATA_DIR: dataDir });
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(file);
    // Every row, password hashes included: for its owner's eyes only.
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A backup is never overwritten.
    const again = await cli('backup', [file], { DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    await withDatabase(dataDir, (client) => damage(client, before.topicId));
    expect(await withDatabase(dataDir, (client) => facts(client, before.topicId))).toMatchObject({ title: '被误改的标题', notifications: 0 });

    // A database that holds data is replaced only when told so.
    const refused = await cli('restore', [file], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds an embedded database.*--force/);
    expect(await withDatabase(dataDir, (client) => facts(client, before.topicId))).toMatchObject({ title: '被误改的标题' });

    const restored = await cli('restore', [file, '--force'], { DATA_DIR: dataDir });
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(await withDatabase(dataDir, (client) => facts(client, before.topicId))).toEqual(before);
    expect(fs.readFileSync(path.join(dataDir, 'files', 'upload.bin'), 'utf8')).toBe('uploaded bytes');
    // The database it replaced is kept aside, named in the output.
    const replaced = /kept in (\S+):/.exec(restored.stdout)?.[1] ?? '';
    expect(fs.existsSync(path.join(replaced, 'PG_VERSION'))).toBe(true);

    // Into an empty directory no confirmation is needed.
    const fresh = path.join(workDir, 'fresh');
    expect((await cli('restore', [file], { DATA_DIR: fresh })).code).toBe(0);
    expect(await withDatabase(fresh, (client) => facts(client, before.topicId))).toEqual(before);
  }, 90_000);

  it('refuses to copy or replace a database a running server holds', async () => {
    // Something answers on the data directory's socket, as a running server does.
    const socketPath = path.join(dataDir, '.socket', '.s.PGSQL.5432');
    fs.mkdirSync(path.dirname(socketPath), { recursive: true });
    const holder = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => holder.listen(socketPath, resolve));
    try {
      const backup = await cli('backup', [path.join(workDir, 'while-running.tar.gz')], { DATA_DIR: dataDir });
      expect(backup.code).toBe(1);
      expect(backup.stderr).toMatch(/a running server holds the embedded database/);
      expect(fs.existsSync(path.join(workDir, 'while-running.tar.gz'))).toBe(false);
      const restore = await cli('restore', [path.join(workDir, 'nightly.tar.gz'), '--force'], { DATA_DIR: dataDir });
      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(/a running server holds the embedded database/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 30_000);
});
