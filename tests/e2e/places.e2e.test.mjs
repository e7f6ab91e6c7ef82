import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDateTimeText, allianceInstant, LOS_ANGELES } from '../support/alliance-time.mjs';

const JINGZHOU_TRIP = '百家党媒看荆州主题采访活动';
const LAKE = { latitude: 29.3167, longitude: 112.95 };
const CHANGSHA = { latitude: 28.2282, longitude: 112.9388 };

/** Great-circle km, as shared/src/coverage.ts computes it. */
function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const cosine = Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((b.longitude - a.longitude) * rad) + Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad);
  return 6371 * Math.acos(Math.min(1, cosine));
}

describe('assignments at places that are not member cities, and from a trip itinerary in one go', () => {
  const suite = useAppAndBrowser();

  it('an editor in Los Angeles bulk-creates the Jingzhou trip assignments and adds one at 洞庭湖; a Changsha reporter on a phone sees it with its distance, in English', async () => {
    const { url } = suite.app;
    // The editor travels (Los Angeles time); the reporter is at home in China.
    const editor = await newPage(suite.browser, { timezoneId: LOS_ANGELES });
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    const { events } = await gql(editor, '{ events(first: 20) { nodes { id title topics { id title } } } }');
    const trip = events.nodes.find((node) => node.title === JINGZHOU_TRIP);
    assert.ok(trip && trip.topics.length > 0, 'the demo trip is listed with its linked topic');
    const topic = trip.topics[0];

    // From the trip's page: one click to the template, one row unticked, one title edited, one click to create them all.
    await editor.goto(`${url}/events/${trip.id}`);
    await editor.getByRole('link', { name: '按行程批量创建任务' }).click();
    const rows = editor.getByTestId('bulk-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 12, 'one row per itinerary stop');
    await editor.getByLabel('创建第 3 条').uncheck();
    await editor.getByLabel('标题 1', { exact: true }).fill('开幕式暨联盟成立大会现场报道');
    await screenshot(editor, 'bulk-assignments-zh');
    await expectAccessible(editor, 'bulk-assignments-zh');
    await editor.getByTestId('bulk-create').getByText('创建 11 条任务').waitFor();
    await editor.getByTestId('bulk-create').click();
    await editor.getByText('已创建 11 条采访任务').waitFor();
    await editor.waitForURL(`${url}/topics/${topic.id}`);
    const board = editor.getByTestId('assignment-board');
    const opening = board.getByTestId('assignment-card').filter({ hasText: '开幕式暨联盟成立大会现场报道' });
    await opening.getByText('荆州国际会展中心 · 近荆州').waitFor();
    assert.equal(await board.getByTestId('assignment-card').filter({ hasText: '荆州古城东门（宾阳楼）' }).count(), 0, 'the unticked stop made no assignment');

    // One assignment at Dongting Lake, found by name: the coordinates fill in themselves.
    await editor.getByRole('button', { name: '添加采访任务' }).click();
    const dialog = editor.getByRole('dialog', { name: '添加采访任务' });
    await dialog.getByLabel('任务标题').fill('洞庭湖越冬候鸟观察');
    await dialog.getByText('其他地点（湖泊、区县、采访点）').click();
    await dialog.getByLabel('地点名称').fill('洞庭');
    // A click while the suggestions are still opening can be lost on a busy machine: pick again until the point is in.
    await clickUntil(
      editor.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '洞庭湖' }).first(),
      dialog.locator(`input[aria-valuenow="${LAKE.latitude}"]`),
      { reopen: () => dialog.getByLabel('地点名称').click() },
    );
    assert.equal(await dialog.getByLabel('纬度（北纬）').inputValue(), '29.3167');
    assert.equal(await dialog.getByLabel('经度（东经）').inputValue(), '112.9500');
    // One click on a day sets the due date: 18:00 北京时间 that day, though the browser keeps Los Angeles time.
    await dialog.getByLabel('截止时间（北京时间）').click();
    const day = editor.locator('.ant-picker-dropdown:visible td.ant-picker-cell-in-view:not(.ant-picker-cell-disabled)').last();
    const dueDay = await day.getAttribute('title');
    await day.click();
    await editor.locator('.ant-picker-dropdown:visible').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await editor.getByText('采访任务已添加').waitFor();
    const lakeCard = board.getByTestId('assignment-card').filter({ hasText: '洞庭湖越冬候鸟观察' });
    await lakeCard.getByText('洞庭湖 · 近岳阳').waitFor();
    const { topic: created } = await gql(editor, 'query($id: ID!) { topic(id: $id) { assignments { title dueAt } } }', { id: topic.id });
    const dueAt = created.assignments.find((assignment) => assignment.title === '洞庭湖越冬候鸟观察').dueAt;
    assert.equal(dueAt, allianceInstant(dueDay, '18:00'));
    await lakeCard.getByText(allianceDateTimeText(dueAt, { labelled: true }), { exact: false }).waitFor();

    // A Changsha reporter on a phone, in English: the lake with its nearest member city and the distance to the lake itself.
    const reporter = await newPage(suite.browser, { phone: true });
    await signIn(reporter, url, 'reporter.changsha@demo.example');
    await reporter.getByTestId('lang-switch').click();
    // Filtered by member city, the lake is listed under Yueyang, its nearest member city.
    const { members } = await gql(reporter, '{ members(search: "yueyang", first: 5) { nodes { id slug } } }');
    const yueyang = members.nodes.find((member) => member.slug === 'yueyang');
    await reporter.goto(`${url}/assignments?member=${yueyang.id}`);
    const card = reporter.getByTestId('open-assignment').filter({ hasText: '洞庭湖越冬候鸟观察' });
    await card.getByText('Dongting Lake · near Yueyang').waitFor();
    const km = Math.round(distanceKm(CHANGSHA, LAKE));
    assert.match(await card.getByTestId('distance').innerText(), new RegExp(`\\b${km}\\s*km`));
    assert.ok(km > 100 && km < 130, `Changsha to the lake is about 120 km, not Yueyang's 140 (${km})`);
    // In China the deadline needs no label: the same Beijing time the editor set from Los Angeles.
    await card.getByText(`Due ${allianceDateTimeText(dueAt, { english: true })}`, { exact: true }).waitFor();
    assert.equal(await horizontalOverflow(reporter), 0, 'no sideways scrolling at 375 px');
    await screenshot(reporter, 'open-assignments-place-en-phone');
    await expectAccessible(reporter, 'open-assignments-place-en-phone');
  });
});
