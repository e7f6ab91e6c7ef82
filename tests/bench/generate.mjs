#!/usr/bin/env node
// Generates a national-scale alliance into a PostgreSQL database of its own, for run.mjs to measure.
//
//   pnpm --filter @yah/tests bench:generate [--reset] [--scale=0.1]
//
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/yah_bench) names the database. The schema
// comes from the server's own migrations; the rows come from set-based SQL (INSERT … SELECT generate_series),
// all with one precomputed argon2id hash. Without --reset a complete data set is left as it is.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  BENCH_PASSWORD,
  MARKER_KIND,
  SERVER_DIR,
  benchDatabaseUrl,
  connect,
  fmtSeconds,
  readMarker,
  runToEnd,
  splitDatabaseUrl,
} from './common.mjs';

const args = process.argv.slice(2);
const reset = args.includes('--reset');
const scaleArg = args.find((a) => a.startsWith('--scale='));
const scale = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 1;
if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be in (0, 10]');

const MEMBERS = 300;
const USERS_PER_MEMBER = Math.max(12, Math.round((30_000 * scale) / MEMBERS));
const USERS = USERS_PER_MEMBER * MEMBERS;
/** Per member: k = 0 chief editor, 1..EDITORS editors, the rest reporters (the secretariat member's first ten are SECRETARIAT). */
const EDITORS = Math.max(1, Math.floor(USERS_PER_MEMBER / 10));
const REPORTERS = (USERS_PER_MEMBER - 1 - EDITORS) * MEMBERS;
const TOPICS = Math.round(100_000 * scale);
const ASSIGNMENTS = Math.round(1_000_000 * scale);
/** What the participation metrics read beside the coverage ledgers (modules/participation/metric-sources.ts). */
const PIECES = Math.round(30_000 * scale);
const OTHER_RESOURCES = Math.round(3_000 * scale);
const REPUBLICATIONS = Math.round(60_000 * scale);
const EVENTS = Math.max(20, Math.round(400 * scale));
/** The secretariat account run.mjs reads the participation dashboard as (member 2 is the secretariat, its first ten accounts SECRETARIAT). */
const SECRETARIAT_USER = 2;
/** A reporter of a Hubei member (member 5, mid-river): the account run.mjs signs in as. */
const BENCH_MEMBER = 5;
const BENCH_USER = (1 + EDITORS) * MEMBERS + BENCH_MEMBER;

const url = benchDatabaseUrl();
const { name: dbName, adminUrl } = splitDatabaseUrl(url);
const started = performance.now();
const timings = [];

async function step(label, fn) {
  const t0 = performance.now();
  process.stdout.write(`  ${label} … `);
  const result = await fn();
  const ms = performance.now() - t0;
  timings.push({ label, ms });
  process.stdout.write(`${fmtSeconds(ms)}${typeof result === 'string' ? `  (${result})` : ''}\n`);
  return result;
}

// ---------------------------------------------------------------- database and schema

async function prepareDatabase() {
  const admin = connect(adminUrl);
  await admin.connect();
  let dropped = 'created';
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (rows.length > 0) {
      const db = connect(url);
      await db.connect();
      const marker = await readMarker(db);
      const { rows: foreign } = await db.query(
        `SELECT to_regclass('public.users') IS NOT NULL AS has_users,
                (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r')::int AS tables`,
      );
      let strangers = 0;
      if (foreign[0].has_users) {
        ({ rows: [{ strangers }] } = await db.query(`SELECT count(*)::int AS strangers FROM users WHERE email NOT LIKE 'bench.%@bench.example'`));
      }
      await db.end();
      if (marker?.complete && !reset) {
        return { kept: `${dbName} already holds a complete bench data set (generated ${marker.generatedAt}, scale ${marker.scale}); pass --reset to build it again` };
      }
      if (!reset && (strangers > 0 || (foreign[0].tables > 0 && !foreign[0].has_users))) {
        throw new Error(`${dbName} exists and holds data that is not the bench's: refusing to drop it (pass --reset if it really is yours to drop)`);
      }
      dropped = marker ? 'dropped the old bench data set, created anew' : 'dropped incomplete bench data, created anew';
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
      await admin.query(`DROP DATABASE "${dbName}"`);
    }
    await admin.query(`CREATE DATABASE "${dbName}"`);
    return dropped;
  } finally {
    await admin.end();
  }
}

/**
 * The server's own migrations: the built CLI (server/dist/db/cli/migrate.cli.js) when the build holds every
 * migration the sources have, else the same CLI from the sources through @swc-node/register.
 */
async function migrate() {
  const srcDir = path.join(SERVER_DIR, 'src/db/migrations');
  const distDir = path.join(SERVER_DIR, 'dist/db/migrations');
  const names = (dir, ext) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(`.migration.${ext}`)).map((f) => f.replace(/\.(ts|js)$/, '')) : []);
  const missing = names(srcDir, 'ts').filter((n) => !names(distDir, 'js').includes(n));
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, SEED_DEMO: 'false', LOG_LEVEL: 'warn' };
  delete env.REDIS_URL;
  if (missing.length === 0) {
    await runToEnd(process.execPath, [path.join(SERVER_DIR, 'dist/db/cli/migrate.cli.js')], { cwd: SERVER_DIR, env });
    return 'server/dist migrate CLI';
  }
  await runToEnd(process.execPath, ['-r', '@swc-node/register', 'src/db/cli/migrate.cli.ts'], { cwd: SERVER_DIR, env });
  return `server/src migrate CLI: the build lacks ${missing.join(', ')}`;
}

