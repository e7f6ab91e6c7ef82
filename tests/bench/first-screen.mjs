#!/usr/bin/env node
// The first screen of a signed-out visitor: open `/` in a cold Chromium (fresh context, cache disabled) and measure
// the JavaScript transferred (compressed, as it arrived) until the sign-in form is usable, the largest contentful
// paint, and the time until the form is usable — on loopback as it is, then again under slow 4G and a 4× slower CPU.
//
//   pnpm --filter @yah/tests bench:first-screen [--runs=5] [--each] [--label=before] [--root=<another checkout>]
//
// Needs a build (node scripts/build-changed.mjs). Starts server/dist/main.js over a fresh embedded database (PGlite,
// demo data). Prints measured vs target and writes the figures under `firstScreen` in tests/bench/results/latest.json
// (the file's other keys are kept). A script, not a test: it asserts nothing about speed.
// --label=before stores the run as `firstScreen.before` (a reference to compare with) instead of the current figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { startAppServer } from '../support/app-server.mjs';
import { readResults, updateResults } from './common.mjs';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Number(runsArg ? runsArg.slice('--runs='.length) : 5);
const labelArg = process.argv.find((a) => a.startsWith('--label='));
const LABEL = labelArg ? labelArg.slice('--label='.length) : null;
/** --each prints every run's figures, not only the medians. */
const EACH = process.argv.includes('--each');
/** --root=<checkout> measures another checkout's build (e.g. main's, for a before/after under the same load). */
const rootArg = process.argv.find((a) => a.startsWith('--root='));
const ROOT = path.resolve(rootArg ? rootArg.slice('--root='.length) : new URL('../../', import.meta.url).pathname);

/** The budget of issue 10: compressed JavaScript before the form is usable, and LCP on loopback. */
const TARGET = { jsKiB: 250, lcpMs: 1000 };

/**
 * DevTools' "Slow 4G" preset (formerly "Fast 3G"): 1.6 Mbit/s down and 750 kbit/s up at 90 %, 150 ms RTT × 3.75
 * (the factor DevTools applies to approximate a real link's packet-level latency).
 */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 };
const CPU_SLOWDOWN = 4;

const PROFILES = [
  { key: 'fast', name: 'loopback', network: null, cpu: 1 },
  { key: 'throttled', name: `slow 4G + ${CPU_SLOWDOWN}× CPU`, network: SLOW_4G, cpu: CPU_SLOWDOWN },
];

/**
 * Runs in the page before any of its scripts: records the latest LCP candidate and the moment the sign-in form
 * first becomes usable (the email field present and enabled, the submit button present, enabled and not loading).
 */
function instrument() {
  window.__firstScreen = { lcp: null, lcpElement: null, usableAt: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__firstScreen.lcp = entry.startTime;
      window.__firstScreen.lcpElement = entry.element ? entry.element.tagName.toLowerCase() + (entry.element.className ? `.${String(entry.element.className).split(' ')[0]}` : '') : null;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const usable = () => {
    const email = document.querySelector('input#email');
    const submit = document.querySelector('button[type="submit"]');
    return Boolean(email && !email.matches(':disabled') && submit && !submit.matches(':disabled') && !submit.classList.contains('ant-btn-loading') && submit.getAttribute('aria-busy') !== 'true');
  };
  const check = () => {
    if (window.__firstScreen.usableAt === null && usable()) {
      window.__firstScreen.usableAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** One cold visit: a fresh context with the cache disabled, JS bytes counted from the network as they arrived. */
async function visit(browser, baseUrl, profile) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });

  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    requests.set(requestId, { url: response.url, type, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? null, status: response.status });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    const request = requests.get(requestId);
    if (request) Object.assign(request, { transferred: encodedDataLength, finishedAt: timestamp });
  });
  const script = (r) => r.type === 'Script' || /\.m?js(\?|$)/.test(new URL(r.url).pathname);
  // Only scripts the page asked for count, whatever their purpose (module preloads included).
  let navigationStart = null;
  cdp.on('Network.requestWillBeSent', ({ type, timestamp, request }) => {
    if (navigationStart === null && type === 'Document' && request.url.startsWith(baseUrl)) navigationStart = timestamp;
  });

  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => window.__firstScreen.usableAt !== null, null, { polling: 50 });
  const usable = await page.evaluate(() => ({ usableAt: window.__firstScreen.usableAt, timeOrigin: performance.timeOrigin }));
  // What arrived (finished loading) by then: timestamps from CDP are monotonic seconds, the page's are relative to its
  // time origin; the Document's request start stands in for the origin on the CDP clock.
  const usableCdp = navigationStart + usable.usableAt / 1000;
  // The page settles (lazy chunks, the `me` query's follow-ups) before LCP is read: LCP stops at the first input only.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { lcp, lcpElement } = await page.evaluate(() => window.__firstScreen);
  const scripts = [...requests.values()].filter((r) => script(r) && r.transferred !== undefined);
  const before = scripts.filter((r) => r.finishedAt <= usableCdp);
  const sum = (list) => list.reduce((total, r) => total + r.transferred, 0);
  const result = {
    jsBytes: sum(before),
    jsFiles: before.length,
    jsBytesAll: sum(scripts),
    jsFilesAll: scripts.length,
    notBrotli: before.filter((r) => r.encoding !== 'br').map((r) => new URL(r.url).pathname),
    lcpMs: lcp,
    lcpElement,
    usableMs: usable.usableAt,
    url: new URL(page.url()).pathname,
    files: before.map((r) => ({ path: new URL(r.url).pathname, bytes: r.transferred })).sort((a, b) => b.bytes - a.bytes),
  };
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);
const kib = (bytes) => round(bytes / 1024);

