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
  await db.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SELECT setseed(0.2026)`);
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
                          proposer_member_id, created_by_id, rejection_reason, cancel_reason, version, created_at, updated_at)
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
             1 + (bt.t % 5)::int, ca, least(now(), ca + bt.r4 * interval '30 days')
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
      INSERT INTO assignments (id, topic_id, title, brief, format, location_member_id, due_at, slots, claimed_count, status, created_by_id, version, created_at, updated_at)
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
             least(now() - interval '1 hour', t.created_at + interval '2 days'), least(now(), t.created_at + interval '3 days')
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

  await step('check: claimed_count = live claims, one live claim per reporter and assignment', async () => {
    const { rows } = await db.query(`
      SELECT count(*)::int AS mismatched FROM assignments a
        LEFT JOIN (SELECT assignment_id, count(*) AS live FROM claims WHERE state IN ('CLAIMED','SUBMITTED','CHANGES_REQUESTED','ACCEPTED') GROUP BY assignment_id) c ON c.assignment_id = a.id
       WHERE a.claimed_count <> coalesce(c.live, 0)`);
    if (rows[0].mismatched !== 0) throw new Error(`${rows[0].mismatched} assignments have claimed_count ≠ live claims`);
    return 'ok';
  });

  await step('VACUUM ANALYZE', async () => {
    await db.query('VACUUM (ANALYZE)');
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
