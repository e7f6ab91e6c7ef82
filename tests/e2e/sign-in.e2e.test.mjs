import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { signIn, signOut } from '../support/flows.mjs';

describe('signing in as each role', () => {
  const suite = useAppAndBrowser();

  it('sends a visitor to the sign-in page, in Chinese, and says plainly when the password is wrong', async () => {
    const page = await newPage(suite.browser);
    // Every script and style of the first screen arrives precompressed with brotli.
    const assets = [];
    page.on('response', (response) => {
      if (/\/assets\/.+\.(js|css)$/.test(new URL(response.url()).pathname)) assets.push(response);
    });
    await page.goto(`${suite.app.url}/members`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    assert.match(page.url(), /sign-in/);
    assert.ok(assets.length > 0, 'the sign-in page loads scripts');
    for (const response of assets) assert.equal(response.headers()['content-encoding'], 'br', `${response.url()} arrives with brotli`);
    // Sent empty, it names what is missing, and says it again in English after the switch.
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请填写“邮箱”').waitFor();
    await page.getByText('请填写“密码”').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByText('Email is required').waitFor();
    await page.getByText('Password is required').waitFor();
    assert.equal(await page.getByText(/请填写/).count(), 0);
    await screenshot(page, 'sign-in-missing-en');
    await page.getByTestId('lang-switch').click();
    await page.getByLabel('邮箱').fill('editor.jingzhou@demo.example');
    await page.getByLabel('密码').fill('definitely-not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('邮箱或密码不正确。').waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    await page.context().close();
  });

  const homes = [
    ['secretariat@demo.example', '联盟概览', 'home-secretariat'],
    ['chief.jingzhou@demo.example', '本单位账号', 'home-chief-editor'],
    ['editor.hengyang@demo.example', '本单位同事', 'home-editor'],
    ['reporter.wanzhou@demo.example', '本单位同事', 'home-reporter'],
  ];
  for (const [email, marker, shot] of homes) {
    it(`lands ${email} on a home page made for the role, and signs out`, async () => {
      const page = await newPage(suite.browser);
      await signIn(page, suite.app.url, email);
      await page.getByText(marker, { exact: true }).first().waitFor();
      await screenshot(page, shot);
      await signOut(page);
      await page.goto(`${suite.app.url}/members`);
      await page.getByRole('button', { name: '登录' }).waitFor();
      await page.context().close();
    });
  }
});
