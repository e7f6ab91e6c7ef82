import { describe, it } from 'node:test';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, signIn } from '../support/flows.mjs';

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

  it('defect 2: deactivating an account ends its open page at once: it returns to sign-in, saying why', async () => {
    const reporter = await newPage(suite.browser);
    await signIn(reporter, suite.app.url, 'reporter2.hengyang@demo.example');
    // The notification bell holds the live socket open while the reporter works.
    await reporter.getByTestId('user-menu').waitFor();

    const chief = await newPage(suite.browser);
    await signIn(chief, suite.app.url, 'chief.hengyang@demo.example');
    await chief.goto(`${suite.app.url}/members?q=hengyang`);
    await chief.getByRole('link', { name: '衡阳日报社' }).click();
    const row = chief.getByRole('row').filter({ hasText: 'reporter2.hengyang@demo.example' });
    // Settled once the server has answered (it may be slow on a busy machine): a second 停用 would find no button.
    await clickUntil(chief.getByRole('button', { name: '确定' }), chief.getByText(/已停用 .+ 的账号/), {
      reopen: () => row.getByRole('button', { name: '停用' }).click(),
      settleTimeout: 15_000,
    });

    await reporter.getByText('登录已过期，请重新登录。').waitFor();
    await reporter.getByLabel('邮箱').waitFor();
    await chief.context().close();
    await reporter.context().close();
  });
});
