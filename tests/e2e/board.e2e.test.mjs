import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDateTimeText, LOS_ANGELES } from '../support/alliance-time.mjs';

const TOPIC = '长江十年禁渔：沿江城市的生态答卷';
const GUARDIAN = '安庆江豚保护区的守护者';
const HUKOU = '湖口“江湖两色”与渔民转产';

/** The number in a board column's heading badge. */
async function columnCount(page, name) {
  // antd writes the count in the badge's title (its digits scroll while a count changes).
  const badge = page.locator(`section.assignment-column[aria-label="${name}"] .ant-scroll-number`).first();
  return Number(await badge.getAttribute('title'));
}

/**
 * The demo's 禁渔 topic (proposed by Yichang): a reporter claims its one-slot assignment on a phone and hands it in;
 * Yichang's editor accepts it from the review queue and records where it ran in the form that opens, filled in;
 * the topic board then shows it as done, offers no edit or cancel, and keeps another card's claims open while its
 * work is accepted and the card changes column. The reporter's phone keeps Los Angeles time, the editor's browser
 * China time: both read the same Beijing times, labelled only outside China.
 */
describe('the topic board follows the work; accept then record from the review queue; open assignments on a phone', () => {
  const suite = useAppAndBrowser();

  it('claims on a phone in Los Angeles from a compact list, one click, with a toast that links to 我的工作', async () => {
    const phone = await newPage(suite.browser, { phone: true, timezoneId: LOS_ANGELES });
    await signIn(phone, suite.app.url, 'reporter2.anqing@demo.example');
    await phone.goto(`${suite.app.url}/assignments`);
    const rows = phone.getByTestId('open-assignment');
    await rows.first().waitFor();
    // Compact: the topic and brief stay on the topic page; a row keeps title, format, city, distance, due, slots, 认领.
    const row = rows.filter({ hasText: GUARDIAN });
    // Its deadline in Beijing time, saying so.
    const { openAssignments } = await gql(phone, `{ openAssignments(first: 50) { nodes { title dueAt } } }`);
    const guardianDue = openAssignments.nodes.find((node) => node.title === GUARDIAN).dueAt;
    await row.getByText(`截止 ${allianceDateTimeText(guardianDue, { labelled: true })}`, { exact: true }).waitFor();
    const box = await row.boundingBox();
    assert.ok(box.height <= 90, `a phone row is ${box.height}px high`);
    assert.equal(await row.locator('.open-assignment-topic').isVisible(), false);
    const height = await phone.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 1500, `open assignments is ${height}px long at 375px`);
    assert.ok((await horizontalOverflow(phone)) <= 0);
    await screenshot(phone, 'open-assignments-phone-compact-zh');
    await expectAccessible(phone, 'open-assignments-phone-compact-zh');
    console.log(`open assignments at 375px: ${height}px, ${await rows.count()} rows`);

    await row.getByRole('button', { name: '认领' }).click();
    const toast = phone.locator('.ant-message').getByText(`已认领「${GUARDIAN}」`);
    await toast.waitFor();
    await phone.locator('.ant-message').getByRole('link', { name: '去“我的工作”' }).click();
    await phone.waitForURL(/\/my-work$/);
    await phone.getByText(GUARDIAN).first().waitFor();

    // The reporter hands the piece in (the submission form has its own tests).
    const { myClaims } = await gql(phone, `{ myClaims(first: 50) { nodes { id state assignment { title } } } }`);
    const claim = myClaims.nodes.find((node) => node.assignment.title === GUARDIAN && node.state === 'CLAIMED');
    await gql(phone, `mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "守护者人物通讯，2000字。", links: [] }) { id } }`, { id: claim.id });

    // English, cheaply: the same compact row.
    await phone.getByTestId('lang-switch').click();
    await phone.goto(`${suite.app.url}/assignments`);
    await phone.getByRole('button', { name: 'Claim' }).first().waitFor();
    const [first] = (await gql(phone, `{ openAssignments(first: 1) { nodes { title dueAt } } }`)).openAssignments.nodes;
    await rows.filter({ hasText: first.title }).getByText(`Due ${allianceDateTimeText(first.dueAt, { english: true, labelled: true })}`, { exact: true }).waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0);
    await screenshot(phone, 'open-assignments-phone-compact-en');
    await expectAccessible(phone, 'open-assignments-phone-compact-en');
    await phone.getByTestId('lang-switch').click();
    await phone.getByRole('button', { name: '认领' }).first().waitFor();
    await phone.context().close();
  });

  it('accepts from the review queue and records the publication in the form that opens, filled in', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.app.url, 'editor.yichang@demo.example');
    // Home → a submission to review: the topic page opens at its card, claims shown.
    await page.getByTestId('reviews-waiting').getByRole('link', { name: HUKOU }).click();
    const board = page.getByTestId('assignment-board');
    await board.getByTestId('assignment-card').filter({ hasText: HUKOU }).getByTestId('claim-item').first().waitFor();
    // 东洞庭湖 (changes requested), 湖口 (submitted), 守护者 (submitted): all being worked on, nothing open any more.
    assert.deepEqual([await columnCount(page, '待认领'), await columnCount(page, '进行中'), await columnCount(page, '已完成')], [0, 3, 0]);
    const topicId = new URL(page.url()).pathname.split('/').at(-1);

    await page.goto(`${suite.app.url}/my-work`);
    const item = page.getByTestId('review-item').filter({ hasText: GUARDIAN });
    // Handed in from Los Angeles, read in China: the same Beijing time, with no label here.
    const { topic } = await gql(page, `query($id: ID!) { topic(id: $id) { assignments { title claims { state submittedAt } } } }`, { id: topicId });
    const submittedAt = topic.assignments.find((assignment) => assignment.title === GUARDIAN).claims.find((claim) => claim.state === 'SUBMITTED').submittedAt;
    await item.getByText(allianceDateTimeText(submittedAt), { exact: false }).waitFor();
    assert.equal(await item.getByText('北京时间', { exact: false }).count(), 0);
    await item.getByRole('button', { name: '采用' }).click();
    await page.locator('.ant-popover').getByRole('button', { name: '采用' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: `登记刊发：${GUARDIAN}` });
    await dialog.waitFor();
    // Filled in from the reporter's newsroom (Anqing), a channel it runs, now; the link field has the focus.
    assert.match(await dialog.locator('.ant-form-item').filter({ hasText: '刊发单位' }).innerText(), /安庆/);
    assert.notEqual((await dialog.locator('.ant-form-item').filter({ hasText: '刊发渠道' }).locator('.ant-select-content, .ant-select-selection-item').first().innerText()).trim(), '');
    const link = dialog.getByLabel('链接');
    await link.waitFor();
    assert.equal(await link.evaluate((input) => input === document.activeElement), true);
    await screenshot(page, 'review-accept-record-zh');
    await expectAccessible(page, 'review-accept-record-zh');
    await page.keyboard.type('https://www.aqnews.com.cn/guardian');
    await page.keyboard.press('Enter');
    await page.getByText('刊发记录已登记').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('review-item').filter({ hasText: GUARDIAN }).count(), 0);

    // The board: 守护者 is done, with no edit or cancel; its publication is there.
    await page.goto(`${suite.app.url}/topics`);
    await page.getByText(TOPIC).first().click();
    await board.waitFor();
    assert.deepEqual([await columnCount(page, '待认领'), await columnCount(page, '进行中'), await columnCount(page, '已完成')], [0, 2, 1]);
    const done = page.locator('section.assignment-column[aria-label="已完成"]').getByTestId('assignment-card').filter({ hasText: GUARDIAN });
    await done.getByText('全部名额已采用').waitFor();
    assert.equal(await done.getByRole('button', { name: '编辑' }).count(), 0);
    assert.equal(await done.getByRole('button', { name: '取消任务' }).count(), 0);

    // Accepting 湖口 on its card moves it to 待认领 (one slot accepted, one free): its claims stay open.
    const hukou = page.getByTestId('assignment-card').filter({ hasText: HUKOU });
    await hukou.getByRole('button', { name: /查看认领/ }).click();
    await hukou.getByTestId('claim-item').first().waitFor();
    await hukou.getByRole('button', { name: '采用' }).click();
    await page.locator('.ant-popover').getByRole('button', { name: '采用' }).click();
    const moved = page.locator('section.assignment-column[aria-label="待认领"]').getByTestId('assignment-card').filter({ hasText: HUKOU });
    await moved.getByTestId('slot-progress').waitFor();
    assert.match(await moved.getByTestId('slot-progress').innerText(), /采用 1 · 进行中 0 · 待认领 1/);
    await moved.getByRole('button', { name: '登记刊发' }).waitFor();
    assert.deepEqual([await columnCount(page, '待认领'), await columnCount(page, '进行中'), await columnCount(page, '已完成')], [1, 1, 1]);
    // The co-sponsor heading counts the rows under it (the proposer and three joined members).
    assert.match(await page.getByTestId('co-sponsors').locator('.ant-card-head-title').innerText(), /（4 家）/);
    await screenshot(page, 'topic-board-after-review-zh');
    await expectAccessible(page, 'topic-board-after-review-zh');
    await page.context().close();
  });
});
