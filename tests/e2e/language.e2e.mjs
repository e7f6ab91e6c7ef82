import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startAppServer } from '../support/app-server.mjs';
import { launchBrowser, newPage, screenshot } from '../support/browser.mjs';
import { signIn } from '../support/flows.mjs';

describe('switching the language', () => {
  let app;
  let browser;
  before(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('switches to English in one click and remembers it across reloads and sign-ins', async () => {
    const page = await newPage(browser);
    await signIn(page, app.url, 'editor.changsha@demo.example');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: 'Members' }).first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await page.getByRole('link', { name: 'Members' }).first().waitFor();
    await screenshot(page, 'home-editor-en');

    // A new browser: the account's saved language wins at sign-in.
    const other = await newPage(browser);
    await signIn(other, app.url, 'editor.changsha@demo.example');
    await other.getByRole('link', { name: 'Members' }).first().waitFor();

    await other.getByTestId('lang-switch').click();
    await other.getByRole('link', { name: '成员名录' }).first().waitFor();
    assert.equal(await other.locator('html').getAttribute('lang'), 'zh-CN');
    await page.context().close();
    await other.context().close();
  });
});
