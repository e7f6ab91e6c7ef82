import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { DEMO_PASSWORD } from '../support/app-server.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';

const JINGZHOU_TRIP = '百家党媒看荆州主题采访活动';
const TOPIC_THEME = '百家党媒看荆州';

async function me(page) {
  return (await gql(page, '{ me { id displayName member { id } } }')).me;
}

/** The event's page at one of its tabs, waiting for the header. */
async function openEvent(page, url, eventId, tab) {
  await page.goto(`${url}/events/${eventId}${tab ? `?tab=${tab}` : ''}`);
  await page.locator('.event-header').waitFor();
}

/** A calendar day in alliance time (UTC+8), `days` after today. */
const allianceDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

/** How the app writes a calendar day in Chinese: 12月20日, with the year when it is not this year's. */
const zhMonthDay = (date) => `${date.slice(0, 4) === allianceDay().slice(0, 4) ? '' : `${date.slice(0, 4)}年`}${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * A small event of our own, so its places are known: 4 places, 2 per member, linked to the trip's topic. It runs today
 * (people are checked in on the day) with registration open until tonight, its stops at the day's two ends so the
 * current stop is the first whatever the hour.
 */
async function createSmallEvent(host, topicId) {
  const today = allianceDay();
  const title = `抢名额演练 ${Date.now().toString(36)}`;
  const { createEvent } = await gql(
    host,
    `mutation ($input: NewEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        kind: 'TRAINING',
        title,
        startsOn: today,
        endsOn: allianceDay(1),
        place: '荆州国际会展中心',
        latitude: 30.3187,
        longitude: 112.2712,
        description: '浏览器测试创建的小型培训：四个名额，每家单位两个。',
        capacity: 4,
        placesPerMember: 2,
        registrationClosesAt: new Date(`${today}T23:59:00+08:00`).toISOString(),
        invitesAllMembers: true,
        topicIds: [topicId],
        stops: [
          { day: today, startsAt: '00:01', endsAt: '12:00', place: '荆州国际会展中心', latitude: 30.3187, longitude: 112.2712, activity: '报到与短视频采编培训', leader: '荆州市融媒体中心' },
          { day: today, startsAt: '23:58', place: '荆州古城东门（宾阳楼）', latitude: 30.3506, longitude: 112.2053, activity: '古城夜景实操', leader: null },
        ],
      },
    },
  );
  await gql(host, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id });
  return { id: createEvent.id, title };
}

/** Decodes the QR code in a PNG screenshot. */
function decodeQr(png) {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  assert.ok(found, 'the pass screenshot holds a readable QR code');
  return found.data;
}

