import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';

/** Console errors of a page (a FORBIDDEN answer shows there as a failed operation). */
function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The current year's period with commitments: the demo's when it has them, else opened and set here by the
 * secretariat through the API (the figures themselves always come from the demo's real activity).
 */
async function ensureCommitments(page) {
  const fields = 'id kind year isCurrent commitments { id metric }';
  const { periods } = await gql(page, `{ periods { ${fields} } }`);
  let year = periods.find((period) => period.kind === 'YEAR' && period.isCurrent);
  if (!year) {
    const now = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    ({ openPeriod: year } = await gql(page, `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { ${fields} } }`, { input: { kind: 'YEAR', year: now } }));
  }
  if (year.commitments.length > 0) return;
  const commitments = [
    ['TOPICS_PROPOSED', '发起联合选题', 4, 2],
    ['TOPICS_CO_SPONSORED', '联合发起选题', 6, 2],
    ['PIECES_REPUBLISHED', '转载成员稿件', 12, 3],
    ['PIECES_OFFERED', '向稿件库供稿', 10, 2],
    ['ON_TIME_RATE', '按时交稿率', 90, 1],
  ];
  for (const [metric, title, defaultTarget, weight] of commitments) {
    await gql(page, 'mutation($input: CommitmentInput!) { setCommitment(input: $input) { id } }', { input: { periodId: year.id, metric, title, defaultTarget, weight } });
  }
}

/** Every cell of a worksheet as text. */
function cellTexts(sheet) {
  const texts = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? '').trim())));
  return texts;
}

