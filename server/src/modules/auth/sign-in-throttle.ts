import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

const WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins allowed per account, and per client address, within the window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30 } as const;

/**
 * Counts failed sign-ins per account and per client address; both are checked before a password is
 * verified. Kept in Redis when configured, so every server copy sees the same counts.
 */
export class SignInThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(redis: Redis | null) {
    const make = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS })
        : new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });
    this.byAccount = make('signin:account', SIGN_IN_LIMITS.perAccount);
    this.byAddress = make('signin:address', SIGN_IN_LIMITS.perAddress);
  }

  /** Seconds until the next attempt is allowed, or 0 when allowed now. */
  async secondsUntilAllowed(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([this.byAccount.get(email), this.byAddress.get(address)]);
    const wait = (res: typeof account, points: number) =>
      res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0;
    return Math.max(wait(account, SIGN_IN_LIMITS.perAccount), wait(client, SIGN_IN_LIMITS.perAddress));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // A rejected consume only means the limit is now reached; the next check reports it.
    await Promise.allSettled([this.byAccount.consume(email), this.byAddress.consume(address)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