async function argon2idHash() {
  const require = createRequire(path.join(SERVER_DIR, 'package.json'));
  const { hash } = require('@node-rs/argon2');
  // The server's parameters (argon2id, 19 MiB, 2 passes, 1 lane): its verify() reads them from the string.
  return hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

// ---------------------------------------------------------------- data

const PROVINCES_SQL = `(VALUES
  ('530000', 1, '滇', 'Dian', 24.0, 27.5, 102.0, 104.5),
  ('510000', 2, '蜀', 'Shu', 28.0, 32.0, 102.5, 107.5),
  ('520000', 3, '黔', 'Qian', 25.0, 28.8, 104.5, 109.0),
  ('500000', 4, '渝', 'Yu', 28.5, 31.8, 105.8, 110.0),
  ('420000', 5, '鄂', 'E', 29.6, 32.0, 109.5, 116.0),
  ('430000', 6, '湘', 'Xiang', 25.2, 29.5, 109.5, 113.9),
  ('360000', 7, '赣', 'Gan', 24.6, 29.8, 114.0, 118.0),
  ('340000', 8, '皖', 'Wan', 29.6, 32.0, 115.8, 119.0),
  ('320000', 9, '苏', 'Su', 31.0, 32.0, 118.5, 121.0),
  ('330000', 10, '浙', 'Zhe', 27.5, 31.0, 118.5, 122.0),
  ('310000', 11, '沪', 'Hu', 30.8, 31.5, 121.0, 121.9)
) AS p(code, ord, short_zh, short_en, lat0, lat1, lon0, lon1)`;

const THEMES = `ARRAY['生态保护','长江大保护','文旅融合','乡村振兴','航运物流','防汛抗旱','非遗传承','产业升级','科技创新','民生服务','城市更新','红色文化']`;
const CHANNELS = `ARRAY['NEWSPAPER','APP','WEBSITE','WECHAT','WEIBO','DOUYIN','VIDEO']`;
const FORMATS = `ARRAY['TEXT','PHOTO','VIDEO','LIVE','GRAPHIC','AUDIO']`;

/** Deterministic, valid v4 ids from a kind and a number, so rows can point at each other by arithmetic. */
const HELPERS = `
  CREATE FUNCTION pg_temp.bid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
    $$ SELECT overlay(overlay(md5(kind || ':' || n) placing '4' from 13) placing '8' from 17)::uuid $$;
  CREATE FUNCTION pg_temp.member_of(n bigint) RETURNS int LANGUAGE sql IMMUTABLE AS
    $$ SELECT ((n - 1) % ${MEMBERS})::int + 1 $$;
  -- The user number of reporter number r (0 ≤ r < ${REPORTERS}).
  CREATE FUNCTION pg_temp.reporter(r bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS
    $$ SELECT (1 + ${EDITORS} + r / ${MEMBERS}) * ${MEMBERS} + r % ${MEMBERS} + 1 $$;
  -- An editor of member m.
  CREATE FUNCTION pg_temp.editor(m bigint, salt bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS
    $$ SELECT (1 + salt % ${EDITORS}) * ${MEMBERS} + m $$;
`;

async function generate(db, passwordHash) {
  // Triggers off while loading (the rows are consistent by construction): the participation rollup is built once at the end.
  await db.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET session_replication_role = replica; SELECT setseed(0.2026)`);
  await db.query(HELPERS);

  await step(`members: ${MEMBERS} over 11 provinces`, async () => {
    await db.query(`
      INSERT INTO members (id, slug, name_zh, name_en, city_zh, city_en, province_code, outlet_kind, alliance_role, status, joined_on, latitude, longitude, channels)
      SELECT pg_temp.bid('member', i), 'bench-' || lpad(i::text, 3, '0'),
             p.short_zh || '测试融媒体中心' || i, 'Bench Media ' || i, p.short_zh || '测试市' || i, 'Bench ' || p.short_en || ' ' || i, p.code,
             (ARRAY['CONVERGED_MEDIA_CENTER','DAILY_NEWSPAPER','EVENING_NEWSPAPER_GROUP','MEDIA_GROUP'])[1 + i % 4],
             CASE WHEN i = 1 THEN 'CHAIR' WHEN i = 2 THEN 'SECRETARIAT' WHEN i <= 12 THEN 'VICE_CHAIR' ELSE 'MEMBER' END,
             CASE WHEN i % 97 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
             date '2025-12-17' + (i % 240),
             round((p.lat0 + random() * (p.lat1 - p.lat0))::numeric, 4)::float8,
             round((p.lon0 + random() * (p.lon1 - p.lon0))::numeric, 4)::float8,
             jsonb_build_array(
               jsonb_build_object('kind', 'NEWSPAPER', 'name', p.short_zh || '测试日报' || i, 'url', null),
               jsonb_build_object('kind', 'APP', 'name', '掌上测试市' || i, 'url', null),
               jsonb_build_object('kind', 'WEBSITE', 'name', '测试市' || i || '新闻网', 'url', 'https://www.bench-' || i || '.example'),
               jsonb_build_object('kind', 'WECHAT', 'name', '测试市' || i || '发布', 'url', null))
        FROM generate_series(1, ${MEMBERS}) i JOIN ${PROVINCES_SQL} ON p.ord = 1 + (i - 1) % 11`);
  });

  await step(`users: ${USERS} (${MEMBERS} chief editors, ${EDITORS * MEMBERS} editors, ${REPORTERS} reporters, 10 secretariat)`, async () => {
    await db.query(
      `INSERT INTO users (id, email, display_name, password_hash, role, locale, active, member_id, last_sign_in_at, created_at)
       SELECT pg_temp.bid('user', n), 'bench.' || n || '@bench.example', '测试用户' || n, $1,
              CASE WHEN pg_temp.member_of(n) = 2 AND k < 10 THEN 'SECRETARIAT' WHEN k = 0 THEN 'CHIEF_EDITOR' WHEN k <= ${EDITORS} THEN 'EDITOR' ELSE 'REPORTER' END,
              CASE WHEN n % 5 = 0 THEN 'en' ELSE 'zh-CN' END,
              NOT (k > ${EDITORS + 1} AND n % 89 = 0),
              pg_temp.bid('member', pg_temp.member_of(n)),
              CASE WHEN n % 3 = 0 THEN NULL ELSE now() - random() * interval '90 days' END,
              now() - interval '200 days' + random() * interval '100 days'
         FROM generate_series(1, ${USERS}) n, LATERAL (SELECT (n - 1) / ${MEMBERS} AS k) x`,
      [passwordHash],
    );
  });

  await step(`topics: ${TOPICS}`, async () => {
    // Per-topic facts kept in a temporary table: assignments and comments are drawn from it.
    await db.query(`
      CREATE TEMP TABLE bt AS
      SELECT t, pg_temp.bid('topic', t) AS id, state, pm, ws, ws + 3 + floor(r4 * 42)::int AS we, r2, r3, r4, r5,
             CASE WHEN state = 'DRAFT' THEN 0 ELSE floor(power(r5, 1.5) * 5)::int END AS cosponsors,
             CASE WHEN state = 'DRAFT' THEN 0 WHEN r3 < 0.01 THEN 40 + floor(r2 * 60)::int ELSE floor(power(r3, 2) * 8)::int END AS comments
        FROM (
          SELECT t, r2, r3, r4, r5, 1 + floor(r6 * ${MEMBERS})::int AS pm, state,
                 current_date + CASE state
                   WHEN 'COMPLETED' THEN -50 - floor(r2 * 200)::int
                   WHEN 'IN_PROGRESS' THEN -floor(r2 * 40)::int
                   WHEN 'APPROVED' THEN floor(r2 * 50)::int
                   WHEN 'DRAFT' THEN 5 + floor(r2 * 85)::int
                   WHEN 'PROPOSED' THEN 5 + floor(r2 * 85)::int
                   ELSE -150 + floor(r2 * 210)::int END AS ws
            FROM (
              SELECT t, r2, r3, r4, r5, r6,
                     CASE WHEN r1 < 0.04 THEN 'DRAFT' WHEN r1 < 0.10 THEN 'PROPOSED' WHEN r1 < 0.32 THEN 'APPROVED' WHEN r1 < 0.35 THEN 'REJECTED'
                          WHEN r1 < 0.68 THEN 'IN_PROGRESS' WHEN r1 < 0.95 THEN 'COMPLETED' ELSE 'CANCELLED' END AS state
                FROM (SELECT t, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6 FROM generate_series(1, ${TOPICS}) t OFFSET 0) r
            ) s
        ) u`);
    await db.query(`ALTER TABLE bt ADD PRIMARY KEY (t)`);
    await db.query(`
      INSERT INTO topics (id, title, brief, themes, province_codes, cities, window_start, window_end, target_channels, state,
                          proposer_member_id, created_by_id, rejection_reason, cancel_reason, version, created_at, updated_at, proposed_at)
      SELECT bt.id,
             '联合选题' || bt.t || '：' || th1 || '沿江行',
             '长江经济带城市群联动报道（选题 ' || bt.t || '）：' || repeat('各成员单位围绕' || th1 || '开展联合采访，统一策划、分头采写、集中发布。', 1 + (bt.t % 4)::int),
             CASE WHEN bt.r4 < 0.55 THEN ARRAY[th1, th2] ELSE ARRAY[th1] END,
             CASE WHEN bt.r3 < 0.4 THEN ARRAY[m.province_code, pc2] ELSE ARRAY[m.province_code] END,
             CASE WHEN bt.r3 < 0.4 THEN ARRAY[m.city_zh, '协作城市' || (bt.t % 97)] ELSE ARRAY[m.city_zh] END,
             bt.ws, bt.we,
             CASE WHEN bt.r5 < 0.5 THEN ARRAY[ch1, ch2, 'WECHAT'] ELSE ARRAY[ch1, 'WECHAT'] END,
             bt.state, m.id, pg_temp.bid('user', pg_temp.editor(bt.pm, bt.t)),
             CASE WHEN bt.state = 'REJECTED' THEN '与已有选题重复，请合并后再报' END,
             CASE WHEN bt.state = 'CANCELLED' THEN '因天气原因取消本次联合采访' END,
             1 + (bt.t % 5)::int, ca, least(now(), ca + bt.r4 * interval '30 days'), CASE WHEN bt.state <> 'DRAFT' THEN ca END
        FROM bt
        JOIN members m ON m.id = pg_temp.bid('member', bt.pm)
        CROSS JOIN LATERAL (SELECT
             (${THEMES})[1 + (bt.t % 12)::int] AS th1,
             (${THEMES})[1 + ((bt.t % 12) + 1 + floor(bt.r2 * 11))::int % 12] AS th2,
             (ARRAY['530000','510000','520000','500000','420000','430000','360000','340000','320000','330000','310000'])[1 + ((bt.pm - 1) % 11 + 1 + floor(bt.r4 * 10)::int) % 11] AS pc2,
             (ARRAY['NEWSPAPER','APP','WEBSITE','WEIBO','DOUYIN','VIDEO'])[1 + (bt.t % 6)::int] AS ch1,
             (ARRAY['NEWSPAPER','APP','WEBSITE','WEIBO','DOUYIN','VIDEO'])[1 + ((bt.t % 6) + 1 + floor(bt.r5 * 5))::int % 6] AS ch2,
             least(now() - interval '1 hour', (bt.ws - 5 - floor(bt.r3 * 35)::int)::timestamptz + bt.r2 * interval '10 hours') AS ca
        ) x`);
    const { rows } = await db.query(`SELECT string_agg(state || ' ' || n, ', ' ORDER BY n DESC) AS s FROM (SELECT state, count(*) n FROM topics GROUP BY state) x`);
    return rows[0].s;
  });

  await step('co-sponsors: 0–4 per topic', async () => {
    await db.query(`
      INSERT INTO topic_co_sponsors (topic_id, member_id, status, invited_at, joined_at)
      SELECT bt.id, pg_temp.bid('member', ((bt.pm - 1 + j * 37) % ${MEMBERS}) + 1),
             CASE WHEN joined THEN 'JOINED' ELSE 'INVITED' END, t.created_at + j * interval '1 hour',
             CASE WHEN joined THEN t.created_at + interval '1 day' END
        FROM bt JOIN topics t ON t.id = bt.id
        CROSS JOIN LATERAL generate_series(1, bt.cosponsors) j
        CROSS JOIN LATERAL (SELECT (bt.t + j) % 10 < 7 AND bt.state NOT IN ('PROPOSED') AS joined) y`);
    const { rows } = await db.query(`SELECT count(*) FROM topic_co_sponsors`);
    return `${rows[0].count} rows`;
  });

  await step('comments: most topics a few, 1 % with 40–100', async () => {
    await db.query(`
      INSERT INTO topic_comments (topic_id, author_id, body, created_at)
      SELECT bt.id, pg_temp.bid('user', 1 + ((bt.t * 31 + j * 7919) % ${USERS})),
             '第' || j || '条意见：建议补充' || (${THEMES})[1 + ((bt.t + j) % 12)::int] || '方面的采访对象和现场画面。',
             least(now(), t.created_at + j * interval '3 hours')
        FROM bt JOIN topics t ON t.id = bt.id
        CROSS JOIN LATERAL generate_series(1, bt.comments) j`);
    const { rows } = await db.query(`SELECT count(*) FROM topic_comments`);
    return `${rows[0].count} rows`;
  });

  await step(`assignments: ${ASSIGNMENTS} over the approved, running, completed and cancelled topics`, async () => {
    await db.query(`CREATE TEMP TABLE elig AS SELECT row_number() OVER (ORDER BY t)::int AS r, t, id, state, pm FROM bt WHERE state IN ('APPROVED','IN_PROGRESS','COMPLETED','CANCELLED')`);
    await db.query(`ALTER TABLE elig ADD PRIMARY KEY (r)`);
    const { rows: [{ count: eligible }] } = await db.query(`SELECT count(*)::int AS count FROM elig`);
    await db.query(`
      INSERT INTO assignments (id, topic_id, title, brief, format, location_member_id, due_at, slots, claimed_count, status, created_by_id, version, created_at, updated_at, topic_claimable)
      SELECT pg_temp.bid('assignment', a), e.id,
             '采访任务' || a || '：' || (${FORMATS})[fi] || '报道',
             CASE WHEN r3 < 0.7 THEN '到现场采集素材，当天回传。' ELSE '' END,
             (${FORMATS})[fi], pg_temp.bid('member', lm),
             CASE WHEN e.state IN ('COMPLETED','CANCELLED') THEN now() - r4 * interval '60 days' ELSE now() + (r4 * 120 - 60) * interval '1 day' END,
             slots,
             CASE WHEN status = 'CANCELLED' THEN 0
                  WHEN e.state = 'COMPLETED' THEN CASE WHEN r5 < 0.8 THEN slots ELSE floor(r6 * (slots + 1))::int END
                  WHEN e.state = 'IN_PROGRESS' THEN floor(r5 * (slots + 1))::int
                  ELSE floor(power(r5, 2) * (slots + 1))::int END,
             status, pg_temp.bid('user', pg_temp.editor(e.pm, a)), 1 + (a % 3)::int,
             least(now() - interval '1 hour', t.created_at + interval '2 days'), least(now(), t.created_at + interval '3 days'),
             e.state IN ('APPROVED','IN_PROGRESS')
        FROM (
          SELECT a, r3, r4, r5, r6, 1 + (a % 6)::int AS fi, 1 + floor(r1 * $1)::int AS er, 1 + floor(r2 * 5)::int AS slots,
                 CASE WHEN r3 < 0.45 THEN NULL ELSE 1 + floor(r6 * ${MEMBERS})::int END AS lm0,
                 CASE WHEN r7 < 0.04 THEN 'CANCELLED' ELSE 'OPEN' END AS status0
            FROM (SELECT a, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7 FROM generate_series(1, ${ASSIGNMENTS}) a OFFSET 0) r
        ) s
        JOIN elig e ON e.r = s.er
        JOIN topics t ON t.id = e.id
        CROSS JOIN LATERAL (SELECT coalesce(s.lm0, e.pm) AS lm, CASE WHEN e.state = 'CANCELLED' THEN 'CANCELLED' ELSE s.status0 END AS status) y`,
      [eligible],
    );
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'OPEN') AS open, count(*) FILTER (WHERE status = 'OPEN' AND claimed_count < slots AND due_at > now()) AS claimable, sum(slots) AS slots, sum(claimed_count) AS claimed FROM assignments`,
    );
    return `${eligible} topics; ${rows[0].open} OPEN, ${rows[0].claimable} with a free slot and a future due date; ${rows[0].slots} slots, ${rows[0].claimed} held`;
  });

  await step('claims: one live claim per held slot (distinct reporters), released and cancelled ones beside', async () => {
    // Live claims: exactly claimed_count per assignment, each by a different reporter (uq_claims_live_reporter).
    await db.query(`
      INSERT INTO claims (assignment_id, reporter_id, state, submission_text, submission_links, review_comment, claimed_at, submitted_at, decided_at, version, updated_at)
      SELECT id, pg_temp.bid('user', pg_temp.reporter((h + j * 1009) % ${REPORTERS})), st,
             CASE WHEN st <> 'CLAIMED' THEN '稿件：' || title || '。正文约一千五百字，附现场图片。' END,
             CASE WHEN st <> 'CLAIMED' THEN ARRAY['https://drive.bench.example/' || md5(id::text || j)] ELSE '{}' END,
             CASE WHEN st = 'CHANGES_REQUESTED' THEN '请补充当事人采访，核实数据来源。' END,
             ca, CASE WHEN st <> 'CLAIMED' THEN ca + interval '2 days' END,
             CASE WHEN st IN ('ACCEPTED','CHANGES_REQUESTED') THEN ca + interval '3 days' END,
             CASE st WHEN 'CLAIMED' THEN 1 WHEN 'SUBMITTED' THEN 2 ELSE 3 END,
             ca + interval '3 days'
        FROM (
          SELECT a.id, a.title, a.created_at, abs(hashtext(a.id::text))::bigint AS h, j,
                 least(now() - interval '1 hour', a.created_at + (j * 7) * interval '1 hour') AS ca,
                 CASE t.state
                   WHEN 'COMPLETED' THEN CASE WHEN r < 0.85 THEN 'ACCEPTED' WHEN r < 0.95 THEN 'SUBMITTED' ELSE 'CHANGES_REQUESTED' END
                   WHEN 'IN_PROGRESS' THEN CASE WHEN r < 0.35 THEN 'CLAIMED' WHEN r < 0.60 THEN 'SUBMITTED' WHEN r < 0.70 THEN 'CHANGES_REQUESTED' ELSE 'ACCEPTED' END
                   ELSE CASE WHEN r < 0.75 THEN 'CLAIMED' WHEN r < 0.95 THEN 'SUBMITTED' ELSE 'CHANGES_REQUESTED' END END AS st
            FROM assignments a JOIN topics t ON t.id = a.topic_id
            CROSS JOIN LATERAL generate_series(1, a.claimed_count) j
            CROSS JOIN LATERAL (SELECT random() + 0 * j AS r) x
           WHERE a.claimed_count > 0
        ) c`);
    // Dead claims (RELEASED by the reporter, CANCELLED by editors): hold no slot, may repeat a reporter.
    await db.query(`
      INSERT INTO claims (assignment_id, reporter_id, state, claimed_at, decided_at, version, updated_at)
      SELECT id, pg_temp.bid('user', pg_temp.reporter((h + 7919 * j + 13) % ${REPORTERS})), st, ca, ca + interval '1 day', 2, ca + interval '1 day'
        FROM (
          SELECT a.id, abs(hashtext(a.id::text))::bigint AS h, j, a.created_at + interval '5 hours' AS ca,
                 CASE WHEN a.status = 'CANCELLED' OR r < 0.3 THEN 'CANCELLED' ELSE 'RELEASED' END AS st
            FROM (SELECT a.*, CASE WHEN a.status = 'CANCELLED' THEN floor(d * 3)::int WHEN d < 0.15 THEN 1 WHEN d < 0.18 THEN 2 ELSE 0 END AS dead
                    FROM (SELECT id, status, created_at, random() AS d FROM assignments OFFSET 0) a) a
            CROSS JOIN LATERAL generate_series(1, a.dead) j
            CROSS JOIN LATERAL (SELECT random() + 0 * j AS r) x
        ) c`);
    const { rows } = await db.query(`SELECT string_agg(state || ' ' || n, ', ' ORDER BY n DESC) AS s, sum(n) AS total FROM (SELECT state, count(*) n FROM claims GROUP BY state) x`);
    return `${rows[0].total}: ${rows[0].s}`;
  });

  await step('publications: about a quarter of the accepted claims', async () => {
    await db.query(`
      INSERT INTO publications (claim_id, topic_id, member_id, channel, url, published_at, views, shares, likes, recorded_by_id, created_at)
      SELECT c.id, a.topic_id, u.member_id, (${CHANNELS})[1 + floor(r * 7)::int], 'https://news.bench.example/a/' || md5(c.id::text),
             c.decided_at + interval '6 hours', floor(power(r, 3) * 500000)::bigint, floor(power(r, 3) * 5000)::int, floor(power(r, 2) * 20000)::int,
             pg_temp.bid('user', pg_temp.editor(m.n, 1)), c.decided_at + interval '7 hours'
        FROM (SELECT c.*, random() AS r, random() AS pick FROM claims c WHERE c.state = 'ACCEPTED' OFFSET 0) c
        JOIN assignments a ON a.id = c.assignment_id
        JOIN users u ON u.id = c.reporter_id
        CROSS JOIN LATERAL (SELECT pg_temp.member_of(substring(u.email FROM 'bench\\.([0-9]+)@')::bigint) AS n) m
       WHERE c.pick < 0.25`);
    const { rows } = await db.query(`SELECT count(*) FROM publications`);
    return `${rows[0].count} rows`;
  });

  await generateParticipation(db);

  await step('check: claimed_count = live claims, one live claim per reporter and assignment', async () => {
    const { rows } = await db.query(`
      SELECT count(*)::int AS mismatched FROM assignments a
        LEFT JOIN (SELECT assignment_id, count(*) AS live FROM claims WHERE state IN ('CLAIMED','SUBMITTED','CHANGES_REQUESTED','ACCEPTED') GROUP BY assignment_id) c ON c.assignment_id = a.id
       WHERE a.claimed_count <> coalesce(c.live, 0)`);
    if (rows[0].mismatched !== 0) throw new Error(`${rows[0].mismatched} assignments have claimed_count ≠ live claims`);
    return 'ok';
  });

  await step('participation rollup: built from the ledgers', async () => {
    await db.query(`SET session_replication_role = origin`);
    const { rows } = await db.query(`SELECT to_regproc('participation_rollup_rebuild') IS NOT NULL AS present`);
    if (!rows[0].present) return 'no rollup in this schema';
    await db.query(`SELECT participation_rollup_rebuild()`);
    const { rows: counts } = await db.query(`SELECT (SELECT count(*) FROM participation_daily) AS daily, (SELECT count(*) FROM participation_monthly) AS monthly`);
    return `${counts[0].daily} daily cells, ${counts[0].monthly} monthly`;
  });

  await step('VACUUM ANALYZE', async () => {
    await db.query('VACUUM (ANALYZE)');
  });
}

