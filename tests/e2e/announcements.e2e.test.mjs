import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDateTimeText, LOS_ANGELES } from '../support/alliance-time.mjs';

const HUBEI = '420000';

describe('announcements and notification preferences', () => {
  const suite = useAppAndBrowser();

  it('the secretariat posts to Hubei, a Jingzhou editor on a phone in Los Angeles sees and reads it, the secretariat sees Jingzhou as read; the editor moves a kind to the digest', async () => {
    const { url } = suite.app;
    const title = `浏览器测试公告 ${Date.now().toString(36)}`;

    // The secretariat posts from the header's 联盟 group, to the members in Hubei.
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    await clickUntil(secretariat.getByRole('link', { name: '公告', exact: true }), secretariat.getByRole('heading', { level: 1, name: '联盟公告' }), {
      reopen: () => secretariat.getByRole('menuitem', { name: /联盟/ }).first().hover(),
    });
    await secretariat.getByTestId('announcement-post').click();
    const dialog = secretariat.getByRole('dialog');
    await dialog.getByLabel('标题').fill(title);
    await dialog.getByLabel('正文').fill('请湖北各成员单位于本周五前报送联合采访选题。\n\n联系人：联盟秘书处。');
    await dialog.getByText('指定省份的成员单位').click();
    await dialog.getByTestId('announcement-submit').click();
    await dialog.getByText('请至少选择一个省份').waitFor();
    await clickUntil(dialog.getByRole('combobox', { name: '省份' }), secretariat.locator('.ant-select-dropdown:visible'));
    await secretariat.locator('.ant-select-dropdown:visible').getByTitle('湖北', { exact: true }).click();
    await dialog.getByTestId('announcement-submit').click();
    await secretariat.getByRole('heading', { level: 1, name: title }).waitFor();
    const id = new URL(secretariat.url()).pathname.split('/').at(-1);
    const receipts = secretariat.getByTestId('announcement-receipts');
    await receipts.getByText('已读（0）').waitFor();
    const { members } = await gql(secretariat, `query($p: String) { members(provinceCode: $p, first: 100) { nodes { slug allianceRole status } } }`, { p: HUBEI });
    const hubei = members.nodes.filter((member) => member.allianceRole !== 'SECRETARIAT' && member.status === 'ACTIVE').length;
    await receipts.getByText(`未读（${hubei}）`).waitFor();

    // Hengyang (Hunan) never sees it.
    const hengyang = await newPage(suite.browser);
    await signIn(hengyang, url, 'editor.hengyang@demo.example');
    assert.equal((await gql(hengyang, `query($id: ID!) { announcement(id: $id) { id } }`, { id })).announcement, null);

    // A Jingzhou editor on a phone, away in Los Angeles: the newest unread announcement is on the home page; opening it reads it.
    const editor = await newPage(suite.browser, { phone: true, timezoneId: LOS_ANGELES });
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    const unread = editor.getByTestId('unread-announcements');
    await unread.getByRole('link', { name: title }).waitFor();
    assert.equal(await horizontalOverflow(editor), 0, 'the home page is wider than a phone');
    await screenshot(editor, 'home-unread-announcements-phone');
    await expectAccessible(editor, 'home-unread-announcements-phone');
    await unread.getByRole('link', { name: title }).click();
    await editor.getByTestId('announcement-body').getByText('联系人：联盟秘书处。').waitFor();
    await editor.getByText('湖北的成员单位').waitFor();
    // When it was posted, in Beijing time and saying so.
    const posted = editor.locator('time').first();
    const postedAt = await posted.getAttribute('datetime');
    assert.equal(postedAt, (await gql(editor, 'query($id: ID!) { announcement(id: $id) { postedAt } }', { id })).announcement.postedAt);
    assert.equal((await posted.innerText()).trim(), `${allianceDateTimeText(postedAt, { labelled: true })} 发布`);
    assert.equal(await horizontalOverflow(editor), 0, 'the announcement is wider than a phone');
    await screenshot(editor, 'announcement-phone');
    await expectAccessible(editor, 'announcement-phone');
    await editor.goto(`${url}/announcements`);
    const row = editor.getByTestId('announcement-row').filter({ hasText: title });
    await row.waitFor();
    assert.equal(await row.getByText('未读', { exact: true }).count(), 0, 'read, but still marked unread');
    assert.equal(await horizontalOverflow(editor), 0, 'the announcements are wider than a phone');
    await screenshot(editor, 'announcements-phone');
    await expectAccessible(editor, 'announcements-phone');
    const { me } = await gql(editor, '{ me { displayName } }');

    // The secretariat sees Jingzhou as read, by whom.
    await secretariat.reload();
    const read = secretariat.getByTestId('receipts-read');
    await read.getByText(me.displayName).waitFor();
    // Read from Los Angeles, shown in China: the same Beijing time, unlabelled.
    const readAt = read.locator('time').last();
    assert.equal((await readAt.innerText()).trim(), allianceDateTimeText(await readAt.getAttribute('datetime')));
    await receipts.getByText('已读（1）').waitFor();
    await screenshot(secretariat, 'announcement-receipts');
    await expectAccessible(secretariat, 'announcement-receipts');

    // The editor chooses to get announcements only in the daily digest, then reads the settings in English.
    await editor.goto(`${url}/settings`);
    const preference = editor.getByTestId('preference-ANNOUNCEMENT_POSTED');
    await preference.scrollIntoViewIfNeeded();
    await clickUntil(preference, editor.locator('.ant-select-dropdown:visible'));
    await editor.locator('.ant-select-dropdown:visible').getByTitle('每日摘要', { exact: true }).click();
    await editor.getByText('已保存：联盟公告 — 每日摘要').waitFor();
    const { notificationPreferences } = await gql(editor, '{ notificationPreferences { kind delivery } }');
    assert.equal(notificationPreferences.find((row) => row.kind === 'ANNOUNCEMENT_POSTED').delivery, 'DIGEST');
    assert.equal(await horizontalOverflow(editor), 0, 'the settings are wider than a phone');
    await editor.getByTestId('lang-switch').click();
    await editor.getByTestId('notification-preferences').getByText('Assignments and submissions').waitFor();
    await preference.getByText('Daily digest').waitFor();
    await screenshot(editor, 'notification-preferences-phone-en');
    await expectAccessible(editor, 'notification-preferences-phone-en');
    for (const page of [secretariat, hengyang, editor]) await page.context().close();
  });
});
