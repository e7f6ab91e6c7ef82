// Debian's Chromium driven by playwright-core: no browser download, flags that suit this closed network.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (bash .ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What the Content-Security-Policy refused on any page of this file's run (the suite fails on any). */
export const cspViolations = [];

/**
 * A page in a fresh browser profile (no cookies, no storage): a 1366 px desktop or a 375 px phone. Its clock keeps
 * China time, as the alliance's people do (the machine's own zone is UTC), unless `timezoneId` names another zone.
 * The system asks for reduced motion, which the app honours: lists and dialogs open and close without animating, so
 * on a busy machine a click never lands on an option still sliding into place (it was lost, now and then, before).
 */
export async function newPage(browser, { phone = false, locale = 'zh-CN', timezoneId = 'Asia/Shanghai' } = {}) {
  const common = { locale, timezoneId, reducedMotion: 'reduce' };
  const context = await browser.newContext(
    phone ? { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, ...common } : { viewport: { width: 1366, height: 860 }, ...common },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
