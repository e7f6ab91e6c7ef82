import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Client } from 'pg';

/** For the backup tests: the database commands run as the operator runs them, and the facts they must keep. */
const SERVER_ROOT = path.resolve(__dirname, '../..');

/** Runs `db:backup` / `db:restore` from their sources as the operator would, in its own process. */
export function cli(command: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `src/db/cli/${command}.cli.ts`, ...args], {
      cwd: SERVER_ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Facts {
  topicId: string;
  title: string;
  topics: number;
  notifications: number;
}

export async function facts(client: Client, topicId?: string): Promise<Facts> {
  const topic = topicId
    ? (await client.query<{ id: string; title: string }>('SELECT id, title FROM topics WHERE id = $1', [topicId])).rows[0]
    : (await client.query<{ id: string; title: string }>('SELECT id, title FROM topics ORDER BY created_at, id LIMIT 1')).rows[0];
  const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
  return { topicId: topic?.id ?? '', title: topic?.title ?? '', topics: await count('topics'), notifications: await count('notifications') };
}

/** What a bad day does: a title overwritten, every notification gone. */
export async function damage(client: Client, topicId: string): Promise<void> {
  await client.query(`UPDATE topics SET title = '被误改的标题' WHERE id = $1`, [topicId]);
  await client.query('DELETE FROM notifications');
}
