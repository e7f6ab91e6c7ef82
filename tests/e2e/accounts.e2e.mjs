import { after, before, describe, it } from 'node:test';
import { startAppServer } from '../support/app-server.mjs';
import { launchBrowser, newPage, screenshot } from '../support/browser.mjs';
import { signIn } from '../support/flows.mjs';

describe("a chief editor manages their member's accounts", () => {
  let app;
  let browser;
  before(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('adds a reporter account that can then sign in', async () => {
    const page = await newPage(browser);
    await signIn(page, app.url, 'chief.hengyang@demo.example');
    await page.getByRole('button', { name: '添加账号' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('登录邮箱').fill('new.reporter@hengyang.example');
    await dialog.getByLabel('姓名').fill('欧阳新');
    await dialog.getByLabel('角色').click();
    await page.getByTitle('记者').click();
    await dialog.getByLabel('初始密码').fill('hengyang-field-2026');
    await screenshot(page, 'add-account-dialog');
    await dialog.getByRole('button', { name: '创建账号' }).click();
    await page.getByText('已为 欧阳新 创建账号').waitFor();
    await page.goto(`${app.url}/members`);

    const newcomer = await newPage(browser);
    await signIn(newcomer, app.url, 'new.reporter@hengyang.example', 'hengyang-field-2026');
    await newcomer.getByText('本单位同事', { exact: true }).first().waitFor();
    await page.context().close();
    await newcomer.context().close();
  });
});
