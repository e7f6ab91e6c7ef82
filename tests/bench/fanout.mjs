#!/usr/bin/env node
// Live fan-out: how long one change takes to reach 1,000 subscribers spread over two server copies joined by Redis,
// and whether any is lost.
//
//   pnpm --filter @yah/tests bench:fanout
//
// Two built server copies (server/dist) over one fresh PostgreSQL database with the demo alliance
// (FANOUT_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/yah_fanout, dropped and created again) and
// REDIS_URL (default redis://127.0.0.1:6379). FANOUT_SUBSCRIBERS (default 1000) graphql-ws sockets, half on each
// copy, each subscribed to `topicChanged` for one approved topic and to `notificationAdded`; the sockets share
// FANOUT_ACCOUNTS (default 40) demo accounts, three sessions each. FANOUT_CHANGES (default 20) changes, spaced
// FANOUT_SPACING_MS (default 1000) apart, are made over HTTP on copy B alternately: a comment and a claim. A
// subscriber's k-th topic event belongs to the k-th change (events of one subscription arrive in order); latency is
// its arrival minus the mutation's send time. A notification is matched to its claim by the claim's id.
// Prints p50/p95/p99/max and the losses, and writes them under `liveFanout` in tests/bench/results/latest.json.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { BENCH_PASSWORD, machineInfo, readResults, splitDatabaseUrl, startBuiltServer, updateResults } from './common.mjs';

const DATABASE_URL = process.env.FANOUT_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/yah_fanout';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS || 1000);
const ACCOUNTS = Number(process.env.FANOUT_ACCOUNTS || 40);
const SESSIONS_PER_ACCOUNT = 3;
const CHANGES = Number(process.env.FANOUT_CHANGES || 20);
const SPACING_MS = Number(process.env.FANOUT_SPACING_MS || 1000);
/** How long after the last change a missing event still counts as late rather than lost. */
const GRACE_MS = Number(process.env.FANOUT_GRACE_MS || 15_000);
/** The socket limit per session (LIVE_LIMITS.socketsPerSession on the server). */
const SOCKETS_PER_SESSION = 10;

const TOPIC_CHANGED = `subscription($topicId: ID!) { topicChanged(topicId: $topicId) { topicId kind } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind claim { id } } }`;

const { name: databaseName, adminUrl } = splitDatabaseUrl(DATABASE_URL);

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? null) };
}

