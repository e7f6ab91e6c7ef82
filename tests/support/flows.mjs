// Steps several browser tests share, written as a person does them.
import { DEMO_PASSWORD } from './app-server.mjs';

export async function signIn(page, baseUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Fails when the page is wider than the screen (a phone user would have to scroll sideways). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
