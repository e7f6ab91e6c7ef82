import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { signIn } from '../support/flows.mjs';
import { expectAccessible } from '../support/accessibility.mjs';

describe('switching the language', () => {
  const suite = useAppAndBrowser();

  it('switches to English in one click and remembers it across reloads and sign-ins', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.app.url, 'editor.changsha@demo.example');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: 'Members' }).first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await page.getByRole('link', { name: 'Members' }).first().waitFor();
    await screenshot(page, 'home-editor-en');
    await expectAccessible(page, 'the editor home in English');

    // A new browser: the account's saved language wins at sign-in.
    const other = await newPage(suite.browser);
    await signIn(other, suite.app.url, 'editor.changsha@demo.example');
    await other.getByRole('link', { name: 'Members' }).first().waitFor();

    await other.getByTestId('lang-switch').click();
    await other.getByRole('link', { name: '成员名录' }).first().waitFor();
    assert.equal(await other.locator('html').getAttribute('lang'), 'zh-CN');
    await page.context().close();
    await other.context().close();
  });
});