/** The first instant of this alliance year (Asia/Shanghai), and a fraction of the way from it to now. */
const YEAR_START = `(date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')`;
const IN_YEAR = (r) => `(${YEAR_START} + (${r}) * (now() - ${YEAR_START}))`;
/** Members drawn with a skew (low numbers more often), so the ranking has members clearly ahead and behind. */
const SKEWED_MEMBER = (r, power) => `(1 + floor(power(${r}, ${power}) * ${MEMBERS})::int)`;

/**
 * What the participation dashboard reads beyond topics, co-sponsors, claims and publications: library pieces and other
 * resources, republications of pieces, resource requests, events with registrations, places and check-ins, and the
 * year's periods with commitments on every measured metric (plus a manual one with evidence).
 */
async function generateParticipation(db) {
  await step(`resources: ${PIECES} library pieces, ${OTHER_RESOURCES} other resources; ${REPUBLICATIONS} republications`, async () => {
    await db.query(`
      CREATE TEMP TABLE br AS
      SELECT i, pg_temp.bid('resource', i) AS id, ${SKEWED_MEMBER('r1', 1.6)} AS m, r2, r3,
             CASE WHEN i <= ${PIECES} THEN 'CONTENT' ELSE (ARRAY['PLATFORM','CHANNEL','TECH_SERVICE','INDUSTRY'])[1 + i % 4] END AS area,
             ${IN_YEAR('power(r2, 0.8)')} AS ca
        FROM (SELECT i, random() r1, random() r2, random() r3 FROM generate_series(1, ${PIECES + OTHER_RESOURCES}) i OFFSET 0) s`);
    await db.query(`ALTER TABLE br ADD PRIMARY KEY (i)`);
    await db.query(`
      INSERT INTO resources (id, area, status, owner_member_id, created_by_id, title, description, created_at, updated_at)
      SELECT br.id, br.area, CASE WHEN br.r3 < 0.06 THEN 'WITHDRAWN' ELSE 'ACTIVE' END, pg_temp.bid('member', br.m), pg_temp.bid('user', pg_temp.editor(br.m, br.i)),
             CASE WHEN br.area = 'CONTENT' THEN '稿件' || br.i || '：' || (${THEMES})[1 + br.i % 12] || '一线观察' ELSE '共享资源' || br.i END,
             '供联盟成员共享使用（资源 ' || br.i || '）。', br.ca, br.ca
        FROM br`);
    await db.query(`
      INSERT INTO publications (resource_id, member_id, channel, url, published_at, views, shares, likes, recorded_by_id, created_at)
      SELECT br.id, pg_temp.bid('member', s.pm), (${CHANNELS})[1 + floor(s.r * 7)::int], 'https://news.bench.example/z/' || s.j,
             x.at, floor(power(s.r, 3) * 200000)::bigint, floor(power(s.r, 3) * 2000)::int, floor(power(s.r, 2) * 8000)::int,
             pg_temp.bid('user', pg_temp.editor(s.pm, s.j)), x.at
        FROM (SELECT j, 1 + floor(random() * ${PIECES})::int AS piece, random() AS r, ${SKEWED_MEMBER('random()', 1.3)} AS pm
                FROM generate_series(1, ${REPUBLICATIONS}) j OFFSET 0) s
        JOIN br ON br.i = s.piece
        CROSS JOIN LATERAL (SELECT least(now() - interval '1 minute', br.ca + (1 + s.r * 20) * interval '1 day') AS at) x
       WHERE br.m <> s.pm`);
    const { rows } = await db.query(`SELECT count(*) FILTER (WHERE resource_id IS NOT NULL) AS n FROM publications`);
    return `${rows[0].n} republications`;
  });

  await step('resource requests: 0–11 per non-library resource, in every state', async () => {
    // Requester k of a resource is member owner + 11k: distinct per resource, so at most one open request each.
    await db.query(`
      INSERT INTO resource_requests (resource_id, owner_member_id, requester_member_id, requested_by_id, state, note, decided_at, fulfilled_at, cancelled_at, created_at, updated_at)
      SELECT br.id, pg_temp.bid('member', br.m), pg_temp.bid('member', rm), pg_temp.bid('user', pg_temp.editor(rm, k)), st, '借用申请 ' || k,
             CASE WHEN st IN ('APPROVED','DECLINED','FULFILLED') THEN at0 + interval '1 day' END,
             CASE WHEN st = 'FULFILLED' THEN at0 + (2 + r * 10) * interval '1 day' END,
             CASE WHEN st = 'CANCELLED' THEN at0 + interval '2 hours' END, at0, at0
        FROM br
        CROSS JOIN LATERAL generate_series(1, floor(br.r3 * 12)::int) k
        CROSS JOIN LATERAL (SELECT ((br.m - 1 + k * 11) % ${MEMBERS}) + 1 AS rm, random() + 0 * k AS r) y
        CROSS JOIN LATERAL (SELECT CASE WHEN r < 0.55 THEN 'FULFILLED' WHEN r < 0.65 THEN 'APPROVED' WHEN r < 0.75 THEN 'DECLINED' WHEN r < 0.85 THEN 'PENDING' ELSE 'CANCELLED' END AS st,
                                   least(now() - interval '13 days', br.ca + r * interval '40 days') AS at0) z
       WHERE br.area <> 'CONTENT' AND rm <> br.m`);
    const { rows } = await db.query(`SELECT count(*) AS n, count(*) FILTER (WHERE state = 'FULFILLED') AS f FROM resource_requests`);
    return `${rows[0].n} requests, ${rows[0].f} fulfilled`;
  });

  await step(`events: ${EVENTS} over the year, 10–30 members each with 1–3 people, check-ins on those past`, async () => {
    await db.query(`
      CREATE TEMP TABLE bev AS
      SELECT e, pg_temp.bid('event', e) AS id, ${SKEWED_MEMBER('r1', 1.2)} AS host, 10 + floor(r2 * 21)::int AS members,
             (${YEAR_START} AT TIME ZONE 'Asia/Shanghai')::date + floor(r3 * ((now() AT TIME ZONE 'Asia/Shanghai')::date + 40 - (${YEAR_START} AT TIME ZONE 'Asia/Shanghai')::date))::int AS starts_on,
             CASE WHEN r4 < 0.05 THEN 'DRAFT' WHEN r4 < 0.10 THEN 'CANCELLED' ELSE 'PUBLISHED' END AS status
        FROM (SELECT e, random() r1, random() r2, random() r3, random() r4 FROM generate_series(1, ${EVENTS}) e OFFSET 0) s`);
    await db.query(`
      INSERT INTO events (id, kind, title, host_member_id, starts_on, ends_on, place, capacity, places_per_member, registration_closes_at, status, created_by_id, published_at, created_at, updated_at)
      SELECT id, (ARRAY['TRIP','CONFERENCE','TRAINING'])[1 + e % 3], '百家党媒看测试市' || host || '（第' || e || '期）', pg_temp.bid('member', host), starts_on, starts_on + 2,
             '测试市' || host, 200, 3, (starts_on - 3)::timestamp AT TIME ZONE 'Asia/Shanghai', status, pg_temp.bid('user', pg_temp.editor(host, e)),
             CASE WHEN status <> 'DRAFT' THEN (starts_on - 30)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
             (starts_on - 40)::timestamp AT TIME ZONE 'Asia/Shanghai', (starts_on - 30)::timestamp AT TIME ZONE 'Asia/Shanghai'
        FROM bev`);
    await db.query(`
      INSERT INTO event_stops (id, event_id, day, starts_at, place, activity)
      SELECT pg_temp.bid('stop', e), id, starts_on, '09:00', '测试市' || host || '会场', '开幕与集体采访' FROM bev`);
    // Member k of an event is host + 13k (distinct); its people are its reporters q = 0, 1 (distinct users) or a guest.
    await db.query(`
      CREATE TEMP TABLE breg AS
      SELECT pg_temp.bid('registration', bev.e * 1000 + k) AS id, bev.id AS event_id, bev.e, bev.starts_on, k, rm, 1 + floor(r2 * 3)::int AS people,
             CASE WHEN r < 0.85 THEN 'CONFIRMED' WHEN r < 0.95 THEN 'WITHDRAWN' ELSE 'PENDING' END AS status,
             (bev.starts_on - 20)::timestamp AT TIME ZONE 'Asia/Shanghai' AS created_at
        FROM bev
        CROSS JOIN LATERAL generate_series(1, bev.members) k
        CROSS JOIN LATERAL (SELECT ((bev.host - 1 + k * 13) % ${MEMBERS}) + 1 AS rm, random() + 0 * k AS r, random() + 0 * k AS r2) y
       WHERE bev.status <> 'DRAFT' AND rm <> bev.host`);
    await db.query(`
      INSERT INTO event_registrations (id, event_id, member_id, registered_by_id, status, confirmed_at, withdrawn_at, created_at, updated_at)
      SELECT id, event_id, pg_temp.bid('member', rm), pg_temp.bid('user', pg_temp.editor(rm, k)), status,
             CASE WHEN status = 'CONFIRMED' THEN created_at + interval '10 days' END, CASE WHEN status = 'WITHDRAWN' THEN created_at + interval '12 days' END,
             created_at, created_at + interval '10 days'
        FROM breg`);
    await db.query(`
      INSERT INTO event_participants (id, event_id, registration_id, member_id, user_id, guest_name, status, placed_at, waitlisted_at, withdrawn_at, created_at)
      SELECT pg_temp.bid('participant', (g.e * 1000 + g.k) * 10 + q), g.event_id, g.id, pg_temp.bid('member', g.rm),
             CASE WHEN q < 2 THEN pg_temp.bid('user', pg_temp.reporter(g.rm - 1 + ${MEMBERS} * q)) END, CASE WHEN q = 2 THEN '特邀嘉宾' || g.k END,
             st, CASE WHEN st = 'PLACED' THEN g.created_at END, CASE WHEN st = 'WAITLISTED' THEN g.created_at END,
             CASE WHEN st = 'WITHDRAWN' THEN g.created_at + interval '12 days' END, g.created_at
        FROM breg g
        CROSS JOIN LATERAL generate_series(0, g.people - 1) q
        CROSS JOIN LATERAL (SELECT CASE g.status WHEN 'WITHDRAWN' THEN 'WITHDRAWN' WHEN 'PENDING' THEN 'WAITLISTED' ELSE 'PLACED' END AS st) s`);
    await db.query(`
      INSERT INTO event_check_ins (event_id, stop_id, participant_id, method, checked_in_by_id, checked_in_at)
      SELECT p.event_id, pg_temp.bid('stop', bev.e), p.id, 'LIST', pg_temp.bid('user', pg_temp.editor(bev.host, 1)),
             (bev.starts_on::timestamp + interval '9 hours 30 minutes') AT TIME ZONE 'Asia/Shanghai'
        FROM event_participants p JOIN bev ON bev.id = p.event_id
       WHERE p.status = 'PLACED' AND bev.status = 'PUBLISHED' AND bev.starts_on <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND random() < 0.8`);
    await db.query(`UPDATE events e SET places_taken = (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id AND p.status = 'PLACED')`);
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM event_participants WHERE status = 'PLACED') AS placed, (SELECT count(*) FROM event_check_ins) AS checked`);
    return `${rows[0].placed} places filled, ${rows[0].checked} check-ins`;
  });

  await step("periods: this year and its quarters, commitments on every measured metric and a manual one with evidence", async () => {
    await db.query(`
      INSERT INTO participation_periods (id, kind, year, quarter, starts_on, ends_on)
      SELECT pg_temp.bid('period', q), CASE WHEN q = 0 THEN 'YEAR' ELSE 'QUARTER' END, y, q,
             CASE WHEN q = 0 THEN make_date(y, 1, 1) ELSE make_date(y, 3 * q - 2, 1) END,
             CASE WHEN q = 0 THEN make_date(y, 12, 31) ELSE (make_date(y, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date END
        FROM (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS y) yy CROSS JOIN generate_series(0, 4) q`);
    // Yearly targets near a member's average share of the year, so some are ahead, some on track and some behind.
    await db.query(
      `INSERT INTO commitments (id, period_id, metric, title, default_target, weight, created_at)
       SELECT pg_temp.bid('commitment', q * 100 + n), pg_temp.bid('period', q), metric, '承诺：' || metric,
              CASE WHEN metric IN ('ON_TIME_RATE', 'MANUAL') THEN target ELSE greatest(1, round(target * $1::float8 / CASE WHEN q = 0 THEN 1 ELSE 4 END))::int END,
              weight, now() + n * interval '1 millisecond'
         FROM (VALUES (1, 'TOPICS_PROPOSED', 300, 2), (2, 'TOPICS_CO_SPONSORED', 450, 1), (3, 'ASSIGNMENTS_ACCEPTED', 2200, 3), (4, 'PIECES_REPUBLISHED', 900, 2),
                      (5, 'PIECES_OFFERED', 100, 1), (6, 'REQUESTS_FULFILLED', 30, 1), (7, 'EVENT_PLACES_FILLED', 40, 1), (8, 'EVENTS_ATTENDED', 25, 1),
                      (9, 'ON_TIME_RATE', 80, 2), (10, 'MANUAL', 2, 1)) AS c(n, metric, target, weight)
         CROSS JOIN generate_series(0, 4) q
        WHERE q = 0 OR metric IN ('TOPICS_PROPOSED', 'ASSIGNMENTS_ACCEPTED', 'PIECES_REPUBLISHED', 'ON_TIME_RATE')`,
      [scale],
    );
    await db.query(`
      INSERT INTO commitment_targets (commitment_id, member_id, target)
      SELECT c.id, pg_temp.bid('member', m), round(c.default_target * 1.5)::int
        FROM commitments c CROSS JOIN generate_series(1, ${MEMBERS}, 10) m
       WHERE c.period_id = pg_temp.bid('period', 0) AND c.metric IN ('ASSIGNMENTS_ACCEPTED', 'PIECES_OFFERED')`);
    await db.query(`
      INSERT INTO commitment_evidence (commitment_id, member_id, text, state, decided_at, created_at)
      SELECT pg_temp.bid('commitment', 10), pg_temp.bid('member', m), '举办融媒体业务培训（第' || k || '次）',
             CASE WHEN r < 0.6 THEN 'VERIFIED' WHEN r < 0.85 THEN 'SUBMITTED' ELSE 'REJECTED' END,
             CASE WHEN r < 0.6 OR r >= 0.85 THEN ${IN_YEAR('r')} + interval '1 day' END, ${IN_YEAR('r')}
        FROM generate_series(1, ${MEMBERS}) m CROSS JOIN LATERAL generate_series(1, m % 4) k CROSS JOIN LATERAL (SELECT random() + 0 * k AS r) x`);
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM commitments) AS c, (SELECT count(*) FROM commitment_evidence) AS e`);
    return `5 periods, ${rows[0].c} commitments, ${rows[0].e} pieces of evidence`;
  });
}

