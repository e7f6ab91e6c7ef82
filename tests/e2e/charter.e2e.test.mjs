import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { chooseOption, clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';

const CHARTER_QUERY = '{ charter { version articles { number title body area } } }';

/** Opens an entry of the header's 联盟 group (a menu item still animating in can miss a click: hover the group again). */
async function openAllianceEntry(page, name, heading) {
  await clickUntil(page.getByRole('link', { name, exact: true }), page.getByRole('heading', { level: 1, name: heading }), {
    reopen: () => page.getByRole('menuitem', { name: /联盟/ }).first().hover(),
  });
}

/** A GraphQL call that is expected to fail: its errors. */
async function gqlErrors(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return response.json();
    },
    [query, variables],
  );
  assert.ok(body.errors?.length, `${query.slice(0, 60)}… was expected to fail`);
  return body.errors;
}

describe('charter and commitments: the secretariat keeps them, members read them and send evidence', () => {
  const suite = useAppAndBrowser();

  it('the secretariat revises the charter from the header; a publication racing another is caught and republished without losing the edit; a chief editor reads what changed', async () => {
    const { url } = suite.app;
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    await openAllianceEntry(secretariat, '章程', '联盟章程');
    const before = (await gql(secretariat, CHARTER_QUERY)).charter;
    const base = before?.version ?? 0;
    const articles = [...(before?.articles ?? [])].sort((a, b) => a.number - b.number);
    const next = (articles.at(-1)?.number ?? 0) + 1;
    if (before) await secretariat.getByTestId('charter-meta').getByText(`第 ${base} 版`).waitFor();

    // Revise: one more sentence in the first article, a new article on technical services, a change note.
    await secretariat.getByRole('link', { name: before ? /修订章程/ : /起草章程/ }).click();
    await secretariat.getByTestId('charter-editor').waitFor();
    const added = '成员单位每季度至少开展一次联合策划。';
    if (articles[0]) {
      const first = secretariat.getByRole('group', { name: `第 ${articles[0].number} 条`, exact: true });
      await first.getByLabel('正文').fill(`${articles[0].body}${added}`);
    }
    await secretariat.getByRole('button', { name: /添加条款/ }).click();
    const fresh = secretariat.getByRole('group', { name: `第 ${next} 条`, exact: true });
    await fresh.getByLabel('标题').fill('融合创新');
    await fresh.getByLabel('正文').fill('成员单位每年申报融合创新项目，互相借鉴技术应用经验。');
    await chooseOption(secretariat, fresh.getByLabel('共享领域'), '技术服务');
    await secretariat.getByLabel('修订说明').fill('浏览器测试：补充联合策划的频次，新增融合创新条款。');
    await secretariat.getByRole('button', { name: '发布新版本' }).click();
    await secretariat.getByText(`已发布第 ${base + 1} 版章程`).waitFor();

    // The new version: its number, what changed (the added words marked), the new article with its area.
    await secretariat.getByRole('heading', { level: 1, name: '联盟章程' }).waitFor();
    await secretariat.getByTestId('charter-meta').getByText(`第 ${base + 1} 版`).waitFor();
    const changes = secretariat.getByTestId('charter-changes');
    const article = secretariat.getByRole('article', { name: new RegExp(`第 ${next} 条\\s融合创新`) });
    await article.getByText('技术服务').waitFor();
    if (before) {
      await changes.locator('[data-kind="ADDED"]').filter({ hasText: '融合创新' }).waitFor();
      if (articles[0]) await changes.locator('[data-kind="CHANGED"] ins').filter({ hasText: '联合策划' }).first().waitFor();
      await article.getByText('本版新增').waitFor();
    } else {
      // The first version changes nothing before it.
      await changes.getByText('这是章程的第一版。').waitFor();
    }
    await screenshot(secretariat, 'charter-secretariat');

    // Someone else at the secretariat publishes while this one edits.
    await secretariat.getByRole('link', { name: /修订章程/ }).click();
    await secretariat.getByTestId('charter-editor').waitFor();
    await secretariat.getByText(`以第 ${base + 1} 版为基础修订`).waitFor();
    const other = await newPage(suite.browser);
    await signIn(other, url, 'secretariat@demo.example');
    const current = (await gql(other, CHARTER_QUERY)).charter;
    const theirs = current.articles.map(({ number, title, body, area }) => (number === next ? { number, title, body: `${body}鼓励联合申报。`, area } : { number, title, body, area }));
    await gql(other, 'mutation ($input: PublishCharterInput!) { publishCharter(input: $input) { version } }', {
      input: { baseVersion: base + 1, changeNote: '另一位同事的修订：鼓励联合申报。', articles: theirs },
    });

    const mine = secretariat.getByRole('group', { name: `第 ${next} 条`, exact: true });
    await mine.getByLabel('标题').fill('融合创新与技术应用');
    await secretariat.getByLabel('修订说明').fill('浏览器测试：融合创新条款改名。');
    await secretariat.getByRole('button', { name: '发布新版本' }).click();
    const stale = secretariat.getByTestId('charter-stale');
    await stale.waitFor();
    await screenshot(secretariat, 'charter-edit-stale');
    await stale.getByRole('button', { name: '载入最新版本（保留我的修改）' }).click();
    const reloaded = secretariat.getByTestId('charter-reloaded');
    await reloaded.getByText(new RegExp(`已载入第 ${base + 2} 版`)).waitFor();
    await reloaded.getByText(new RegExp(`第 ${next} 条`)).waitFor();
    assert.equal(await mine.getByLabel('标题').inputValue(), '融合创新与技术应用', 'the edit survives the reload');
    assert.equal(await secretariat.getByLabel('修订说明').inputValue(), '浏览器测试：融合创新条款改名。');
    await secretariat.getByRole('button', { name: '发布新版本' }).click();
    await secretariat.getByText(`已发布第 ${base + 3} 版章程`).waitFor();
    const after = (await gql(secretariat, CHARTER_QUERY)).charter;
    assert.equal(after.version, base + 3);
    assert.equal(after.articles.find((a) => a.number === next)?.title, '融合创新与技术应用');

    // A chief editor is told, reads what changed, and opens an older version from the history; no editing for them.
    const chief = await newPage(suite.browser);
    await signIn(chief, url, 'chief.changsha@demo.example');
    await chief.getByTestId('notification-bell').click();
    await chief.getByRole('link', { name: /联盟章程/ }).first().click();
    await chief.getByRole('heading', { level: 1, name: '联盟章程' }).waitFor();
    await chief.getByTestId('charter-meta').getByText(`第 ${base + 3} 版`).waitFor();
    await chief.getByTestId('charter-changes').locator('[data-kind="CHANGED"]').filter({ hasText: '融合创新与技术应用' }).waitFor();
    assert.equal(await chief.getByRole('link', { name: /修订章程/ }).count(), 0);
    await chief.getByTestId('charter-history').getByRole('link', { name: `第 ${base + 1} 版`, exact: true }).click();
    await chief.getByText(`您正在查看第 ${base + 1} 版（历史版本）。`).waitFor();
    assert.match(chief.url(), new RegExp(`/charter\\?version=${base + 1}$`));

    // On a phone, in English.
    const phone = await newPage(suite.browser, { phone: true });
    await signIn(phone, url, 'editor.changsha@demo.example');
    await phone.goto(`${url}/charter`);
    await phone.getByTestId('charter-articles').waitFor();
    await screenshot(phone, 'charter-phone');
    assert.equal(await horizontalOverflow(phone), 0, 'the charter is wider than a phone');
    await phone.getByTestId('lang-switch').click();
    await phone.getByRole('heading', { level: 1, name: 'Alliance charter' }).waitFor();
    await phone.getByTestId('charter-changes').getByText('What changed in this version').waitFor();
    await screenshot(phone, 'charter-phone-en');
    for (const page of [secretariat, other, chief, phone]) await page.context().close();
  });

  it('a chief editor uploads a file of a few megabytes as evidence; the secretariat sees it in the queue and downloads exactly those bytes', async () => {
    const { url } = suite.app;
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    // A year of its own with a manual commitment, set through the API (the screens for it are tested above).
    const { periods } = await gql(secretariat, '{ periods { id kind year } }');
    const opened = new Set(periods.filter((period) => period.kind === 'YEAR').map((period) => period.year));
    let year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() + 1;
    while (opened.has(year)) year += 1;
    const { openPeriod } = await gql(secretariat, 'mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }', { input: { kind: 'YEAR', year } });
    const title = '举办一次联盟短视频培训';
    await gql(secretariat, 'mutation($input: CommitmentInput!) { setCommitment(input: $input) { id } }', { input: { periodId: openPeriod.id, metric: 'MANUAL', title, defaultTarget: 1, weight: 1 } });

    const chief = await newPage(suite.browser);
    await signIn(chief, url, 'chief.jingzhou@demo.example');
    await chief.goto(`${url}/commitments?period=${openPeriod.id}`);
    await chief.getByTestId('commitments-table').getByRole('row').filter({ hasText: title }).getByRole('button', { name: '提交佐证' }).click();
    const form = chief.getByRole('dialog', { name: `提交佐证：${title}` });
    await form.getByLabel('完成情况').fill('12月在荆州举办短视频培训，附签到表。');
    // A few megabytes, sent with tus in 5 MB chunks.
    const signIns = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(7 * 1024 * 1024)]);
    await form.locator('[data-testid="file-picker"] input[type="file"]').setInputFiles({ name: '培训签到表.pdf', mimeType: 'application/pdf', buffer: signIns });
    await form.locator('[data-testid="picked-file"][data-status="done"]').waitFor({ timeout: 60_000 });
    await screenshot(chief, 'commitments-evidence-upload');
    await form.getByRole('button', { name: '提交佐证' }).click();
    await chief.getByText('佐证已提交，等待秘书处核实').first().waitFor();
    await chief.getByTestId('evidence-mine').getByRole('link', { name: '下载 培训签到表.pdf' }).waitFor();

    await secretariat.goto(`${url}/commitments?period=${openPeriod.id}`);
    const item = secretariat.getByTestId('evidence-queue').getByTestId('evidence-item').filter({ hasText: '12月在荆州举办短视频培训' });
    const link = item.getByRole('link', { name: '下载 培训签到表.pdf' });
    await link.waitFor();
    await screenshot(secretariat, 'commitments-evidence-files-queue');
    const [download] = await Promise.all([secretariat.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), '培训签到表.pdf');
    assert.ok(fs.readFileSync(await download.path()).equals(signIns), 'the downloaded file differs from the uploaded one');
    for (const page of [secretariat, chief]) await page.context().close();
  });

  it('the secretariat opens a period and sets its commitments and a member target; an editor sends evidence for a manual commitment; the secretariat verifies it and the editor opens it from the notification', async () => {
    const { url } = suite.app;
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    await openAllianceEntry(secretariat, '承诺', '承诺');

    // A year nobody opened yet.
    const { periods } = await gql(secretariat, '{ periods { id kind year } }');
    const opened = new Set(periods.filter((period) => period.kind === 'YEAR').map((period) => period.year));
    let year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() + 1;
    while (opened.has(year)) year += 1;
    await secretariat.getByRole('button', { name: '开设周期' }).click();
    const open = secretariat.getByRole('dialog', { name: '开设考核周期' });
    await open.getByLabel('年份').fill(String(year));
    await open.getByRole('button', { name: '开设' }).click();
    await secretariat.getByText(`已开设 ${year} 年度`).first().waitFor();
    await secretariat.getByTestId('period-picker').getByText(`${year} 年度`).waitFor();
    const periodId = new URL(secretariat.url()).searchParams.get('period');
    assert.ok(periodId, 'the opened period is in the address');
    // The same year again is refused, and says why.
    await secretariat.getByRole('button', { name: '开设周期' }).click();
    await open.getByLabel('年份').fill(String(year));
    await open.getByRole('button', { name: '开设' }).click();
    await open.getByText(/已经开/).waitFor();
    await open.getByRole('button', { name: /取\s*消|Cancel/ }).click();

    // A measured commitment and a manual one.
    await secretariat.getByRole('button', { name: /添加承诺/ }).click();
    let form = secretariat.getByRole('dialog', { name: '添加承诺' });
    await chooseOption(secretariat, form.getByLabel('指标'), '发起联合选题', form.getByText('成员单位在周期内发起（提交）的联合选题数，已取消的不计。'));
    await form.getByLabel('默认目标').fill('3');
    await form.getByLabel('权重').fill('2');
    await form.getByRole('button', { name: '保存' }).click();
    await secretariat.getByText('已添加承诺').first().waitFor();
    const table = secretariat.getByTestId('commitments-table');
    const topicsRow = table.getByRole('row').filter({ hasText: '发起联合选题' });
    await topicsRow.getByText('成员单位在周期内发起（提交）的联合选题数，已取消的不计。').waitFor();

    await secretariat.getByRole('button', { name: /添加承诺/ }).click();
    form = secretariat.getByRole('dialog', { name: '添加承诺' });
    await form.getByLabel('指标').click();
    assert.equal(await secretariat.locator('.ant-select-dropdown:visible').getByTitle('发起联合选题（本周期已设置）').getAttribute('aria-disabled'), 'true');
    await clickUntil(secretariat.locator('.ant-select-dropdown:visible').getByTitle('人工核实', { exact: true }), form.getByText('成员单位提交、经秘书处核实的佐证条数。'));
    await form.getByLabel('承诺名称').fill('承办一次联盟业务培训');
    await form.getByLabel('默认目标').fill('1');
    await form.getByRole('button', { name: '保存' }).click();
    await table.getByRole('row').filter({ hasText: '承办一次联盟业务培训' }).waitFor();

    // The same measured metric twice in a period is refused by the server too.
    const errors = await gqlErrors(secretariat, 'mutation ($input: CommitmentInput!) { setCommitment(input: $input) { id } }', {
      input: { periodId, metric: 'TOPICS_PROPOSED', title: '再发起联合选题', defaultTarget: 2, weight: 1 },
    });
    assert.equal(errors[0].extensions?.reason, 'METRIC_TAKEN');

    // Jingzhou's own target for the topics.
    await topicsRow.getByRole('button', { name: /单独目标 · 0/ }).click();
    const drawer = secretariat.getByRole('dialog', { name: '单独目标：发起联合选题' });
    const memberField = drawer.getByRole('combobox', { name: '成员单位' });
    await memberField.fill('荆州');
    await clickUntil(
      secretariat.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '荆州市融媒体中心' }).first(),
      drawer.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '荆州市融媒体中心' }),
      { reopen: () => memberField.fill('荆州') },
    );
    await drawer.getByLabel('目标', { exact: true }).fill('5');
    await clickUntil(drawer.getByRole('button', { name: '设置' }), drawer.getByTestId('targets-table').getByText('荆州市融媒体中心'));
    await screenshot(secretariat, 'commitments-targets');
    await secretariat.keyboard.press('Escape');
    await topicsRow.getByRole('button', { name: /单独目标 · 1/ }).waitFor();
    await screenshot(secretariat, 'commitments-secretariat');

    // Jingzhou's editor sees the member's own target, and sends evidence for the manual commitment.
    const editor = await newPage(suite.browser);
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    await editor.goto(`${url}/commitments?period=${periodId}`);
    const editorTable = editor.getByTestId('commitments-table');
    await editorTable.getByRole('row').filter({ hasText: '发起联合选题' }).getByText('5（单独设置）').waitFor();
    assert.equal(await editor.getByRole('button', { name: /添加承诺/ }).count(), 0);
    await editorTable.getByRole('row').filter({ hasText: '承办一次联盟业务培训' }).getByRole('button', { name: '提交佐证' }).click();
    const evidenceForm = editor.getByRole('dialog', { name: /提交佐证：承办一次联盟业务培训/ });
    await evidenceForm.getByLabel('完成情况').fill('11月在荆州承办“短视频采编与智能审校”培训，12 家成员单位 40 人参加。');
    await evidenceForm.getByLabel('链接 1').fill('https://www.example.com/jingzhou/training');
    await evidenceForm.getByRole('button', { name: '提交佐证' }).click();
    await editor.getByText('佐证已提交，等待秘书处核实').first().waitFor();
    const mine = editor.getByTestId('evidence-mine');
    await mine.getByText('待核实').waitFor();
    await screenshot(editor, 'commitments-editor');

    // The secretariat verifies it from its queue.
    await secretariat.reload();
    const queue = secretariat.getByTestId('evidence-queue');
    const item = queue.getByTestId('evidence-item').filter({ hasText: '11月在荆州承办' });
    await item.getByRole('button', { name: '查看：承办一次联盟业务培训' }).click();
    const details = secretariat.getByTestId('evidence-details');
    await details.getByText('荆州市融媒体中心').waitFor();
    await details.getByRole('link', { name: 'https://www.example.com/jingzhou/training' }).waitFor();
    await screenshot(secretariat, 'commitments-evidence-secretariat');
    await details.getByRole('button', { name: '核实通过' }).click();
    await details.getByText('已核实').first().waitFor();
    await secretariat.keyboard.press('Escape');
    await queue.getByTestId('evidence-item').filter({ hasText: '11月在荆州承办' }).waitFor({ state: 'detached' });

    // The editor is told, and the notification opens the evidence (`/commitments?evidence=<id>`) with its verdict.
    await editor.goto(`${url}/`);
    await editor.getByTestId('notification-bell').click();
    await editor.getByRole('link', { name: /承办一次联盟业务培训/ }).first().click();
    await editor.waitForURL(/\/commitments\?evidence=/);
    await editor.getByTestId('evidence-details').getByText('已核实').first().waitFor();
    const { commitmentEvidence } = await gql(editor, 'query ($f: EvidenceFilter) { commitmentEvidence(filter: $f) { nodes { id state } } }', { f: { periodId } });
    assert.deepEqual(
      commitmentEvidence.nodes.map((node) => node.state),
      ['VERIFIED'],
    );
    assert.equal(new URL(editor.url()).searchParams.get('evidence'), commitmentEvidence.nodes[0].id);

    // A reporter reads the commitments, but sends no evidence; on a phone the page fits.
    const reporter = await newPage(suite.browser, { phone: true });
    await signIn(reporter, url, 'reporter.jingzhou@demo.example');
    await reporter.goto(`${url}/commitments?period=${periodId}`);
    await reporter.getByTestId('commitments-table').getByText('承办一次联盟业务培训').waitFor();
    assert.equal(await reporter.getByRole('button', { name: '提交佐证' }).count(), 0);
    await screenshot(reporter, 'commitments-phone');
    assert.equal(await horizontalOverflow(reporter), 0, 'the commitments are wider than a phone');
    for (const page of [secretariat, editor, reporter]) await page.context().close();
  });
});
