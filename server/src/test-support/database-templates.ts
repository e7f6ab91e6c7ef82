import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { runMigrations } from '../db/migrate';
import { seedDemoData } from '../db/seed/demo-seed';

/**
 * Every integration suite boots servers over brand-new databases holding the demo alliance. Migrating and seeding
 * each one is most of a server's start (PGlite also runs initdb), so jest's global set-up does it once per run and
 * per database kind: a PostgreSQL template database that `CREATE DATABASE … TEMPLATE` copies, and a PGlite tarball
 * that each embedded server starts from. The environment variables below tell the test servers where they are.
 */
const POSTGRES_TEMPLATE_ENV = 'YAH_TEST_POSTGRES_TEMPLATE';
const EMBEDDED_SNAPSHOT_ENV = 'YAH_TEST_EMBEDDED_SNAPSHOT';

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEMO_PASSWORD = 'integration-demo-password';

export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function migrateAndSeed(dataSource: DataSource): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DEMO_PASSWORD, LOG_LEVEL: 'silent' });
  const log = createLogger('silent');
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, log);
    await seedDemoData(dataSource, config.demo, log);
  } finally {
    await dataSource.destroy();
  }
}

/** jest `globalSetup`: both templates, built side by side. */
export async function prepareDatabaseTemplates(): Promise<void> {
  const template = `yah_template_${randomBytes(6).toString('hex')}`;
  const snapshotFile = path.join(os.tmpdir(), `yah-test-snapshot-${randomBytes(6).toString('hex')}.tar`);
  await Promise.all([
    (async () => {
      await withAdmin((client) => client.query(`CREATE DATABASE ${template}`));
      await migrateAndSeed(createDataSource({ url: databaseUrl(template) }, 2));
      process.env[POSTGRES_TEMPLATE_ENV] = template;
    })(),
    (async () => {
      const embedded = await startEmbeddedPostgres(null);
      try {
        await migrateAndSeed(createDataSource(embedded, 1));
        fs.writeFileSync(snapshotFile, Buffer.from(await (await embedded.dump()).arrayBuffer()));
        process.env[EMBEDDED_SNAPSHOT_ENV] = snapshotFile;
      } finally {
        await embedded.close();
      }
    })(),
  ]);
}

/** jest `globalTeardown`. */
export async function dropDatabaseTemplates(): Promise<void> {
  const template = process.env[POSTGRES_TEMPLATE_ENV];
  if (template) await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  const snapshotFile = process.env[EMBEDDED_SNAPSHOT_ENV];
  if (snapshotFile) fs.rmSync(snapshotFile, { force: true });
}

/** The PostgreSQL template to copy, when this run has one and the server loads the standard demo data. */
export const postgresTemplate = (usesStandardDemo: boolean): string | null => (usesStandardDemo ? (process.env[POSTGRES_TEMPLATE_ENV] ?? null) : null);

/** The PGlite snapshot to start from, when this run has one and the server loads the standard demo data. */
export function embeddedSnapshot(usesStandardDemo: boolean): Blob | undefined {
  const file = usesStandardDemo ? process.env[EMBEDDED_SNAPSHOT_ENV] : undefined;
  return file && fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
}
