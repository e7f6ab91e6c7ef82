import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { horizontalOverflow, signIn } from '../support/flows.mjs';

describe('the member directory', () => {
  const suite = useAppAndBrowser();

  it('filters by province along the river and searches in Chinese and pinyin', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.app.url, 'reporter.jingzhou@demo.example');
    await page.goto(`${suite.app.url}/members`);
    await page.getByText('荆州市融媒体中心').first().waitFor();
    await screenshot(page, 'members-zh');

    await page.getByTestId('province-filter-430000').click();
    await page.getByText('衡阳日报社').first().waitFor();
    await page.getByText('长沙晚报传媒集团').first().waitFor();
    await page.getByText('荆州市融媒体中心').waitFor({ state: 'detached' });

    await page.getByTestId('province-filter-all').click();
    await page.getByLabel('搜索成员单位').fill('wanzhou');
    await page.getByText('重庆三峡融媒体中心').first().waitFor();
    await page.getByText('衡阳日报社').waitFor({ state: 'detached' });

    await page.getByLabel('搜索成员单位').fill('没有这样的单位');
    await page.getByText('没有符合条件的成员单位').waitFor();
    await page.context().close();
  });

  it("opens a member's page with its channels and staff", async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.app.url, 'editor.wuhan@demo.example');
    await page.goto(`${suite.app.url}/members`);
    await page.getByLabel('搜索成员单位').fill('衡阳');
    // The search has settled (in the URL and the list) before a result is opened.
    await page.waitForURL(/[?&]q=/);
    await page.getByText('荆州市融媒体中心').waitFor({ state: 'detached' });
    await page.getByText('衡阳日报社').first().click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}/);
    await page.getByText('传播渠道').first().waitFor();
    await page.getByText('掌上衡阳').waitFor();
    assert.match(page.url(), /\/members\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const page = await newPage(suite.browser, { phone: true });
    await signIn(page, suite.app.url, 'reporter.changsha@demo.example');
    await page.goto(`${suite.app.url}/members`);
    await page.getByText('荆州市融媒体中心').first().waitFor();
    assert.ok((await horizontalOverflow(page)) <= 0, 'the directory scrolls sideways at 375 px');
    await screenshot(page, 'members-phone');
    await page.context().close();
  });
});
