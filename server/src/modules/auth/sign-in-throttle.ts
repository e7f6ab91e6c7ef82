import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';

/**
 * Password checks allowed within one window: per account (sign-in and password change together) and per
 * client address (sign-ins). A successful check gives its reservation back, so only wrong guesses use a budget.
 */
export const SIGN_IN_LIMITS = { perAccount: 10, perAddress: 30, windowSeconds: 15 * 60 } as const;

/**
 * How long a refused attempt waits for checks still being verified on the same budget (they may turn out
 * right and give their reservation back): a newsroom signing in at once behind one address is not refused
 * for the others' checks in flight.
 */
const WAIT_FOR_PENDING_MS = 5_000;
const RETRY_EVERY_MS = 100;

/**
 * Outcome of taking one attempt from a budget; a refusal tells whether the budget may still free up soon
 * (checks still being verified, or given back since the refusal).
 */
export type Reservation = { granted: true } | { granted: false; retryAfterSeconds: number; mayFreeUp: boolean };

/**
 * Counts reserved attempts per key in fixed windows. `reserve` is atomic: however many callers race,
 * at most `limit` are granted per key and window. Each granted attempt is settled once its check is done.
 */
export interface AttemptCounter {
  reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation>;
  /** The check is done; `giveBack` returns the attempt to the budget (a right password, or a check never made). */
  settle(key: string, giveBack: boolean): Promise<void>;
}

/** Without Redis: one guarded upsert in PostgreSQL (or PGlite), shared by every server copy on the database. */
export class SqlAttemptCounter implements AttemptCounter {
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    this.purgeExpiredNowAndThen();
    // The row lock taken by ON CONFLICT serialises racing callers; the WHERE sees the latest count.
    const granted: { attempts: number }[] = await this.dataSource.query(
      `INSERT INTO sign_in_attempts AS a (key, attempts, pending, window_ends_at)
       VALUES ($1, 1, 1, clock_timestamp() + $3 * interval '1 second')
       ON CONFLICT (key) DO UPDATE
          SET attempts = CASE WHEN a.window_ends_at <= clock_timestamp() THEN 1 ELSE a.attempts + 1 END,
              pending = CASE WHEN a.window_ends_at <= clock_timestamp() THEN 1 ELSE a.pending + 1 END,
              window_ends_at = CASE WHEN a.window_ends_at <= clock_timestamp() THEN EXCLUDED.window_ends_at ELSE a.window_ends_at END
        WHERE a.window_ends_at <= clock_timestamp() OR a.attempts < $2
       RETURNING a.attempts`,
      [key, limit, windowSeconds],
    );
    if (granted.length > 0) return { granted: true };
    const rows: { seconds: number; may_free_up: boolean }[] = await this.dataSource.query(
      `SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_ends_at - clock_timestamp())))::int AS seconds,
              (pending > 0 OR attempts < $2 OR window_ends_at <= clock_timestamp()) AS may_free_up
         FROM sign_in_attempts WHERE key = $1`,
      [key, limit],
    );
    return { granted: false, retryAfterSeconds: rows[0]?.seconds ?? 1, mayFreeUp: rows[0]?.may_free_up ?? true };
  }

  async settle(key: string, giveBack: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_attempts
          SET pending = GREATEST(pending - 1, 0),
              attempts = CASE WHEN $2 THEN GREATEST(attempts - 1, 0) ELSE attempts END
        WHERE key = $1 AND window_ends_at > clock_timestamp()`,
      [key, giveBack],
    );
  }

  /** Rows of past windows only take space: drop them at most once a minute, in the background. */
  private purgeExpiredNowAndThen(): void {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    this.dataSource.query(`DELETE FROM sign_in_attempts WHERE window_ends_at < clock_timestamp()`).catch(() => undefined);
  }
}

/** Take one attempt under the limit, in one script so racing server copies cannot overshoot; the key expires with its window. */
const RESERVE_SCRIPT = `
local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
if attempts >= tonumber(ARGV[1]) then
  return {0, redis.call('PTTL', KEYS[1]), tonumber(redis.call('HGET', KEYS[1], 'pending') or '0')}
end
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HINCRBY', KEYS[1], 'pending', 1)
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, 0, 0}`;

const SETTLE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'pending') or '0') > 0 then redis.call('HINCRBY', KEYS[1], 'pending', -1) end
if ARGV[1] == '1' and tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0') > 0 then redis.call('HINCRBY', KEYS[1], 'attempts', -1) end
return 1`;

