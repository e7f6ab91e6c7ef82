// Calendar dates and alliance time, seen from browsers in China and in California: a topic window and an event's
// days fall on their own dates everywhere; deadlines are Beijing time, labelled where the browser keeps another zone;
// a due date set through the picker in Los Angeles means Beijing time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, gql, pickDay, signIn } from '../support/flows.mjs';

const TRIP_TOPIC = '百家党媒看荆州：楚文化与“4611”产业新图景';
const YEAR_END_TOPIC = '长江十年禁渔：沿江城市的生态答卷';
const OPENING_LIVE = '开幕大会图文直播'; // due 2026-12-16 10:00 北京时间 (Dec 15, 18:00 in Los Angeles)

/** The alliance date (UTC+8) `days` after today, YYYY-MM-DD. */
function allianceDay(days) {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const zhDate = (date) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

describe('dates in alliance time, whatever the browser zone', () => {
  const suite = useAppAndBrowser();

  for (const zone of ['Asia/Shanghai', 'America/Los_Angeles']) {
    const inChina = zone === 'Asia/Shanghai';

    it(`shows windows, event days and deadlines on their own dates in ${zone}`, async () => {
      const url = suite.app.url;
      const page = await newPage(suite.browser, { timezoneId: zone });
      assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), zone);
      await signIn(page, url, 'editor.jingzhou@demo.example');

      // The week of the Jingzhou trip: the coverage window and the trip's days run Dec 16–19, no day more or less.
      await page.goto(`${url}/calendar?view=week&date=2026-12-16`);
      const week = page.getByTestId('calendar-week');
      const entries = (date, text) => week.locator(`section[data-day="${date}"]`).getByTestId('calendar-entry').filter({ hasText: text });
      // A topic's window (an assignment's deadline names its topic too).
      const windowOn = (date, title) => week.locator(`section[data-day="${date}"] a.calendar-chip:not(.calendar-chip-due):not(.calendar-chip-event)`).filter({ hasText: title });
      await windowOn('2026-12-16', TRIP_TOPIC).filter({ hasText: /^开始/ }).waitFor();
      assert.equal(await windowOn('2026-12-15', TRIP_TOPIC).count(), 0, 'the window starts a day early');
      assert.match(await windowOn('2026-12-19', TRIP_TOPIC).textContent(), /^结束/);
      assert.equal(await windowOn('2026-12-20', TRIP_TOPIC).count(), 0, 'the window ends a day late');
      assert.match(await entries('2026-12-16', '百家党媒看荆州主题采访活动').first().textContent(), /百家党媒看荆州主题采访活动/);
      assert.equal(await entries('2026-12-15', '百家党媒看荆州主题采访活动').count(), 0, "the trip's days start a day early");
      assert.equal(await entries('2026-12-20', '百家党媒看荆州主题采访活动').count(), 0, "the trip's days end a day late");
      // A deadline on its Beijing date at its Beijing time; outside China the page says whose time it is.
      await entries('2026-12-16', `10:00 ${OPENING_LIVE}`).waitFor();
      assert.equal(await entries('2026-12-15', OPENING_LIVE).count(), 0);
      assert.equal(await page.getByTestId('calendar-zone-note').count(), inChina ? 0 : 1);
      if (!inChina) await page.getByText('时间均为北京时间（联盟时间），与您设备的时区不同。').waitFor();
      await screenshot(page, `dates-calendar-week-${inChina ? 'shanghai' : 'los-angeles'}`);
      await expectAccessible(page, `dates-calendar-week-${inChina ? 'shanghai' : 'los-angeles'}`);

      // A window ending on New Year's Eve ends then, not on New Year's Day.
      await page.goto(`${url}/calendar?view=week&date=2026-12-31`);
      assert.match(await windowOn('2026-12-31', YEAR_END_TOPIC).textContent(), /^结束/);
      assert.equal(await windowOn('2027-01-01', YEAR_END_TOPIC).count(), 0);

      // The month grid names the window where it starts and where it ends.
      await page.goto(`${url}/calendar?view=month&date=2026-12-16`);
      const cell = (date) => page.locator(`td[title="${date}"] a.calendar-chip:not(.calendar-chip-due):not(.calendar-chip-event)`).filter({ hasText: TRIP_TOPIC });
      assert.match(await cell('2026-12-16').textContent(), /^开始/);
      assert.match(await cell('2026-12-19').textContent(), /^结束/);
      assert.equal(await cell('2026-12-20').count(), 0);

      // The topic page: the window as dates; the deadline in Beijing time, labelled outside China.
      await page.goto(`${url}/calendar?view=week&date=2026-12-16`);
      await windowOn('2026-12-16', TRIP_TOPIC).click();
      await page.getByRole('heading', { name: TRIP_TOPIC }).first().waitFor();
      await page.getByText('2026年12月16日 至 2026年12月19日').first().waitFor();
      const due = page.getByText(inChina ? '截止 2026年12月16日 10:00' : '截止 2026年12月16日 10:00（北京时间）', { exact: true });
      await due.first().waitFor();
      await page.context().close();
    });
  }

  it('sets a due date from Los Angeles in two clicks, at 18:00 Beijing time shown beforehand, and another time beside it', async () => {
    const url = suite.app.url;
    const page = await newPage(suite.browser, { timezoneId: 'America/Los_Angeles' });
    await signIn(page, url, 'editor.jingzhou@demo.example');
    const { topics } = await gql(page, `query($filter: TopicFilter) { topics(filter: $filter, first: 20) { nodes { id title } } }`, { filter: { search: '百家党媒看荆州' } });
    const topic = topics.nodes.find((node) => node.title === TRIP_TOPIC);
    assert.ok(topic, 'the demo trip topic');
    await page.goto(`${url}/topics/${topic.id}`);

    const date = allianceDay(4);
    for (const [title, time, utc] of [
      ['荆州古城夜景延时摄影', null, '10:00'],
      ['荆州博物馆早场直播', '09:30', '01:30'],
    ]) {
      await page.getByRole('button', { name: '添加采访任务' }).click();
      const dialog = page.getByRole('dialog', { name: '添加采访任务' });
      await dialog.getByLabel('任务标题').fill(title);
      await dialog.getByLabel('采访地点').click();
      await dialog.getByLabel('采访地点').fill('荆州');
      await page.getByTitle('荆州 · 荆州市融媒体中心', { exact: true }).click();
      // The time is in view before any date is picked: 18:00, Beijing time.
      const clock = dialog.getByLabel('截止时刻（北京时间）');
      assert.equal(await clock.inputValue(), '18:00');
      await dialog.getByText('北京时间', { exact: true }).waitFor();
      // Two clicks: open the calendar, pick the day. No OK button.
      await dialog.getByLabel('截止时间（北京时间）').click();
      await pickDay(page, date);
      assert.equal(await dialog.getByLabel('截止时间（北京时间）').inputValue(), date);
      if (time) {
        const [hour, minute] = time.split(':');
        await clock.click();
        const panel = page.locator('.ant-picker-dropdown:visible .ant-picker-time-panel');
        // A cell clicked while its column still scrolls into place can miss: click until the column shows it picked.
        for (const [column, value] of [[0, hour], [1, minute]]) {
          const cells = panel.locator('.ant-picker-time-panel-column').nth(column);
          await clickUntil(cells.getByText(value, { exact: true }), cells.locator('.ant-picker-time-panel-cell-selected').filter({ hasText: value }));
        }
        await dialog.getByLabel('任务标题').click();
        assert.equal(await clock.inputValue(), time);
      }
      await screenshot(page, `dates-due-picker-${time ? 'changed' : 'default'}`);
      await expectAccessible(page, `dates-due-picker-${time ? 'changed' : 'default'}`);
      await dialog.getByRole('button', { name: '添加', exact: true }).click();
      await page.getByText('采访任务已添加').first().waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // Stored as that Beijing time; shown as such, labelled, on the board.
      const { topic: stored } = await gql(page, `query($id: ID!) { topic(id: $id) { assignments { title dueAt } } }`, { id: topic.id });
      assert.equal(stored.assignments.find((assignment) => assignment.title === title)?.dueAt, `${date}T${utc}:00.000Z`);
      const card = page.getByTestId('assignment-card').filter({ has: page.getByRole('heading', { name: title }) });
      await card.getByText(`截止 ${zhDate(date)} ${time ?? '18:00'}（北京时间）`).waitFor();
    }

    // In English the label reads "Beijing time".
    await page.getByTestId('lang-switch').click();
    await page.getByRole('button', { name: 'Add assignment' }).waitFor();
    await screenshot(page, 'dates-topic-en-los-angeles');
    await expectAccessible(page, 'dates-topic-en-los-angeles');
    await page.getByText(`Due ${new Date(`${date}T12:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${Number(date.slice(8))}, ${date.slice(0, 4)} 18:00 (Beijing time)`).first().waitFor();
    await page.goto(`${url}/calendar?view=week&date=2026-12-16`);
    await page.getByText('Times are Beijing time (alliance time), not your device’s time zone.').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByText('时间均为北京时间（联盟时间），与您设备的时区不同。').waitFor();
    await page.context().close();
  });
});
