import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { cli, damage, facts } from '../../test-support/backup-cli';
import { databaseUrl, postgresTemplate, withAdmin } from '../../test-support/database-templates';

describe('db:backup and db:restore, PostgreSQL', () => {
  const names: string[] = [];
  let workDir: string;
  const createDatabase = async (fromTemplate: boolean) => {
    const name = `yah_test_backup_${randomBytes(6).toString('hex')}`;
    const template = fromTemplate ? postgresTemplate(true) : null;
    await withAdmin((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
    names.push(name);
    return databaseUrl(name);
  };
  const withDatabase = async <T>(url: string, work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yah-backup-'));
  });
  afterAll(async () => {
    for (const name of names) await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('round-trips: backup, damage, restore --force gives the data as it was, in one transaction', async () => {
    const url = await createDatabase(true);
    const before = await withDatabase(url, (client) => facts(client));
    expect(before.topics).toBeGreaterThan(0);
    const file = path.join(workDir, 'nightly.dump');

    expect(await cli('backup', [file], { DATABASE_URL: url })).toMatchObject({ code: 0, stderr: '' });
    await withDatabase(url, (client) => damage(client, before.topicId));

    const refused = await cli('restore', [file], { DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds \d+ tables.*--force/);
    expect(await withDatabase(url, (client) => facts(client, before.topicId))).toMatchObject({ title: '被误改的标题', notifications: 0 });

    expect(await cli('restore', [file, '--force'], { DATABASE_URL: url })).toMatchObject({ code: 0, stderr: '' });
    expect(await withDatabase(url, (client) => facts(client, before.topicId))).toEqual(before);

    // An archive that breaks off half-way changes nothing, even with --force: the schema dropped is rolled back.
    const truncated = path.join(workDir, 'truncated.dump');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await withDatabase(url, (client) => client.query(`UPDATE topics SET title = '备份之后的修改' WHERE id = $1`, [before.topicId]));
    const broken = await cli('restore', [truncated, '--force'], { DATABASE_URL: url });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^restore failed: (pg_restore|psql) failed/);
    expect(await withDatabase(url, (client) => facts(client, before.topicId))).toEqual({ ...before, title: '备份之后的修改' });

    // Into an empty database no confirmation is needed.
    const empty = await createDatabase(false);
    expect(await cli('restore', [file], { DATABASE_URL: empty })).toMatchObject({ code: 0, stderr: '' });
    expect(await withDatabase(empty, (client) => facts(client, before.topicId))).toEqual(before);
  }, 90_000);

  it('refuses a backup of the other kind of database, and a file that is no backup', async () => {
    const url = await createDatabase(false);
    const embeddedBackup = path.join(workDir, 'embedded.tar.gz');
    fs.writeFileSync(embeddedBackup, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const wrongKind = await cli('restore', [embeddedBackup], { DATABASE_URL: url });
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toMatch(/backup of an embedded database, but DATABASE_URL is set/);
    const notBackup = path.join(workDir, 'notes.txt');
    fs.writeFileSync(notBackup, 'hello');
    const refused = await cli('restore', [notBackup], { DATABASE_URL: url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not a backup made by db:backup/);
    expect((await cli('restore', [], { DATABASE_URL: url })).stderr).toMatch(/usage: db:restore <file> \[--force\]/);
  }, 30_000);
});
