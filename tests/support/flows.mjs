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
 */
export async function clickUntil(target, settled, { reopen } = {}) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      if (reopen && !(await target.isVisible())) await reopen();
      // A popup that closes while the click waits for it to be stable makes the click itself time out: a miss too.
      await target.click({ timeout: 5_000 });
      await settled.waitFor({ timeout: 5_000 });
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