async function main() {
  console.log(`Generating the bench alliance into ${dbName} (scale ${scale})`);
  const prepared = await step('database', prepareDatabase);
  if (prepared.kept) {
    console.log(prepared.kept);
    return;
  }
  await step('migrations', migrate);
  const passwordHash = await step('argon2id hash (once)', async () => {
    const value = await argon2idHash();
    return { value };
  }).then((r) => r.value);
  const db = connect(url);
  await db.connect();
  try {
    await generate(db, passwordHash);
    const { rows } = await db.query(`
      SELECT (SELECT count(*) FROM members) AS members, (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM topics) AS topics,
             (SELECT count(*) FROM topic_co_sponsors) AS co_sponsors, (SELECT count(*) FROM topic_comments) AS comments,
             (SELECT count(*) FROM assignments) AS assignments, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM publications) AS publications,
             pg_size_pretty(pg_database_size(current_database())) AS size`);
    const totalMs = performance.now() - started;
    const marker = {
      kind: MARKER_KIND,
      complete: true,
      scale,
      generatedAt: new Date().toISOString(),
      generationSeconds: Math.round(totalMs / 1000),
      counts: rows[0],
      signIn: { email: `bench.${BENCH_USER}@bench.example`, password: BENCH_PASSWORD, member: `bench-${String(BENCH_MEMBER).padStart(3, '0')}` },
      secretariat: { email: `bench.${SECRETARIAT_USER}@bench.example`, password: BENCH_PASSWORD },
    };
    await db.query(`COMMENT ON DATABASE "${dbName}" IS '${JSON.stringify(marker).replaceAll("'", "''")}'`);
    console.log('\nCounts:', Object.entries(rows[0]).map(([k, v]) => `${k} ${v}`).join(', '));
    console.log(`Bench reporter: ${marker.signIn.email} / ${BENCH_PASSWORD}`);
    console.log(`Generation took ${fmtSeconds(totalMs)}.`);
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(`\nbench:generate failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
