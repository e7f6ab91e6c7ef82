// One app server and one Chromium per browser-test file, started before its tests and stopped after.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { startAppServer } from './app-server.mjs';
import { cspViolations, launchBrowser } from './browser.mjs';

/** Returns an object whose `app` ({ url }) and `browser` are set once the file's `before` hook has run. */
export function useAppAndBrowser() {
  const suite = { app: null, browser: null };
  before(async () => {
    [suite.app, suite.browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
    assert.deepEqual(cspViolations, [], 'the Content-Security-Policy refused something the app needs');
  });
  return suite;
}