describe('events: registration, the contested last place, QR check-in on a phone, the trip report', () => {
  const suite = useAppAndBrowser();

  it('an editor registers two people, two members race for the last place and exactly one wins, the host checks a participant in by QR at phone size, and the report shows their piece', async () => {
    const { url } = suite.app;

    // The Changsha reporter who will take part: finds an open assignment of the Jingzhou trip's topic.
    const reporter = await newPage(suite.browser, { phone: true });
    await signIn(reporter, url, 'reporter.changsha@demo.example');
    const reporterMe = await me(reporter);
    const { openAssignments } = await gql(reporter, '{ openAssignments(first: 100) { nodes { id title viewerCanClaim topic { id title themes } } } }');
    const assignment = openAssignments.nodes.find((node) => node.viewerCanClaim && node.topic.themes.includes(TOPIC_THEME));
    assert.ok(assignment, 'the trip topic has an assignment the reporter may claim');

    // The host (Jingzhou's chief editor) plans and publishes a small training linked to that topic.
    const host = await newPage(suite.browser);
    await signIn(host, url, 'chief.jingzhou@demo.example');
    const event = await createSmallEvent(host, assignment.topic.id);

    // Hengyang's editor finds it in 活动 and registers two people: themself and a guest.
    const hengyang = await newPage(suite.browser);
    await signIn(hengyang, url, 'editor.hengyang@demo.example');
    // Home offers the events open to Hengyang for registration.
    await hengyang.getByTestId('event-registration-needs').getByRole('link', { name: event.title }).waitFor();
    await screenshot(hengyang, 'home-event-registration-zh');
    await clickUntil(hengyang.getByRole('link', { name: '采访活动与会议' }), hengyang.getByRole('heading', { level: 1, name: '活动' }), {
      reopen: () => hengyang.getByRole('menuitem', { name: /活动/ }).first().hover(),
    });
    const card = hengyang.getByTestId('event-card').filter({ hasText: event.title });
    await card.waitFor();
    await card.getByTestId('event-places').filter({ hasText: '剩余 4 / 4 个名额' }).waitFor();
    await screenshot(hengyang, 'events-list-zh');
    await card.getByRole('link', { name: event.title }).click();
    await hengyang.getByRole('tab', { name: '报名' }).click();
    await hengyang.getByLabel('本单位账号').click();
    await hengyang.getByTitle(/（我）/).first().click();
    await hengyang.keyboard.press('Escape');
    await hengyang.getByRole('button', { name: '添加嘉宾' }).click();
    await hengyang.getByLabel('姓名').fill('周嘉宾');
    await hengyang.getByLabel('职务（可选）').fill('特约评论员');
    await hengyang.getByRole('button', { name: '提交报名' }).click();
    await hengyang.getByText('报名已提交').waitFor();
    const mine = hengyang.getByTestId('event-registration');
    await mine.getByTestId('member-places').filter({ hasText: '本单位已占用 2 / 2 个名额' }).waitFor();
    assert.equal(await mine.getByTestId('event-participant').count(), 2);
    await mine.getByTestId('event-participant').filter({ hasText: '周嘉宾' }).getByText('嘉宾', { exact: true }).waitFor();
    await screenshot(hengyang, 'event-registration-zh');

    // Changsha's chief editor registers the reporter: three of four places are taken.
    const changsha = await newPage(suite.browser);
    await signIn(changsha, url, 'chief.changsha@demo.example');
    await gql(changsha, 'mutation ($e: ID!, $p: [ID!]!) { registerForEvent(eventId: $e, participantIds: $p) { id } }', { e: event.id, p: [reporterMe.id] });
    // Hengyang's open page follows live: three places taken, one left.
    await hengyang.getByRole('tab', { name: '概况' }).click();
    await hengyang.getByTestId('places-taken').filter({ hasText: /3\s*\/\s*4/ }).waitFor();

    // The last place: Wuhan's and Yichang's editors press 提交报名 at the same moment.
    const racers = await Promise.all(
      ['editor.wuhan', 'editor.yichang'].map(async (who) => {
        const page = await newPage(suite.browser);
        await signIn(page, url, `${who}@demo.example`);
        await openEvent(page, url, event.id, 'registration');
        await page.getByLabel('本单位账号').click();
        await page.getByTitle(/（我）/).first().click();
        await page.keyboard.press('Escape');
        return page;
      }),
    );
    await Promise.all(racers.map((page) => page.getByRole('button', { name: '提交报名' }).click()));
    const outcomes = await Promise.all(
      racers.map((page) =>
        Promise.race([
          page.getByText('报名已提交').waitFor().then(() => 'won'),
          page.getByTestId('event-full').waitFor().then(() => 'full'),
        ]),
      ),
    );
    assert.deepEqual([...outcomes].sort(), ['full', 'won'], 'exactly one of the two gets the last place; the other is told the event is full');
    const loser = racers[outcomes.indexOf('full')];
    await loser.getByTestId('event-full').getByRole('button', { name: '加入候补名单' }).waitFor();
    await screenshot(loser, 'event-full-waitlist-offer-zh');
    const winner = racers[outcomes.indexOf('won')];
    await winner.getByTestId('event-participant').first().waitFor();
    const { event: counted } = await gql(host, 'query ($id: ID!) { event(id: $id) { placesTaken waitlistCount } }', { id: event.id });
    assert.deepEqual(counted, { placesTaken: 4, waitlistCount: 0 });
    // The loser takes the offer: on the waiting list, first in line.
    await loser.getByTestId('event-full').getByRole('button', { name: '加入候补名单' }).click();
    await loser.getByText('已加入候补名单').waitFor();
    await loser.getByText('候补第 1 位').waitFor();
    await Promise.all(racers.map((page) => page.context().close()));

    // Hengyang's guest cannot come after all: withdrawn, the place goes to the waiting list in order.
    await hengyang.getByRole('tab', { name: '报名' }).click();
    await hengyang.getByRole('button', { name: '让 周嘉宾 退出' }).click();
    await hengyang.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await mine.getByTestId('member-places').filter({ hasText: '本单位已占用 1 / 2 个名额' }).waitFor();
    const { event: moved } = await gql(host, 'query ($id: ID!) { event(id: $id) { placesTaken waitlistCount } }', { id: event.id });
    assert.deepEqual(moved, { placesTaken: 4, waitlistCount: 0 }, 'the waiting member took the freed place');

    // The reporter shows their pass on their phone; the test reads the code from a screenshot, as a camera would.
    await openEvent(reporter, url, event.id, 'pass');
    const code = reporter.getByTestId('event-pass-code');
    await code.waitFor();
    await reporter.getByText('出示此码签到').waitFor();
    assert.equal(await horizontalOverflow(reporter), 0);
    await screenshot(reporter, 'event-pass-phone-zh');
    const scanned = decodeQr(await code.screenshot());
    assert.ok(scanned.startsWith(`${url}/events/${event.id}/check-in?pass=`), `the code opens the event's check-in page: ${scanned}`);

    // The host's phone opens the scanned link: checked in at the current stop of the day.
    // Its browser is not signed in yet: after signing in it lands back on the scanned link.
    const hostPhone = await newPage(suite.browser, { phone: true });
    await hostPhone.goto(scanned);
    await hostPhone.getByLabel('邮箱').fill('chief.jingzhou@demo.example');
    await hostPhone.getByLabel('密码').fill(DEMO_PASSWORD);
    await hostPhone.getByRole('button', { name: '登录' }).click();
    await hostPhone.getByTestId('check-in-success').waitFor();
    await hostPhone.getByTestId('check-in-who').filter({ hasText: reporterMe.displayName }).waitFor();
    assert.equal(await horizontalOverflow(hostPhone), 0);
    await screenshot(hostPhone, 'event-check-in-qr-phone-zh');
    // Scanned twice: told so, not counted twice.
    await hostPhone.reload();
    await hostPhone.getByTestId('check-in-failed').filter({ hasText: '此人已在本站签到' }).waitFor();
    // Someone who is not the host's staff opening the link is told who checks people in.
    await hengyang.goto(scanned);
    await hengyang.getByTestId('check-in-not-staff').waitFor();

    // The host's check-in list shows the reporter ticked, by QR, at that stop.
    await openEvent(host, url, event.id, 'check-in');
    await host.getByTestId('check-in-count').filter({ hasText: '本站已签到 1 / 4 人' }).waitFor();
    await host.getByTestId('check-in-row').filter({ hasText: reporterMe.displayName }).getByText('扫码').waitFor();
    await screenshot(host, 'event-check-in-host-zh');
    // At the evening stop the host uses the app's own scanner; without a camera, the scanned link is pasted.
    await host.getByLabel('选择站点').click();
    await host.getByTitle(/23:58 荆州古城东门/).click();
    await host.getByTestId('check-in-count').filter({ hasText: '本站已签到 0 / 4 人' }).waitFor();
    await host.getByRole('button', { name: '扫码签到' }).click();
    const scanner = host.getByRole('dialog', { name: '扫描签到码' });
    await scanner.getByLabel('或粘贴签到码链接').fill(scanned);
    await screenshot(host, 'event-scanner-zh');
    await scanner.getByRole('button', { name: '签到', exact: true }).click();
    await host.getByText(`${reporterMe.displayName} 已签到`).waitFor();
    await host.keyboard.press('Escape');
    await host.getByTestId('check-in-count').filter({ hasText: '本站已签到 1 / 4 人' }).waitFor();

    // The reporter's piece: claimed, submitted, accepted by Jingzhou's editor, and run by Changsha.
    const { claimAssignment } = await gql(reporter, 'mutation ($a: ID!) { claimAssignment(assignmentId: $a) { id } }', { a: assignment.id });
    await gql(reporter, 'mutation ($c: ID!, $i: SubmissionInput!) { submitClaim(claimId: $c, input: $i) { id } }', {
      c: claimAssignment.id,
      i: { text: '荆州短视频培训现场：古城实操一小时。', links: [] },
    });
    const reviewer = await newPage(suite.browser);
    await signIn(reviewer, url, 'editor.jingzhou@demo.example');
    await gql(reviewer, 'mutation ($c: ID!) { acceptSubmission(claimId: $c) { id } }', { c: claimAssignment.id });
    const changshaEditor = await newPage(suite.browser);
    await signIn(changshaEditor, url, 'editor.changsha@demo.example');
    const changshaMe = await me(changshaEditor);
    await gql(changshaEditor, 'mutation ($i: PublicationInput!) { recordPublication(input: $i) { id } }', {
      i: {
        claimId: claimAssignment.id,
        memberId: changshaMe.member.id,
        channel: 'APP',
        url: 'https://www.changshanews.example/2026/jingzhou-training.html',
        publishedAt: new Date().toISOString(),
        views: 4321,
        shares: 12,
        likes: 88,
      },
    });
    await openEvent(host, url, event.id, 'report');
    const piece = host.getByTestId('report-piece').filter({ hasText: assignment.title });
    await piece.waitFor();
    await piece.getByText(reporterMe.displayName, { exact: false }).waitFor();
    await piece.getByRole('link', { name: /长沙/ }).waitFor();
    await screenshot(host, 'event-report-zh');
    await reviewer.context().close();
    await changshaEditor.context().close();
    await reporter.context().close();
    await hostPhone.context().close();
    await hengyang.context().close();

    // Every page of events.
    const { events } = await gql(host, '{ events(first: 20) { nodes { id title } } }');
    const trip = events.nodes.find((node) => node.title === JINGZHOU_TRIP);
    assert.ok(trip, 'the demo Jingzhou trip is listed');
    const pages = [
      ['events', '/events', (page) => page.getByTestId('event-card').first().waitFor()],
      ['event-overview', `/events/${trip.id}`, (page) => page.getByTestId('event-stats').waitFor()],
      ['event-itinerary', `/events/${trip.id}?tab=itinerary`, (page) => page.getByTestId('stops-map').waitFor()],
      ['event-registration', `/events/${event.id}?tab=registration`, (page) => page.getByTestId('admin-registration').first().waitFor()],
      ['event-check-in', `/events/${event.id}?tab=check-in`, (page) => page.getByTestId('check-in-row').first().waitFor()],
      ['event-report', `/events/${event.id}?tab=report`, (page) => page.getByTestId('report-piece').first().waitFor()],
      ['event-new', '/events/new', (page) => page.locator('.event-form').waitFor()],
      ['event-edit', `/events/${event.id}/edit`, (page) => page.getByTestId('stop-editor').first().waitFor()],
      ['event-badges', `/events/${event.id}/print/badges`, (page) => page.getByTestId('print-badge').first().waitFor()],
      ['event-sign-in-sheet', `/events/${event.id}/print/sign-in`, (page) => page.getByTestId('print-sign-in').waitFor()],
      ['calendar-event', '/calendar?date=2026-12-16&view=week', (page) => page.getByTestId('calendar-week').waitFor()],
    ];
    // Desktop in Chinese; the phone in both languages, where a longer English label could push a page sideways (the
    // accessibility test visits these pages in both languages too).
    for (const [phone, languages] of [[false, ['zh']], [true, ['zh', 'en']]]) {
      const page = await newPage(suite.browser, { phone });
      await signIn(page, url, 'chief.jingzhou@demo.example');
      for (const lang of languages) {
        if (lang === 'en') {
          await page.getByTestId('lang-switch').click();
          await page.getByTestId('lang-switch').filter({ hasText: '中文' }).waitFor();
        }
        for (const [name, path, ready] of pages) {
          await page.goto(`${url}${path}`);
          await ready(page);
          if (phone) assert.equal(await horizontalOverflow(page), 0, `${name} fits a phone in ${lang}`);
          await screenshot(page, `${name}-${lang}-${phone ? 375 : 1366}`);
        }
      }
      // Leave the account in Chinese for whoever signs in next.
      if (languages.includes('en')) {
        await page.getByTestId('lang-switch').click();
        await page.getByTestId('lang-switch').filter({ hasText: 'EN' }).waitFor();
      }
      await page.context().close();
    }
    await host.context().close();
  });
  it('a chief editor plans a conference in the form (calendar days, a stop), publishes it, then edits it', async () => {
    const { url } = suite.app;
    const host = await newPage(suite.browser);
    await signIn(host, url, 'chief.jingzhou@demo.example');
    await host.goto(`${url}/events`);
    await host.getByRole('link', { name: '发起活动' }).click();
    await host.getByRole('heading', { level: 1, name: '发起活动' }).waitFor();
    const title = `荆州融媒座谈会 ${Date.now().toString(36)}`;
    await host.getByText('会议', { exact: true }).click();
    await host.getByLabel('活动名称').fill(title);
    // Calendar days are picked on the calendar (three weeks ahead, alliance time) and sent as YYYY-MM-DD.
    const [first, last] = [allianceDay(20), allianceDay(21)];
    await host.getByPlaceholder('开始日期').click();
    const calendar = host.locator('.ant-picker-dropdown:visible');
    await calendar.waitFor();
    // A day of the month a panel shows (the range picker's two panels also carry neighbouring months' days, hidden).
    const day = (date) => calendar.locator(`td.ant-picker-cell-in-view[title="${date}"]`).first();
    for (let months = 0; !(await day(first).isVisible()); months += 1) {
      if (months === 3) assert.fail(`${first} never showed in the range picker`);
      await calendar.locator('.ant-picker-header-next-btn:visible').first().click();
    }
    await day(first).click();
    await day(last).click();
    await host.getByLabel('地点', { exact: true }).fill('荆州市融媒体中心演播厅');
    await host.getByRole('button', { name: '添加一站' }).click();
    const stop = host.getByTestId('stop-editor').first();
    await stop.getByLabel('开始').fill('09:30');
    await stop.getByLabel('结束').fill('11:00');
    await stop.getByLabel('地点').fill('荆州市融媒体中心演播厅');
    await stop.getByLabel('内容').fill('地市党媒融合发展座谈');
    await screenshot(host, 'event-new-filled-zh');
    await host.getByRole('button', { name: '保存为草稿' }).click();
    await host.getByRole('heading', { level: 1, name: title }).waitFor();
    await host.getByTestId('event-phase').filter({ hasText: '草稿' }).waitFor();
    const shownDays = `${zhMonthDay(first)} 至 ${zhMonthDay(last)}`;
    await host.getByText(shownDays).waitFor();
    await host.getByRole('tab', { name: '日程' }).click();
    await host.getByTestId('event-stop').filter({ hasText: '09:30–11:00' }).filter({ hasText: '地市党媒融合发展座谈' }).waitFor();

    await host.getByRole('button', { name: '发布并邀请' }).click();
    await host.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await host.getByTestId('event-phase').filter({ hasText: '报名中' }).waitFor();

    await host.getByRole('link', { name: '编辑' }).click();
    await host.getByLabel('活动名称').fill(`${title}（改）`);
    await host.getByRole('button', { name: '保存修改' }).click();
    await host.getByRole('heading', { level: 1, name: `${title}（改）` }).waitFor();
    await host.getByText(shownDays).waitFor();
    await host.context().close();
  });
});
