import { describe, it } from 'node:test';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { signIn } from '../support/flows.mjs';

describe("a chief editor manages their member's accounts", () => {
  const suite = useAppAndBrowser();

  it('adds a reporter account that can then sign in', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.app.url, 'chief.hengyang@demo.example');
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
    await page.goto(`${suite.app.url}/members`);

    const newcomer = await newPage(suite.browser);
    await signIn(newcomer, suite.app.url, 'new.reporter@hengyang.example', 'hengyang-field-2026');
    await newcomer.getByText('本单位同事', { exact: true }).first().waitFor();
    await page.context().close();
    await newcomer.context().close();
  });
});
