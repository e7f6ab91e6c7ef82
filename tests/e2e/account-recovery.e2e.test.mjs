import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { DEMO_PASSWORD } from '../support/app-server.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDayTimeText, LOS_ANGELES } from '../support/alliance-time.mjs';

const memberIdOf = async (page, slug) =>
  (await gql(page, `query($s: String) { members(search: $s, first: 5) { nodes { id slug } } }`, { s: slug })).members.nodes.find((m) => m.slug === slug).id;

describe('forgotten passwords and suspended members', () => {
  const suite = useAppAndBrowser();

  it('a chief editor in Los Angeles hands a reporter a one-time link; the reporter sets a new password signed out (in English) and signs in', async () => {
    const chief = await newPage(suite.browser, { timezoneId: LOS_ANGELES });
    await signIn(chief, suite.app.url, 'chief.changsha@demo.example');
    await chief.goto(`${suite.app.url}/members/${await memberIdOf(chief, 'changsha')}`);
    const row = chief.getByRole('row').filter({ hasText: 'reporter.changsha@demo.example' });
    await clickUntil(chief.getByRole('button', { name: '生成链接' }), chief.getByTestId('reset-link-url'), {
      reopen: () => row.getByRole('button', { name: /生成重置密码链接/ }).click(),
    });
    const issuedBy = Date.now();
    const link = await chief.getByTestId('reset-link-url').inputValue();
    assert.match(link, /\/reset-password\/[A-Za-z0-9_-]{43}$/);
    // It lasts 24 hours, written in Beijing time (the chief's browser keeps Los Angeles time).
    const expiry = await chief.getByText(/^有效期至 /).innerText();
    const lastMinutes = [0, 1, 2].map((minutes) => `有效期至 ${allianceDayTimeText(new Date(issuedBy + 24 * 3600_000 - minutes * 60_000).toISOString())}（北京时间）`);
    assert.ok(lastMinutes.includes(expiry.trim()), `${expiry} is not 24 hours from now in Beijing time`);
    await screenshot(chief, 'reset-link-issued');
    await expectAccessible(chief, 'reset-link-issued');
    await chief.getByRole('button', { name: '完成' }).click();

    const reporter = await newPage(suite.browser, { phone: true, locale: 'en' });
    await reporter.addInitScript(() => window.localStorage.setItem('yah.locale', 'en'));
    await reporter.goto(link);
    await reporter.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await reporter.getByLabel('New password', { exact: true }).fill('changsha-river-2026');
    await reporter.getByLabel('New password again').fill('changsha-river-2026');
    assert.ok((await horizontalOverflow(reporter)) <= 0, 'the reset page scrolls sideways at 375 px');
    await screenshot(reporter, 'reset-password-en-375');
    await expectAccessible(reporter, 'reset-password-en-375');
    await reporter.getByRole('button', { name: 'Set new password' }).click();
    await reporter.getByText('Your new password is set').waitFor();
    await reporter.getByRole('button', { name: 'Sign in' }).click();
    await reporter.getByLabel('Email').fill('reporter.changsha@demo.example');
    await reporter.getByLabel('Password', { exact: true }).fill('changsha-river-2026');
    await reporter.getByRole('button', { name: 'Sign in' }).click();
    await reporter.getByTestId('user-menu').waitFor();

    // The link is spent: opened again, it says so.
    const again = await newPage(suite.browser);
    await again.goto(link);
    await again.getByText('这个链接已经使用过了。').waitFor();
    await Promise.all([chief, reporter, again].map((page) => page.context().close()));
  });

  it('the secretariat suspends a member at phone width: its reporter cannot sign in and is told why; the directory counts 36', async () => {
    const secretariat = await newPage(suite.browser, { phone: true });
    await signIn(secretariat, suite.app.url, 'secretariat@demo.example');
    await secretariat.goto(`${suite.app.url}/members`);
    await secretariat.getByText('共 36 家成员单位').waitFor();
    await secretariat.getByTestId('directory-secretariat').scrollIntoViewIfNeeded();
    assert.ok((await horizontalOverflow(secretariat)) <= 0, 'the directory scrolls sideways at 375 px');
    await screenshot(secretariat, 'directory-36-375');
    await expectAccessible(secretariat, 'directory-36-375');

    await secretariat.goto(`${suite.app.url}/members/${await memberIdOf(secretariat, 'yueyang')}`);
    const dialog = secretariat.getByRole('dialog');
    await clickUntil(secretariat.getByLabel('原因'), dialog, { reopen: () => secretariat.getByRole('button', { name: '暂停成员单位' }).click() });
    await dialog.getByLabel('原因').fill('连续两个季度未履行联盟承诺');
    await dialog.getByRole('button', { name: '暂停成员单位' }).click();
    await secretariat.getByText('该成员单位已被联盟秘书处暂停，其账号目前无法登录；历史记录仍然保留。').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.ok((await horizontalOverflow(secretariat)) <= 0, 'the member page scrolls sideways at 375 px');
    await screenshot(secretariat, 'member-suspended-375');
    await expectAccessible(secretariat, 'member-suspended-375');

    const reporter = await newPage(suite.browser);
    await reporter.goto(`${suite.app.url}/`);
    await reporter.getByLabel('邮箱').fill('reporter.yueyang@demo.example');
    await reporter.getByLabel('密码').fill(DEMO_PASSWORD);
    await reporter.getByRole('button', { name: '登录' }).click();
    await reporter.getByTestId('sign-in-error').getByText(/你所在的成员单位已被联盟秘书处暂停/).waitFor();
    await Promise.all([secretariat, reporter].map((page) => page.context().close()));
  });
});