/** With Redis: the same budgets, kept where every server copy sees them. */
export class RedisAttemptCounter implements AttemptCounter {
  constructor(private readonly redis: Redis) {}

  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    const [granted, ttlMs, pending] = (await this.redis.eval(RESERVE_SCRIPT, 1, `yah:password-checks:${key}`, limit, windowSeconds * 1000)) as [number, number, number];
    return granted === 1 ? { granted: true } : { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)), mayFreeUp: pending > 0 };
  }

  async settle(key: string, giveBack: boolean): Promise<void> {
    await this.redis.eval(SETTLE_SCRIPT, 1, `yah:password-checks:${key}`, giveBack ? '1' : '0');
  }
}

const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError('FORBIDDEN', `Too many failed attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
    reason: 'TOO_MANY_ATTEMPTS',
    extensions: { retryAfterSeconds },
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reserves a password check BEFORE the password is verified, so parallel guesses cannot pass a
 * check-then-record gap: a refused reservation throws TOO_MANY_ATTEMPTS with `retryAfterSeconds`.
 */
export class SignInThrottle {
  constructor(private readonly counter: AttemptCounter) {}

  static for(dataSource: DataSource, redis: Redis | null): SignInThrottle {
    return new SignInThrottle(redis ? new RedisAttemptCounter(redis) : new SqlAttemptCounter(dataSource));
  }

  /**
   * Runs one sign-in's password check under the account's and the address's budgets (both, or neither):
   * `check` answers whether the password was right; a right one gives its reservations back.
   */
  async signIn<T extends { passwordMatches: boolean }>(email: string, address: string, check: () => Promise<T>): Promise<T> {
    return this.guarded([`account:${email}`, SIGN_IN_LIMITS.perAccount], [`address:${address}`, SIGN_IN_LIMITS.perAddress], check);
  }

  /** One check of a signed-in account's current password (password change): the account's budget, shared with sign-in. */
  async passwordCheck<T extends { passwordMatches: boolean }>(email: string, check: () => Promise<T>): Promise<T> {
    return this.guarded([`account:${email}`, SIGN_IN_LIMITS.perAccount], null, check);
  }

  /**
   * One use of a password reset link, under the client address's budget (the same size as sign-in's, counted apart):
   * `check` answers whether the link was good (`passwordMatches`); a good one gives its reservation back.
   */
  async resetLinkCheck<T extends { passwordMatches: boolean }>(address: string, check: () => Promise<T>): Promise<T> {
    return this.guarded([`reset-link:${address}`, SIGN_IN_LIMITS.perAddress], null, check);
  }

  private async guarded<T extends { passwordMatches: boolean }>(
    [accountKey, accountLimit]: [string, number],
    address: [string, number] | null,
    check: () => Promise<T>,
  ): Promise<T> {
    const deadline = Date.now() + WAIT_FOR_PENDING_MS;
    await this.take(accountKey, accountLimit, deadline);
    if (address) {
      try {
        await this.take(address[0], address[1], deadline);
      } catch (error) {
        await this.counter.settle(accountKey, true);
        throw error;
      }
    }
    const keys = address ? [accountKey, address[0]] : [accountKey];
    let giveBack = false;
    try {
      const result = await check();
      giveBack = result.passwordMatches;
      return result;
    } finally {
      await Promise.all(keys.map((key) => this.counter.settle(key, giveBack)));
    }
  }

  /** Takes one attempt, waiting a little while checks in flight may still give theirs back. */
  private async take(key: string, limit: number, deadline: number): Promise<void> {
    for (;;) {
      const reservation = await this.counter.reserve(key, limit, SIGN_IN_LIMITS.windowSeconds);
      if (reservation.granted) return;
      if (!reservation.mayFreeUp || Date.now() + RETRY_EVERY_MS > deadline) throw tooManyAttempts(reservation.retryAfterSeconds);
      await sleep(RETRY_EVERY_MS);
    }
  }
}
