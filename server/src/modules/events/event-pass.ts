import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@yah/shared';
import type { DataSource, EntityManager } from 'typeorm';

/** The `signing_keys` row whose secret signs passes. */
export const PASS_KEY_PURPOSE = 'event-pass';
const VERSION = 'v1';

/**
 * The pass key per database, read once per process: created by the first server copy that needs it
 * (`INSERT … ON CONFLICT DO NOTHING` from random bytes) and then read back, so every copy signs with the same key.
 */
const keys = new WeakMap<DataSource, Promise<Buffer>>();

async function loadKey(manager: EntityManager): Promise<Buffer> {
  await manager.query(`INSERT INTO signing_keys (purpose, secret) VALUES ($1, $2) ON CONFLICT (purpose) DO NOTHING`, [PASS_KEY_PURPOSE, randomBytes(48).toString('base64url')]);
  const rows: { secret: string }[] = await manager.query(`SELECT secret FROM signing_keys WHERE purpose = $1`, [PASS_KEY_PURPOSE]);
  const secret = rows[0]?.secret;
  if (!secret) throw new Error('the event pass key could not be read');
  return Buffer.from(secret, 'base64url');
}

export function passKey(dataSource: DataSource): Promise<Buffer> {
  let key = keys.get(dataSource);
  if (!key) {
    key = loadKey(dataSource.manager);
    // A failed read is not cached: the next pass tries again.
    key.catch(() => keys.delete(dataSource));
    keys.set(dataSource, key);
  }
  return key;
}

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

/** The token a participant's QR code carries: base64url(`v1.<participantId>.<eventId>`) + '.' + base64url(HMAC-SHA256). */
export function passToken(key: Buffer, participantId: string, eventId: string): string {
  const payload = `${VERSION}.${participantId}.${eventId}`;
  return `${Buffer.from(payload).toString('base64url')}.${sign(key, payload).toString('base64url')}`;
}

/** What a genuine pass names; null for anything forged, altered or malformed (compared in constant time). */
export function verifyPass(key: Buffer, token: string): { participantId: string; eventId: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [encoded, signature] = parts as [string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(encoded) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = sign(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [version, participantId, eventId, ...rest] = payload.split('.');
  if (version !== VERSION || rest.length || !participantId || !eventId || !isUuid(participantId) || !isUuid(eventId)) return null;
  return { participantId, eventId };
}
