// Steps several browser tests share, written as a person does them.
import { DEMO_PASSWORD } from './app-server.mjs';

export async function signIn(page, baseUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Clicks `target` until `settled` shows (at most three clicks). On a busy machine a click on an item of a menu or
 * a confirmation that is still animating in can miss; `reopen` brings such a popup back if it closed meanwhile.
 * `settleTimeout` is how long a click may take to show its effect (longer when the server has to answer first).
 */
export async function clickUntil(target, settled, { reopen, settleTimeout = 5_000 } = {}) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      if (reopen && !(await target.isVisible())) await reopen();
      // A popup that closes while the click waits for it to be stable makes the click itself time out: a miss too.
      await target.click({ timeout: 5_000 });
      await settled.waitFor({ timeout: settleTimeout });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Picks an option of an antd select by its title. On a busy machine a click can land while the list is still
 * opening or already closing and be lost: the pick is tried again (reopening the list) until the list has closed,
 * or until `settled` shows when the list stays open (several values) or the pick should change the page.
 */
export async function chooseOption(page, select, label, settled) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const option = dropdown.getByTitle(label, { exact: true });
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      if (!(await option.isVisible())) await select.click();
      await option.click({ timeout: 5_000 });
      await (settled ?? dropdown).waitFor({ state: settled ? 'visible' : 'detached', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Signs out from the user menu and waits for the sign-in page. */
export async function signOut(page) {
  await clickUntil(page.getByText('退出登录', { exact: true }), page.getByRole('button', { name: '登录' }), {
    reopen: () => page.getByTestId('user-menu').click(),
  });
}

/** Fails when the page is wider than the screen (a phone user would have to scroll sideways). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A GraphQL call with the page's session cookie, as the app itself makes it; fails on any error. */
export async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return response.json();
    },
    [query, variables],
  );
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Clicks a day in the open date picker. The calendar grid has no roles or labels, only a title per cell. A month
 * shows a few days of the next one (clickable); a range picker shows two months, so such a day can appear twice,
 * and then the cell in its own month is the one.
 */
export async function pickDay(page, date) {
  const dropdown = page.locator('.ant-picker-dropdown:visible');
  const cells = dropdown.locator(`td[title="${date}"]`);
  const picked = dropdown.locator(
    `td[title="${date}"]:is(.ant-picker-cell-selected, .ant-picker-cell-range-start, .ant-picker-cell-range-end)`,
  );
  await cells.first().waitFor();
  // A click while the dropdown is still sliding in can miss: click until the picker shows the day as picked
  // (or has closed, as a range picker does once its end is picked).
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    // The day's cell in its own month when the picker shows it (a range picker's second panel may still be
    // rendering), else the grey cell of a neighbouring month, which picks it too.
    const inView = cells.and(page.locator('.ant-picker-cell-in-view'));
    const ownMonth = await inView.first().waitFor({ timeout: 1_000 }).then(() => true, () => false);
    await (ownMonth ? inView.first() : cells.first()).click();
    for (let waited = 0; waited < 3_000; waited += 100) {
      if ((await picked.count()) > 0 || (await dropdown.count()) === 0) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`the date picker did not take ${date}`);
}
