import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  REDIS_URL: z.string().url().optional(),
  DEMO_PASSWORD: z.string().min(12).max(128).optional(),
  SEED_DEMO: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Express `trust proxy`: which hops may set X-Forwarded-* (so the cookie is Secure behind TLS). */
  TRUST_PROXY: z.string().default('loopback'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  CLIENT_DIST: z.string().optional(),
  /** How long to wait for a database connection (pool or network) before failing the request. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Longest a single SQL statement may run (PostgreSQL cancels it; on PGlite the client stops waiting). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** PostgreSQL ends a session whose transaction sits idle this long (its locks are released). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Let member feeds point at loopback, private and link-local addresses (tests, a private network). Off: such feeds are refused (SSRF). */
  FEED_ALLOW_PRIVATE_HOSTS: booleanFlag.default(false),
  /** How often a server copy looks for member feeds due for a poll; 0 turns the background poller off (polling on demand still works). */
  FEED_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Uploads go to this S3-compatible bucket when it is set (with the keys below); otherwise to DATA_DIR/files. */
  S3_BUCKET: z.string().min(1).optional(),
  /** The store's address (MinIO, Ceph, a cloud's S3 API); unset means AWS S3 itself. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Lets a scraper read GET /metrics from beyond this machine with `Authorization: Bearer <token>` (loopback needs none). */
  METRICS_TOKEN: z.string().min(16).max(256).optional(),
  /** Origins besides the server's own host whose pages may open the WebSocket (comma-separated). */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value, zctx) => {
      const origins: string[] = [];
      for (const item of value.split(',').map((part) => part.trim()).filter(Boolean)) {
        const origin = URL.canParse(item) ? new URL(item).origin : 'null';
        if (origin === 'null') {
          zctx.addIssue({ code: 'custom', message: `not an origin: ${item}` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
}).refine((e) => !e.S3_BUCKET || (e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY), {
  message: 'S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
  path: ['S3_BUCKET'],
});

export const DEFAULT_DEMO_PASSWORD = 'alliance-demo-2026';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string | null };
  /** So that nothing waits forever on the database. */
  databaseTimeouts: DatabaseTimeouts;
  redisUrl: string | null;
  demo: { seed: boolean; password: string; passwordFromEnv: boolean };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: string;
  sessionTtlMs: number;
  clientDist: string;
  /** Extra origins allowed to open the WebSocket; the server's own host is always allowed. */
  allowedOrigins: string[];
  /** Member RSS/Atom feeds: whether private addresses are allowed, and how often the poller looks (0: never). */
  feeds: { allowPrivateHosts: boolean; pollIntervalMs: number };
  /** Where uploaded files are kept. */
  fileStore: FileStoreConfig;
  /** The bearer token that opens GET /metrics to non-loopback clients; null: loopback only. */
  metricsToken: string | null;
}

export type FileStoreConfig =
  | { kind: 'local'; directory: string }
  | { kind: 's3'; bucket: string; endpoint: string | null; region: string; accessKeyId: string; secretAccessKey: string };

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export class ConfigError extends Error {}

/** Parses the environment once; the process refuses to start on bad config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'embedded', dataDir: path.resolve(e.DATA_DIR) },
    databaseTimeouts: {
      connectMs: e.DB_CONNECT_TIMEOUT_MS,
      statementMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    redisUrl: e.REDIS_URL ?? null,
    demo: {
      seed: e.SEED_DEMO,
      password: e.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
      passwordFromEnv: e.DEMO_PASSWORD !== undefined,
    },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
    clientDist: path.resolve(e.CLIENT_DIST ?? path.join(__dirname, '../../../client/dist')),
    allowedOrigins: e.ALLOWED_ORIGINS,
    feeds: { allowPrivateHosts: e.FEED_ALLOW_PRIVATE_HOSTS, pollIntervalMs: e.FEED_POLL_INTERVAL_SECONDS * 1000 },
    fileStore:
      e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { kind: 's3', bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT ?? null, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : { kind: 'local', directory: path.resolve(e.DATA_DIR, 'files') },
    metricsToken: e.METRICS_TOKEN ?? null,
  };
}