describe('participation: the dashboard, the river map, exports, the monthly report and the scorecard', () => {
  const suite = useAppAndBrowser();

  it('lets the secretariat open the dashboard and the river map, drill down from a figure to its rows, download the XLSX and print the monthly report', async () => {
    const page = await newPage(suite.browser);
    const errors = collectErrors(page);
    await signIn(page, suite.app.url, 'secretariat@demo.example');
    await ensureCommitments(page);

    // The 参与度 entry sits in the header's 联盟 group.
    await clickUntil(page.getByRole('menuitem', { name: '参与度' }).or(page.getByRole('link', { name: '参与度' })).first(), page.getByTestId('period-select'), {
      reopen: () => page.getByRole('menuitem', { name: /联盟/ }).first().hover(),
    });
    await page.waitForURL(/\/participation$/);
    const table = page.getByTestId('ranking-table');
    await table.waitFor();
    await page.getByTestId('participation-totals').waitFor();
    const map = page.getByTestId('river-map-card');
    await map.waitFor();
    await map.locator('svg, canvas').first().waitFor();
    await page.getByTestId('province-chart').locator('svg').first().waitFor();
    await page.getByTestId('trend-chart').waitFor();
    await page.getByTestId('quiet-members').waitFor();
    await screenshot(page, 'participation-dashboard-zh-1366');

    // The first-ranked member, and one of its counted figures that is not zero.
    const firstRow = table.locator('tbody tr.ant-table-row').first();
    const leader = (await firstRow.getByRole('link').first().textContent()).trim();
    const figures = firstRow.locator('button.participation-figure');
    const texts = await figures.allTextContents();
    const pick = texts.findIndex((text) => /^[1-9]\d* \/ \d+$/.test(text.trim()));
    assert.ok(pick >= 0, `the leader has a counted figure above zero: ${texts.join(', ')}`);
    const actual = Number(texts[pick].split('/')[0].trim());
    await figures.nth(pick).click();
    const drawer = page.getByTestId('entries');
    await drawer.waitFor();
    assert.match(await page.getByTestId('formula').textContent(), /实际 \d+(\.\d)? \/ 目标 \d+；按期进度应达 \d+ × \d+\/\d+ = [\d.]+ → (已达成|正常推进|有风险|落后)/);
    // The rows are the figure: as many as it counts (the first page shows up to 20).
    assert.equal((await drawer.getByTestId('entries-total').textContent()).trim(), `共 ${actual} 条`);
    assert.equal(await drawer.locator('li.participation-entry').count(), Math.min(actual, 20));
    await screenshot(page, 'participation-drill-down');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The XLSX opens and holds the ranking.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of ['排名', '承诺进度', '省份汇总', '月度趋势', '沉寂成员']) assert.ok(names.includes(name), `sheet ${name} in ${names.join(', ')}`);
    const ranking = workbook.getWorksheet('排名');
    assert.ok(cellTexts(ranking).includes(leader), `the 排名 sheet names ${leader}`);
    assert.ok(ranking.views?.[0]?.state === 'frozen', 'the header row is frozen');

    // The monthly report prints without the app's header and buttons.
    await page.getByTestId('open-report').click();
    await page.waitForURL(/\/participation\/report\?month=\d{4}-\d{2}$/);
    const report = page.getByTestId('monthly-report');
    await report.waitFor();
    await report.getByText('联盟工作月报', { exact: false }).first().waitFor();
    await page.getByTestId('report-metrics').waitFor();
    await screenshot(page, 'participation-report-screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.app-header').isVisible(), false, 'the header is hidden in print');
    assert.equal(await page.getByTestId('report-print').isVisible(), false, 'the print button is hidden in print');
    assert.equal(await report.isVisible(), true, 'the report itself prints');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'the report prints to a PDF');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(errors.filter((text) => /FORBIDDEN|UNAUTHENTICATED|BAD_USER_INPUT/.test(text)), [], 'no refused operation in the console');
    await page.context().close();
  });

  it('shows a chief editor their own scorecard and nobody else’s', async () => {
    const page = await newPage(suite.browser);
    const errors = collectErrors(page);
    await signIn(page, suite.app.url, 'chief.jingzhou@demo.example');
    const { me } = await gql(page, '{ me { member { id } } }');
    const { members } = await gql(page, 'query($q: String) { members(search: $q, first: 5) { nodes { id slug } } }', { q: 'wuhan' });
    const wuhan = members.nodes.find((member) => member.slug === 'wuhan');
    assert.ok(wuhan, 'the demo has Wuhan');

    await page.goto(`${suite.app.url}/members/${me.member.id}`);
    const card = page.getByTestId('scorecard');
    await card.waitFor();
    await card.getByTestId('scorecard-last-activity').waitFor();
    assert.ok((await card.getByTestId('scorecard-commitment').count()) > 0, 'the scorecard lists the commitments');
    assert.match(await card.getByTestId('scorecard-export').getAttribute('href'), new RegExp(`/exports/participation\\.xlsx\\?period=[0-9a-f-]{36}&member=${me.member.id}$`));
    await card.getByRole('button', { name: '查看公式' }).first().click();
    await card.getByTestId('formula').waitFor();
    await screenshot(page, 'participation-scorecard-chief');

    await page.goto(`${suite.app.url}/members/${wuhan.id}`);
    await page.getByTestId('exchange-balance').waitFor();
    assert.equal(await page.getByTestId('scorecard').count(), 0, 'no scorecard of another member');

    // The dashboard shows the chief editor their own member only, and says whose view the ranking is.
    await page.goto(`${suite.app.url}/participation`);
    await page.getByTestId('chief-note').waitFor();
    await page.getByTestId('own-row').waitFor();
    assert.equal(await page.getByTestId('ranking-table').count(), 0);
    assert.deepEqual(errors.filter((text) => !/favicon/.test(text)), [], 'no FORBIDDEN or other errors in the console');
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await newPage(suite.browser, { phone: true });
    await signIn(page, suite.app.url, 'secretariat@demo.example');
    await page.goto(`${suite.app.url}/participation`);
    await page.getByTestId('ranking-cards').waitFor();
    assert.ok((await horizontalOverflow(page)) <= 0, 'the dashboard scrolls sideways at 375 px');
    await screenshot(page, 'participation-dashboard-phone');
    await page.context().close();
  });
});
