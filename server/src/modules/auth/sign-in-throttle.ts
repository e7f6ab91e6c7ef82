import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';

/**
 * Password checks allowed within one window: per account (sign-in and password change together) and per
 * client address (sign-ins). A successful check gives its reservation back, so only wrong guesses use a budget.
 */
export const SIGN_IN_LIMITS = { perAccount: 10, perAddress: 30, windowSeconds: 15 * 60 } as const;

/** Outcome of taking one attempt from a budget. */
export type Reservation = { granted: true } | { granted: false; retryAfterSeconds: number };

/**
 * Counts reserved attempts per key in fixed windows. `reserve` is atomic: however many callers race,
 * at most `limit` are granted per key and window.
 */
export interface AttemptCounter {
  reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation>;
  /** Gives one reserved attempt back (a successful check, or one refused for another budget). */
  release(key: string): Promise<void>;
}

/** Without Redis: one guarded upsert in PostgreSQL (or PGlite), shared by every server copy on the database. */
export class SqlAttemptCounter implements AttemptCounter {
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    this.purgeExpiredNowAndThen();
    // The row lock taken by ON CONFLICT serialises racing callers; the WHERE sees the latest count.
    const granted: { attempts: number }[] = await this.dataSource.query(
      `INSERT INTO sign_in_attempts AS a (key, attempts, window_ends_at)
       VALUES ($1, 1, clock_timestamp() + $3 * interval '1 second')
       ON CONFLICT (key) DO UPDATE
          SET attempts = CASE WHEN a.window_ends_at <= clock_timestamp() THEN 1 ELSE a.attempts + 1 END,
              window_ends_at = CASE WHEN a.window_ends_at <= clock_timestamp() THEN EXCLUDED.window_ends_at ELSE a.window_ends_at END
        WHERE a.window_ends_at <= clock_timestamp() OR a.attempts < $2
       RETURNING a.attempts`,
      [key, limit, windowSeconds],
    );
    if (granted.length > 0) return { granted: true };
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_ends_at - clock_timestamp())))::int AS seconds FROM sign_in_attempts WHERE key = $1`,
      [key],
    );
    return { granted: false, retryAfterSeconds: rows[0]?.seconds ?? 1 };
  }

  async release(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0 AND window_ends_at > clock_timestamp()`,
      [key],
    );
  }

  /** Rows of past windows only take space: drop them at most once a minute, in the background. */
  private purgeExpiredNowAndThen(): void {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    this.dataSource.query(`DELETE FROM sign_in_attempts WHERE window_ends_at < clock_timestamp()`).catch(() => undefined);
  }
}

/** INCR under a limit, in one script so racing server copies cannot overshoot; the key expires with its window. */
const RESERVE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return {0, redis.call('PTTL', KEYS[1])}
end
return {1, 0}`;

const RELEASE_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/** With Redis: the same budgets, kept where every server copy sees them. */
export class RedisAttemptCounter implements AttemptCounter {
  constructor(private readonly redis: Redis) {}

  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    const [granted, ttlMs] = (await this.redis.eval(RESERVE_SCRIPT, 1, `yah:attempts:${key}`, limit, windowSeconds * 1000)) as [number, number];
    return granted === 1 ? { granted: true } : { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  async release(key: string): Promise<void> {
    await this.redis.eval(RELEASE_SCRIPT, 1, `yah:attempts:${key}`);
  }
}

const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError('FORBIDDEN', `Too many failed attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
    reason: 'TOO_MANY_ATTEMPTS',
    extensions: { retryAfterSeconds },
  });

/** A granted password check: give it back when the password was right. */
export interface CheckTicket {
  giveBack(): Promise<void>;
}

/**
 * Reserves a password check BEFORE the password is verified, so parallel guesses cannot pass a
 * check-then-record gap: a refused reservation throws TOO_MANY_ATTEMPTS with `retryAfterSeconds`.
 */
export class SignInThrottle {
  constructor(private readonly counter: AttemptCounter) {}

  static for(dataSource: DataSource, redis: Redis | null): SignInThrottle {
    return new SignInThrottle(redis ? new RedisAttemptCounter(redis) : new SqlAttemptCounter(dataSource));
  }

  /** One sign-in attempt: takes from the account's and the address's budgets, or from neither. */
  async reserveSignIn(email: string, address: string): Promise<CheckTicket> {
    const accountKey = `account:${email}`;
    const addressKey = `address:${address}`;
    const byAccount = await this.counter.reserve(accountKey, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds);
    if (!byAccount.granted) throw tooManyAttempts(byAccount.retryAfterSeconds);
    const byAddress = await this.counter.reserve(addressKey, SIGN_IN_LIMITS.perAddress, SIGN_IN_LIMITS.windowSeconds);
    if (!byAddress.granted) {
      await this.counter.release(accountKey);
      throw tooManyAttempts(byAddress.retryAfterSeconds);
    }
    return { giveBack: () => Promise.all([this.counter.release(accountKey), this.counter.release(addressKey)]).then(() => undefined) };
  }

  /** One check of the current password of a signed-in account (password change): the account's budget. */
  async reservePasswordCheck(email: string): Promise<CheckTicket> {
    const accountKey = `account:${email}`;
    const byAccount = await this.counter.reserve(accountKey, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds);
    if (!byAccount.granted) throw tooManyAttempts(byAccount.retryAfterSeconds);
    return { giveBack: () => this.counter.release(accountKey) };
  }
}
