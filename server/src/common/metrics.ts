import { createHash, timingSafeEqual } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The operation label of a request whose document never resolved to an operation (syntax, validation, limits). */
export const UNKNOWN_OPERATION = 'unknown';
/** The operation label of an operation without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The operation label of every named operation beyond the first MAX_OPERATION_NAMES (or one too long to be a real name). */
export const OTHER_OPERATION = 'other';
/** Distinct operation names one server copy labels: the app sends a few dozen; anyone can invent more. */
export const MAX_OPERATION_NAMES = 200;
const MAX_OPERATION_NAME_LENGTH = 64;
/** Error codes come from our own mapper (a handful); anything else is counted together. */
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

export interface LiveCounts {
  sockets: number;
  subscriptions: number;
}

/**
 * One Prometheus registry per server (tests run several servers in one process: nothing goes to prom-client's
 * global registry). What it holds:
 * - `yah_graphql_request_duration_seconds{operation}`: every GraphQL request over HTTP, by the name its valid
 *   document declares (bounded, see operationLabel);
 * - `yah_graphql_errors_total{code}`: errors as the client saw them, by `extensions.code`;
 * - `yah_db_pool_*`: the pg pool under TypeORM (clients waiting for a connection, and how long they waited);
 * - `yah_live_sockets`, `yah_live_subscriptions`: graphql-ws connections and subscriptions open on this copy;
 * - Node's default metrics (`yah_nodejs_eventloop_lag_*`, heap, GC, handles, CPU).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly requestDuration = new Histogram({
    name: 'yah_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP, from receipt to response, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'yah_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly poolAcquire = new Histogram({
    name: 'yah_db_pool_acquire_seconds',
    help: 'Time spent waiting for a database connection from the pool',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private pool: Pool | null = null;
  private live: () => LiveCounts = () => ({ sockets: 0, subscriptions: 0 });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'yah_' });
    const pool = () => this.pool;
    const live = () => this.live();
    new Gauge({
      name: 'yah_db_pool_waiting_clients',
      help: 'Queries waiting for a database connection from the pool',
      registers: [this.registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'yah_db_pool_clients',
      help: 'Database connections open in the pool, by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const current = pool();
        this.set({ state: 'idle' }, current?.idleCount ?? 0);
        this.set({ state: 'busy' }, current ? current.totalCount - current.idleCount : 0);
      },
    });
    new Gauge({
      name: 'yah_live_sockets',
      help: 'graphql-ws connections open on this server copy',
      registers: [this.registry],
      collect() {
        this.set(live().sockets);
      },
    });
    new Gauge({
      name: 'yah_live_subscriptions',
      help: 'graphql-ws subscriptions open on this server copy',
      registers: [this.registry],
      collect() {
        this.set(live().subscriptions);
      },
    });
  }

  /** The label for an operation: its declared name while there is room, else a bucket. */
  operationLabel(resolvedName: string | null | undefined, resolved: boolean): string {
    if (!resolved) return UNKNOWN_OPERATION;
    if (!resolvedName) return ANONYMOUS_OPERATION;
    if (resolvedName.length > MAX_OPERATION_NAME_LENGTH) return OTHER_OPERATION;
    if (this.operationNames.has(resolvedName)) return resolvedName;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    this.operationNames.add(resolvedName);
    return resolvedName;
  }

  observeRequest(operation: string, seconds: number): void {
    this.requestDuration.observe({ operation }, seconds);
  }

  countError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER' });
  }

  /** Watches the pg pool TypeORM made: its counts at each scrape, and every wait for a connection. */
  watchPool(pool: Pool): void {
    this.pool = pool;
    const acquire = this.poolAcquire;
    const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client: PoolClient | undefined, release: (release?: unknown) => void) => void) => Promise<PoolClient> | undefined;
    // TypeORM asks with a callback, pg's own helpers with a promise: time both.
    const timed = (callback?: (error: Error | undefined, client: PoolClient | undefined, release: (release?: unknown) => void) => void) => {
      const end = acquire.startTimer();
      if (callback) {
        return connect((error, client, release) => {
          end();
          callback(error, client, release);
        });
      }
      return connect()?.finally(() => end());
    };
    Object.assign(pool, { connect: timed });
  }

  watchLive(counts: () => LiveCounts): void {
    this.live = counts;
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export interface MetricsRequest {
  /** The socket's peer address (`req.socket.remoteAddress`), never a header. */
  remoteAddress: string | undefined;
  authorization: string | undefined;
  /** Whether a proxy says it forwarded the request (`X-Forwarded-For` or `Forwarded`). */
  proxied: boolean;
}

/**
 * Who may read /metrics: a request carrying `Authorization: Bearer <METRICS_TOKEN>`, or a connection from this
 * machine's loopback (the socket's own peer address, never a header a client writes) that no proxy says it
 * forwarded: a proxy on the same machine connects from loopback on behalf of the whole world.
 */
export function mayReadMetrics({ remoteAddress, authorization, proxied }: MetricsRequest, token: string | null): boolean {
  if (remoteAddress && LOOPBACK.test(remoteAddress) && !proxied) return true;
  if (!token || !authorization) return false;
  const match = /^Bearer (.+)$/.exec(authorization);
  if (!match?.[1]) return false;
  // Compared as digests of equal length, in constant time.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
