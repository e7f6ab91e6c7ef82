// Every page of the app, as the roles that see it, in both languages, at desktop width and on a phone: axe-core finds no
// serious or critical violation, each page has its own title and its main heading, which takes the focus on navigation.
// Two test files run it, for the secretariat's pages (and the signed-out ones) and for the newsrooms' pages, so the two
// halves run side by side. While fixing: A11Y_ONLY=<regexp of paths> visits only those pages, A11Y_DEBUG=1 prints each
// page's findings and time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations } from './accessibility.mjs';
import { screenshot } from './browser.mjs';
import { gql, signIn } from './flows.mjs';
import { useAppAndBrowser } from './suite.mjs';

// China time, as newPage keeps it.
const DESKTOP = { viewport: { width: 1366, height: 860 }, timezoneId: 'Asia/Shanghai' };
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai' };

/** Signs in once and keeps the cookie: every later page opens in a new context with it. */
async function sessionOf(browser, url, email) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await signIn(page, url, email);
  const state = await context.storageState();
  return { state, page, close: () => context.close() };
}

const first = (connection, test = () => true) => connection.nodes.find(test)?.id;

/** `part`: 'secretariat' (its pages and the signed-out ones) or 'newsrooms' (an editor's, a chief editor's, a reporter's). */
export function describeEveryPage(part) {
  describe(`accessibility of every page: ${part}`, () => {
    const suite = useAppAndBrowser();

    it('has no serious violation on any page, in Chinese and English, on desktop and phone', async () => {
      const { browser, app } = suite;
      const secretariat = await sessionOf(browser, app.url, 'secretariat@demo.example');
      const editor = await sessionOf(browser, app.url, 'editor.changsha@demo.example');
      const chief = await sessionOf(browser, app.url, 'chief.jingzhou@demo.example');
      const reporter = await sessionOf(browser, app.url, 'reporter.hengyang@demo.example');

      // Signing in and following a link move the focus to the new page's main heading (a screen reader starts there).
      const headingFocused = (page) => page.waitForFunction(() => document.activeElement?.matches('#main h1'), null, { timeout: 10_000 });
      await headingFocused(editor.page);
      await editor.page.getByRole('navigation').getByRole('link', { name: '成员名录' }).click();
      await headingFocused(editor.page);
      assert.match(await editor.page.title(), /^成员名录 · 长江融媒联盟$/);

      const ids = {
        member: first((await gql(secretariat.page, '{ members(first: 5) { nodes { id } } }')).members),
        topic: first((await gql(editor.page, '{ topics(first: 50) { nodes { id viewerActions } } }')).topics, (n) => n.viewerActions.includes('ADD_ASSIGNMENT')),
        draft: first((await gql(editor.page, '{ topics(first: 50) { nodes { id viewerActions } } }')).topics, (n) => n.viewerActions.includes('EDIT')),
        resource: first((await gql(editor.page, '{ resources(first: 50) { nodes { id viewerActions } } }')).resources, (n) => n.viewerActions.includes('EDIT')),
        event: first((await gql(chief.page, '{ events(first: 50) { nodes { id viewerActions } } }')).events, (n) => n.viewerActions.includes('MANAGE_REGISTRATIONS')),
        round: first((await gql(secretariat.page, '{ innovationRounds(first: 5) { nodes { id } } }')).innovationRounds),
        announcement: first((await gql(secretariat.page, '{ announcements(first: 5) { nodes { id } } }')).announcements),
      };
      // A trip and a linked topic whose assignments the Jingzhou chief editor may add: the page that makes them in bulk.
      const trips = (await gql(chief.page, '{ events(first: 50) { nodes { id kind topics { id viewerActions } } } }')).events.nodes;
      const trip = trips.find((event) => event.kind === 'TRIP' && event.topics.some((topic) => topic.viewerActions.includes('ADD_ASSIGNMENT')));
      assert.ok(trip, 'the demo data has no trip with a topic the Jingzhou chief editor may add assignments to');
      const tripTopic = trip.topics.find((topic) => topic.viewerActions.includes('ADD_ASSIGNMENT')).id;
      for (const [name, id] of Object.entries(ids)) assert.ok(id, `the demo data has no ${name} to visit`);

      const pages = [
        [null, '/sign-in'],
        [null, '/reset-password/not-a-real-reset-token'],
        [secretariat, '/'],
        [secretariat, '/members'],
        [secretariat, '/members/new'],
        [secretariat, `/members/${ids.member}`],
        [secretariat, '/audit'],
        [secretariat, '/participation'],
        [secretariat, '/participation/report'],
        [secretariat, '/charter'],
        [secretariat, '/charter/edit'],
        [secretariat, '/commitments'],
        [secretariat, '/innovation'],
        [secretariat, `/innovation/rounds/${ids.round}`],
        [secretariat, '/notifications'],
        [secretariat, '/announcements'],
        [secretariat, `/announcements/${ids.announcement}`],
        [editor, '/'],
        [editor, '/topics'],
        [editor, '/topics/new'],
        [editor, `/topics/${ids.topic}`],
        [editor, `/topics/${ids.draft}/edit`],
        [editor, '/library'],
        [editor, '/resources'],
        [editor, '/resources/new'],
        [editor, `/resources/${ids.resource}`],
        [editor, `/resources/${ids.resource}/edit`],
        [editor, '/calendar'],
        [editor, '/settings'],
        [chief, '/requests'],
        [chief, '/events'],
        [chief, '/events/new'],
        [chief, `/events/${ids.event}`],
        [chief, `/events/${ids.event}/edit`],
        [chief, `/events/${ids.event}/check-in`],
        [chief, `/events/${ids.event}/print/badges`],
        [chief, `/events/${ids.event}/print/sign-in`],
        [chief, `/events/${trip.id}/assignments/${tripTopic}`],
        [chief, '/announcements'],
        [reporter, '/'],
        [reporter, '/assignments'],
        [reporter, '/my-work'],
        [reporter, '/no-such-page'],
      ];

      // Each page in both languages; which of the two is seen on the phone alternates, so both languages are checked
      // at both widths across the pages without visiting every page four times.
      const failures = [];
      const titles = new Map();
      const contexts = new Map();
      async function contextFor(session, locale, phone) {
        const key = `${[secretariat, editor, chief, reporter].indexOf(session)}|${locale}|${phone}`;
        if (!contexts.has(key)) {
          const base = session?.state ?? { cookies: [], origins: [] };
          const storageState = { cookies: base.cookies, origins: [{ origin: app.url, localStorage: [{ name: 'yah.locale', value: locale }] }] };
          const context = await browser.newContext({ ...(phone ? PHONE : DESKTOP), locale, storageState });
          const page = await context.newPage();
          page.setDefaultTimeout(15_000);
          contexts.set(key, page);
        }
        return contexts.get(key);
      }

      const only = process.env.A11Y_ONLY ? new RegExp(process.env.A11Y_ONLY) : null;
      const inPart = (session) => (session === null || session === secretariat) === (part === 'secretariat');
      for (const [index, [session, path]] of pages.entries()) {
        if ((only && !only.test(path)) || !inPart(session)) continue;
        for (const locale of ['zh-CN', 'en']) {
          const phone = (index % 2 === 0) === (locale === 'en');
          const page = await contextFor(session, locale, phone);
          const label = `${path} (${locale}, ${phone ? '375 px' : 'desktop'})`;
          const started = Date.now();
          if (!session || page.url() === 'about:blank') {
            await page.goto(`${app.url}${path}`);
            if (!(await page.locator('h1').first().waitFor().then(() => true, () => false))) failures.push(`${label}: no main heading (h1)`);
          } else {
            // Within the app, as a click on a link does (no reload): the new page's heading takes the focus.
            await page.evaluate((to) => {
              document.activeElement?.blur();
              window.history.pushState(null, '', to);
              window.dispatchEvent(new PopStateEvent('popstate'));
            }, path);
            if (!(await headingFocused(page).then(() => true, () => false))) failures.push(`${label}: the focus did not move to the main heading`);
          }
          await page.locator('#main .ant-spin-spinning, #main .ant-skeleton').first().waitFor({ state: 'detached', timeout: 3_000 }).catch(() => {});
          const violations = await accessibilityViolations(page);
          if (process.env.A11Y_DEBUG) for (const v of violations) console.log(`${label} ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
          for (const v of violations) failures.push(`${label} ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
          if (path === `/topics/${ids.topic}` || path === '/assignments') await screenshot(page, `a11y${path.replace(/\/[0-9a-f-]{36}/, '-detail').replaceAll('/', '-')}-${locale}-${phone ? '375' : 'desktop'}`);
          const title = await page.title();
          if (!title.includes(locale === 'en' ? 'Yangtze' : '长江')) failures.push(`${label}: the title "${title}" does not name the app`);
          titles.set(`${path}|${locale}`, title);
          if (process.env.A11Y_DEBUG) console.log(label, Date.now() - started, 'ms', violations.map((v) => v.id).join(' '));
        }
      }
      for (const page of contexts.values()) await page.context().close();
      for (const session of [secretariat, editor, chief, reporter]) await session.close();

      assert.deepEqual(failures, []);
      // Every page says which page it is: no two pages share a title (the home pages of two roles may).
      const distinct = new Set([...titles.entries()].filter(([key]) => !key.startsWith('/|')).map(([, title]) => title));
      assert.equal(distinct.size, [...titles.keys()].filter((key) => !key.startsWith('/|')).length, `titles repeat: ${[...titles.values()].join(' | ')}`);
    });
  });
}
