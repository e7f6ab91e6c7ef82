// One app server and one Chromium per browser-test file, started before its tests and stopped after.
import { after, before } from 'node:test';
import { startAppServer } from './app-server.mjs';
import { launchBrowser } from './browser.mjs';

/** Returns an object whose `app` ({ url }) and `browser` are set once the file's `before` hook has run. */
export function useAppAndBrowser() {
  const suite = { app: null, browser: null };
  before(async () => {
    [suite.app, suite.browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}
