import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, horizontalOverflow, signIn } from '../support/flows.mjs';

const WALL = '荆州古城墙：两千年城垣的守与新';

describe('the alliance exchange: the content library, republication and resource requests', () => {
  const suite = useAppAndBrowser();

  it("Hengyang's editor finds a Jingzhou piece, copies its package and records a republication; Jingzhou's editor sees it arrive live", async () => {
    const { url } = suite.app;
    // Jingzhou's editor has the piece open: the republication must appear there without a reload.
    const owner = await newPage(suite.browser);
    await signIn(owner, url, 'editor.jingzhou@demo.example');
    await owner.goto(`${url}/library?q=${encodeURIComponent('古城墙')}`);
    await owner.getByRole('link', { name: WALL }).click();
    const ran = owner.getByTestId('republications');
    await ran.getByText('南京日报社').waitFor();
    const rowsBefore = await ran.getByRole('row').count();

    const editor = await newPage(suite.browser);
    await editor.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await signIn(editor, url, 'editor.hengyang@demo.example');
    // The library sits under 共享 in the header, with the exchange and the requests.
    await clickUntil(editor.getByRole('link', { name: '稿件库' }), editor.getByRole('heading', { level: 1, name: '稿件库' }), {
      reopen: () => editor.getByRole('menuitem', { name: /共享/ }).first().hover(),
    });
    await editor.getByPlaceholder(/搜索标题、摘要、正文/).fill('gucheng');
    const found = editor.getByTestId('library-item').filter({ hasText: WALL });
    await found.waitFor();
    // An embargoed piece shows its lift time in alliance time, never its body.
    await editor.getByPlaceholder(/搜索标题、摘要、正文/).fill('');
    await editor.getByText(/禁发至 .+（北京时间）/).first().waitFor();
    await screenshot(editor, 'library-zh');
    await editor.getByPlaceholder(/搜索标题、摘要、正文/).fill('gucheng');
    await found.getByRole('link', { name: WALL }).click();
    await editor.getByText('清晨六点，荆州古城墙上已有晨练的市民。', { exact: false }).waitFor();

    await editor.getByRole('button', { name: '复制纯文本' }).click();
    await editor.getByText('已复制纯文本').waitFor();
    const text = await editor.evaluate(() => navigator.clipboard.readText());
    assert.match(text, new RegExp(WALL));
    assert.match(text, /来源：荆州市融媒体中心/);
    assert.match(text, /https:\/\/www\.jingzhounews\.example\//);
    await editor.getByRole('button', { name: '复制图文（HTML）' }).click();
    await editor.getByText(/已复制图文/).waitFor();

    await editor.getByRole('button', { name: '登记转载' }).click();
    const record = editor.getByRole('dialog', { name: `登记转载：${WALL}` });
    await record.getByLabel('刊发渠道').click();
    await editor.getByTitle(/^微信公众号/).first().click();
    await record.getByLabel('链接').fill('https://www.hengyangnews.example/2026/gucheng-wall.html');
    await record.getByLabel('阅读量').fill('54321');
    await record.getByLabel('转发量').fill('210');
    await record.getByLabel('点赞量').fill('880');
    await screenshot(editor, 'republication-dialog');
    await record.getByRole('button', { name: '登记刊发' }).click();
    await editor.getByText('已登记，提供单位会收到通知').waitFor();
    await record.waitFor({ state: 'detached' });
    await editor.getByTestId('republications').getByText('54,321', { exact: false }).waitFor();

    // Live on the owner's open page: a new row with Hengyang's reach, and the bell.
    await ran.getByText('54,321', { exact: false }).waitFor();
    assert.equal(await ran.getByRole('row').count(), rowsBefore + 1);
    await screenshot(owner, 'piece-owner-live');
    await owner.getByTestId('notification-bell').click();
    await owner.getByRole('link', { name: new RegExp(`登记转载了本单位的稿件「${WALL}」`) }).first().waitFor();
    await owner.context().close();
    await editor.context().close();
  });

  it("a request is made at phone width in English, approved and fulfilled by the owner's chief editor, and the requester sees each move", async () => {
    const { url } = suite.app;
    const requester = await newPage(suite.browser, { phone: true });
    await signIn(requester, url, 'editor.changsha@demo.example');
    await requester.getByTestId('lang-switch').click();
    await requester.goto(`${url}/resources?area=TECH_SERVICE&q=${encodeURIComponent('荆州无人机')}`);
    await requester.getByRole('link', { name: '荆州无人机航拍小组' }).click();
    await requester.getByRole('button', { name: 'Request', exact: true }).click();
    const ask = requester.getByRole('dialog', { name: 'Request "荆州无人机航拍小组"' });
    await ask.getByLabel('Note').fill('长沙晚报“长江之城”系列需要荆州段航拍素材，两天，12 月 18 日起。');
    await screenshot(requester, 'request-dialog-phone-en');
    await ask.getByRole('button', { name: 'Send request' }).click();
    await requester.getByText('Request sent; waiting for the offering member').waitFor();
    assert.equal(await horizontalOverflow(requester), 0);

    const chief = await newPage(suite.browser);
    await signIn(chief, url, 'chief.jingzhou@demo.example');
    // The chief editor's home lists what waits for a decision and leads to it.
    await chief.getByTestId('requests-waiting').getByRole('link', { name: '荆州无人机航拍小组' }).click();
    await chief.waitForURL(/\/requests\?tab=incoming#request-/);
    const incoming = chief.getByTestId('request-item').filter({ hasText: '荆州无人机航拍小组' });
    await incoming.getByText('长沙晚报“长江之城”系列需要荆州段航拍素材', { exact: false }).waitFor();
    // Settled when the request's own state says so (a toast may come and go while the machine is busy).
    await clickUntil(chief.getByRole('tooltip').getByRole('button', { name: '同意' }), incoming.getByText('已同意', { exact: true }), {
      reopen: () => incoming.getByRole('button', { name: '同意' }).click(),
    });
    await incoming.getByRole('button', { name: '标记已提供' }).click();
    const fulfil = chief.getByRole('dialog', { name: '标记为已提供' });
    await fulfil.getByLabel('提供说明（可选）').fill('航拍素材已上传联盟网盘，对接人：荆州融媒技术部 王工。');
    await fulfil.getByRole('button', { name: '标记已提供' }).click();
    await chief.getByText('已标记为已提供').waitFor();
    await incoming.getByText('已提供', { exact: true }).waitFor();
    await screenshot(chief, 'requests-incoming-zh');

    await requester.goto(`${url}/requests?tab=outgoing`);
    const outgoing = requester.getByTestId('request-item').filter({ hasText: '荆州无人机航拍小组' });
    await outgoing.getByText('Provided', { exact: true }).waitFor();
    await outgoing.getByText('航拍素材已上传联盟网盘', { exact: false }).waitFor();
    assert.equal(await horizontalOverflow(requester), 0);
    await screenshot(requester, 'requests-outgoing-phone-en');
    await chief.context().close();
    await requester.context().close();
  });
});