/** A GraphQL client over HTTP that keeps the session cookie it is given. */
class HttpClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookie = null;
  }

  async data(query, variables = {}) {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = await response.json();
    if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  static async signedIn(baseUrl, email) {
    const client = new HttpClient(baseUrl);
    await client.data(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, { e: email, p: BENCH_PASSWORD });
    return client;
  }
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function inBatches(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** A graphql-ws client presenting `cookie`, as a browser tab of that session does. */
function socketClient(httpUrl, cookie) {
  class CookieWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({ url: `${httpUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const started = performance.now();
  // The machine's load when the run began: figures on a busy machine read differently.
  const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
  console.log(`fresh database ${databaseName}; copy A migrates it and loads the demo alliance…`);
  await freshDatabase();
  const env = { REDIS_URL, DEMO_PASSWORD: BENCH_PASSWORD };
  const copies = [];
  const stopAll = () => Promise.all(copies.map((copy) => copy.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    copies.push(await startBuiltServer(DATABASE_URL, { ...env, SEED_DEMO: 'true' }));
    copies.push(await startBuiltServer(DATABASE_URL, env));
    const [a, b] = copies;
    console.log(`copy A ${a.url} (pid ${a.pid}), copy B ${b.url} (pid ${b.pid}), Redis ${REDIS_URL}`);

    const db = new pg.Client({ connectionString: DATABASE_URL });
    await db.connect();
    const machine = await machineInfo(db);
    const reporters = (await db.query(`SELECT email FROM users WHERE active AND role = 'REPORTER' ORDER BY email`)).rows.map((row) => row.email);
    const { rows: editorRows } = await db.query(
      `SELECT u.email, m.id AS member_id FROM users u JOIN members m ON m.id = u.member_id
        WHERE u.active AND u.role = 'EDITOR' AND m.alliance_role <> 'SECRETARIAT' ORDER BY u.email LIMIT 1`,
    );
    const secretariatEmail = (await db.query(`SELECT u.email FROM users u JOIN members m ON m.id = u.member_id WHERE u.active AND m.alliance_role = 'SECRETARIAT' ORDER BY u.email LIMIT 1`)).rows[0].email;
    const editor = editorRows[0];
    // The editor's own newsroom hears of the claims: its accounts are among the subscribers.
    const newsroom = (await db.query(`SELECT email FROM users WHERE active AND member_id = $1 AND role <> 'REPORTER' ORDER BY email`, [editor.member_id])).rows.map((row) => row.email);
    const others = (await db.query(`SELECT email FROM users WHERE active AND member_id <> $1 ORDER BY email`, [editor.member_id])).rows.map((row) => row.email);
    await db.end();
    const accounts = [...newsroom, ...others].slice(0, ACCOUNTS);
    const claimers = reporters.filter((email) => !accounts.includes(email)).slice(0, Math.ceil(CHANGES / 2) + 1);
    if (claimers.length < Math.ceil(CHANGES / 2) + 1) throw new Error(`need ${Math.ceil(CHANGES / 2) + 1} reporters outside the subscribers, found ${claimers.length}`);

    // The topic: an editor's, approved, with one assignment holding a slot for every claim; one claim first, so
    // the topic is IN_PROGRESS already and each later change raises exactly one topic event.
    const editorOnB = await HttpClient.signedIn(b.url, editor.email);
    const secretariat = await HttpClient.signedIn(b.url, secretariatEmail);
    const { createTopic } = await editorOnB.data(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, {
      input: {
        title: '长江大保护十年：沿江城市的生态答卷（直播推送压测）',
        brief: '沿江城市联合采访长江十年禁渔、岸线修复与绿色转型。',
        themes: ['长江大保护'],
        provinceCodes: ['420000'],
        cities: ['荆州'],
        windowStart: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
        windowEnd: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
        targetChannels: ['APP'],
      },
    });
    const topicId = createTopic.id;
    await editorOnB.data(`mutation($id: ID!) { proposeTopic(id: $id) { id } }`, { id: topicId });
    await secretariat.data(`mutation($id: ID!) { approveTopic(id: $id) { id } }`, { id: topicId });
    const { createAssignment } = await editorOnB.data(`mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }`, {
      input: { topicId, title: '岸线修复现场探访', brief: '拍摄修复前后对比', format: 'VIDEO', locationMemberId: editor.member_id, dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), slots: claimers.length + 1 },
    });
    const assignmentId = createAssignment.id;
    const claimerClients = await inBatches(claimers, 3, (email) => HttpClient.signedIn(b.url, email));
    await claimerClients[0].data(`mutation($id: ID!) { claimAssignment(assignmentId: $id) { id } }`, { id: assignmentId });

    // Sessions: each account signed in three times (a session holds at most ten sockets).
    const sessionCount = Math.max(Math.ceil(SUBSCRIBERS / (SOCKETS_PER_SESSION - 1)), accounts.length * SESSIONS_PER_ACCOUNT);
    const sessionAccounts = Array.from({ length: sessionCount }, (_, i) => accounts[i % accounts.length]);
    const t0 = performance.now();
    const sessions = await inBatches(sessionAccounts, 4, async (email) => (await HttpClient.signedIn(a.url, email)).cookie);
    console.log(`${sessions.length} sessions of ${accounts.length} accounts signed in (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    // Subscribers: socket i on copy A when even, B when odd, in session i mod sessions.
    const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
      index: i,
      copy: i % 2 === 0 ? 'A' : 'B',
      account: sessionAccounts[i % sessions.length],
      client: socketClient((i % 2 === 0 ? a : b).url, sessions[i % sessions.length]),
      topicEvents: [],
      notifications: [],
      errors: [],
    }));
    const t1 = performance.now();
    await inBatches(subscribers, 50, (subscriber) =>
      new Promise((resolve, reject) => {
        let connected = false;
        const timer = setTimeout(() => reject(new Error(`subscriber ${subscriber.index} not connected within 30 s`)), 30_000);
        subscriber.client.on('connected', () => {
          connected = true;
          clearTimeout(timer);
          resolve();
        });
        subscriber.client.on('closed', (event) => {
          subscriber.errors.push(`closed ${event?.code} ${event?.reason ?? ''}`);
          if (!connected) {
            clearTimeout(timer);
            reject(new Error(`subscriber ${subscriber.index} (${subscriber.account}) closed before connecting: ${event?.code} ${event?.reason ?? ''}`));
          }
        });
        const sink = (list) => ({
          next: (value) => (value.errors ? subscriber.errors.push(value.errors) : list.push({ at: performance.now(), data: value.data })),
          error: (error) => subscriber.errors.push(error),
          complete: () => undefined,
        });
        subscriber.client.subscribe({ query: TOPIC_CHANGED, variables: { topicId } }, sink(subscriber.topicEvents));
        subscriber.client.subscribe({ query: NOTIFICATION_ADDED }, sink(subscriber.notifications));
      }),
    );
    // graphql-ws acknowledges the connection before the subscriptions are in place: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    console.log(`${subscribers.length} subscribers connected (${((performance.now() - t1) / 1000).toFixed(1)} s), ${subscribers.filter((s) => s.copy === 'A').length} on A`);

    // The changes, through copy B, spaced: a comment, then a claim, …
    const changes = [];
    for (let k = 0; k < CHANGES; k += 1) {
      const sentAt = performance.now();
      if (k % 2 === 0) {
        await editorOnB.data(`mutation($id: ID!, $body: String!) { addComment(topicId: $id, body: $body) { id } }`, { id: topicId, body: `第 ${k + 1} 条进展：现场采访已就绪` });
        changes.push({ kind: 'COMMENT_ADDED', sentAt, doneAt: performance.now() });
      } else {
        const { claimAssignment } = await claimerClients[(k + 1) / 2].data(`mutation($id: ID!) { claimAssignment(assignmentId: $id) { id } }`, { id: assignmentId });
        changes.push({ kind: 'CLAIM_CHANGED', sentAt, doneAt: performance.now(), claimId: claimAssignment.id });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, SPACING_MS - (performance.now() - sentAt))));
    }
    const deadline = performance.now() + GRACE_MS;
    while (performance.now() < deadline && subscribers.some((s) => s.topicEvents.length < CHANGES)) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Topic events: the k-th of a subscriber belongs to the k-th change.
    const topicLatencies = [];
    let lost = 0;
    let wrongKind = 0;
    const byCopy = { A: [], B: [] };
    for (const subscriber of subscribers) {
      changes.forEach((change, k) => {
        const event = subscriber.topicEvents[k];
        if (!event) {
          lost += 1;
          return;
        }
        if (event.data.topicChanged.kind !== change.kind) wrongKind += 1;
        topicLatencies.push(event.at - change.sentAt);
        byCopy[subscriber.copy].push(event.at - change.sentAt);
      });
    }
    const extra = subscribers.reduce((sum, s) => sum + Math.max(0, s.topicEvents.length - CHANGES), 0);
    const subscriberErrors = subscribers.filter((s) => s.errors.length > 0);

    // Notifications: each claim's, to every socket of an account the database says was notified, matched by claim id.
    const claims = new Map(changes.filter((change) => change.claimId).map((change) => [change.claimId, change]));
    const check = new pg.Client({ connectionString: DATABASE_URL });
    await check.connect();
    const { rows: noteRows } = await check.query(`SELECT u.email, n.claim_id FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.claim_id = ANY($1)`, [[...claims.keys()]]);
    await check.end();
    const notifiedClaims = new Map();
    for (const row of noteRows) notifiedClaims.set(row.email, [...(notifiedClaims.get(row.email) ?? []), row.claim_id]);
    const notified = subscribers.filter((s) => notifiedClaims.has(s.account));
    const noteLatencies = [];
    let notesLost = 0;
    let notesExpected = 0;
    for (const subscriber of notified) {
      const seen = new Map(subscriber.notifications.filter((n) => n.data.notificationAdded.claim).map((n) => [n.data.notificationAdded.claim.id, n.at]));
      for (const claimId of notifiedClaims.get(subscriber.account)) {
        notesExpected += 1;
        const at = seen.get(claimId);
        if (at === undefined) notesLost += 1;
        else noteLatencies.push(at - claims.get(claimId).sentAt);
      }
    }
    const mutationLatencies = changes.map((change) => change.doneAt - change.sentAt);

    const result = {
      date: new Date().toISOString(),
      machine: { ...machine, loadAverage },
      setup: {
        copies: 2,
        redis: true,
        subscribers: SUBSCRIBERS,
        perCopy: { A: subscribers.filter((s) => s.copy === 'A').length, B: subscribers.filter((s) => s.copy === 'B').length },
        accounts: accounts.length,
        sessions: sessions.length,
        changes: CHANGES,
        spacingMs: SPACING_MS,
        changesThrough: 'B',
      },
      topicChanged: { ...summary(topicLatencies), expected: SUBSCRIBERS * CHANGES, lost, extra, wrongKind, byCopy: { A: summary(byCopy.A), B: summary(byCopy.B) } },
      notificationAdded: { ...summary(noteLatencies), expected: notesExpected, lost: notesLost, subscribers: notified.length },
      mutation: summary(mutationLatencies),
      subscribersWithErrors: subscriberErrors.length,
      firstError: subscriberErrors[0] ? JSON.stringify(subscriberErrors[0].errors[0]).slice(0, 300) : null,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };

    const row = (label, s) => `${label.padEnd(22)} n=${String(s.n).padStart(6)}  p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  max ${s.max} ms`;
    console.log('');
    console.log(`live fan-out: ${SUBSCRIBERS} subscribers (${result.setup.perCopy.A} on A, ${result.setup.perCopy.B} on B), ${CHANGES} changes through B, ${SPACING_MS} ms apart`);
    console.log(row('topicChanged', result.topicChanged));
    console.log(row('  on copy A', result.topicChanged.byCopy.A));
    console.log(row('  on copy B', result.topicChanged.byCopy.B));
    console.log(`  lost ${lost} of ${result.topicChanged.expected}, extra ${extra}, wrong kind ${wrongKind}`);
    console.log(row('notificationAdded', result.notificationAdded));
    console.log(`  lost ${notesLost} of ${result.notificationAdded.expected} (${notified.length} sockets of notified accounts)`);
    console.log(row('the mutation itself', result.mutation));
    console.log(`subscribers with errors: ${subscriberErrors.length}${result.firstError ? ` (first: ${result.firstError})` : ''}`);
    console.log(`target: p95 ≤ 500 ms and none lost → ${result.topicChanged.p95 !== null && result.topicChanged.p95 <= 500 && lost === 0 ? 'met' : 'NOT met'}`);

    // The run kept as `before` (the server before its per-event sharing) stays beside each new one.
    const { before } = readResults().liveFanout ?? {};
    console.log(`written to ${updateResults({ liveFanout: { ...result, ...(before ? { before } : {}) } })} (key liveFanout)`);

    await Promise.all(subscribers.map((subscriber) => subscriber.client.dispose()));
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