function summarize(profile, runs) {
  return {
    profile: profile.name,
    runs: runs.length,
    jsKiB: kib(median(runs.map((r) => r.jsBytes))),
    jsFiles: median(runs.map((r) => r.jsFiles)),
    jsKiBAfterSettled: kib(median(runs.map((r) => r.jsBytesAll))),
    lcpMs: round(median(runs.map((r) => r.lcpMs))),
    usableMs: round(median(runs.map((r) => r.usableMs))),
    lcpElement: runs.at(-1)?.lcpElement ?? null,
    landedOn: runs.at(-1)?.url ?? null,
  };
}

function printTable(summaries) {
  const rows = [['figure (median)', ...summaries.map((s) => s.profile), 'target']];
  rows.push(['JS before the form is usable (KiB, compressed)', ...summaries.map((s) => `${s.jsKiB} (${s.jsFiles} files)`), `≤ ${TARGET.jsKiB}`]);
  rows.push(['JS once the page settled (KiB, compressed)', ...summaries.map((s) => String(s.jsKiBAfterSettled)), '—']);
  rows.push(['LCP (ms)', ...summaries.map((s) => String(s.lcpMs)), `≤ ${TARGET.lcpMs} (loopback)`]);
  rows.push(['sign-in form usable (ms)', ...summaries.map((s) => String(s.usableMs)), '—']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n'));
  const fast = summaries[0];
  const met = fast.jsKiB <= TARGET.jsKiB && fast.lcpMs <= TARGET.lcpMs;
  console.log(`\nTarget (≤ ${TARGET.jsKiB} KiB JS, LCP ≤ ${TARGET.lcpMs} ms on loopback): ${met ? 'met' : 'NOT met'}`);
}

function writeResults(figures) {
  const previous = readResults().firstScreen ?? {};
  const file = updateResults({ firstScreen: LABEL ? { ...previous, [LABEL]: figures } : { ...figures, ...(previous.before ? { before: previous.before } : {}) } });
  console.log(`Figures written to ${path.relative(process.cwd(), file)} under firstScreen${LABEL ? `.${LABEL}` : ''}`);
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'client/dist/index.html')) || !fs.existsSync(path.join(ROOT, 'server/dist/main.js'))) {
    throw new Error(`no build in ${ROOT}: run \`node scripts/build-changed.mjs\` there first`);
  }
  console.log(`Starting the built server of ${ROOT} over a fresh embedded database (demo data)…`);
  const app = await startAppServer({ root: ROOT });
  let browser = null;
  const stop = async () => {
    await browser?.close();
    await app.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    browser = await launchBrowser();
    // One unrecorded visit: the server's files are read once from disk and Chromium's own start-up is behind us.
    await visit(browser, app.url, PROFILES[0]);
    const summaries = [];
    const details = {};
    for (const profile of PROFILES) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, app.url, profile));
      if (EACH) console.log(`${profile.name}, each run (usable/LCP ms): ${runs.map((r) => `${Math.round(r.usableMs)}/${Math.round(r.lcpMs)}`).join(' ')}`);
      const notBrotli = [...new Set(runs.flatMap((r) => r.notBrotli))];
      if (notBrotli.length) console.warn(`Scripts not delivered with brotli (${profile.name}): ${notBrotli.join(', ')}`);
      summaries.push(summarize(profile, runs));
      details[profile.key] = runs.at(-1).files;
    }
    console.log(`\nFirst screen of a signed-out visitor at / (cold, cache disabled; median of ${RUNS} runs)\n`);
    printTable(summaries);
    console.log('\nScripts before the form is usable (loopback, last run):');
    for (const file of details.fast) console.log(`  ${(file.bytes / 1024).toFixed(1).padStart(7)} KiB  ${file.path}`);
    const cpus = os.cpus();
    writeResults({
      date: new Date().toISOString(),
      build: ROOT === path.resolve(new URL('../../', import.meta.url).pathname) ? 'this checkout' : ROOT,
      loadAverage: os.loadavg().map((load) => round(load)),
      machine: { cpu: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}`, node: process.version, chromium: browser.version() },
      target: TARGET,
      runs: RUNS,
      fast: summaries[0],
      throttled: { ...summaries[1], network: 'slow 4G (DevTools preset: 1.44 Mbit/s down, 675 kbit/s up, 562.5 ms latency)', cpuSlowdown: CPU_SLOWDOWN },
      scripts: details.fast,
    });
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
