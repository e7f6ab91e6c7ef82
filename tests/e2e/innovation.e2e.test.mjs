import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { clickUntil, gql, horizontalOverflow, signIn } from '../support/flows.mjs';

const OPEN_ROUND = '2026年度地市党媒融合创新项目';
const LAST_ROUND = '2025年度地市党媒融合创新项目';
const PROJECT = '“雁城智编”融媒采编一体化平台';
const CRITERIA = ['创新性', '融合传播效果', '可复制推广性', '技术与运营可持续性'];
const OK = /^(确\s*定|OK)$/;

/** Opens the round's page. */
async function openRoundPage(page, roundUrl) {
  await page.goto(roundUrl);
  await page.getByRole('heading', { level: 1, name: OPEN_ROUND }).waitFor();
}

/** Moves the round one step from its page (the secretariat), confirming the dialog. */
async function moveRound(page, button, status) {
  await page.getByRole('button', { name: button }).click();
  await clickUntil(page.getByRole('dialog').getByRole('button', { name: OK }), page.getByText(status, { exact: true }).first());
}

describe('innovation projects: submission, private scoring, the published recommended list', () => {
  const suite = useAppAndBrowser();

  it('a panellist scores a project without seeing another panellist’s score; once published another member finds it in the recommended list', async () => {
    const { url } = suite.app;

    // Hengyang's editor finds 创新项目 in the header and submits a project to the open round.
    const editor = await newPage(suite.browser);
    await signIn(editor, url, 'editor.hengyang@demo.example');
    await clickUntil(editor.getByRole('link', { name: '融合创新项目' }), editor.getByRole('heading', { level: 1, name: '融合创新项目' }), {
      reopen: () => editor.getByRole('menuitem', { name: /活动/ }).first().hover(),
    });
    await editor.getByRole('heading', { level: 1, name: '融合创新项目' }).waitFor();
    await editor.getByRole('heading', { name: LAST_ROUND }).waitFor();
    await editor.getByText('“荆云”县级融媒中台').waitFor();
    await editor.getByRole('button', { name: '提交项目' }).click();
    const form = editor.getByRole('dialog', { name: '提交融合创新项目' });
    await form.getByLabel('项目名称').fill(PROJECT);
    await form.getByLabel('类别').click();
    await editor.getByTitle('技术应用').click();
    await form.getByLabel('项目简介').fill('把策划、采访、编辑、审校和多端发布放进一个平台，县区记者用手机即可回传素材。');
    await form.getByLabel('实施成效').fill('上线半年，稿件平均签发时间从 3 小时缩短到 50 分钟。');
    await form.getByRole('button', { name: '提 交' }).or(form.getByRole('button', { name: '提交' })).first().click();
    await editor.getByText('项目已提交').waitFor();
    await editor.getByText(PROJECT).waitFor();
    await screenshot(editor, 'innovation-zh');

    // The secretariat closes submissions: scoring starts.
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    await secretariat.goto(`${url}/innovation`);
    await secretariat.getByRole('link', { name: '进入本轮' }).first().click();
    await secretariat.getByRole('heading', { level: 1, name: OPEN_ROUND }).waitFor();
    const roundUrl = secretariat.url();
    await moveRound(secretariat, '截止申报，开始评审', '评审中');

    // A panellist (Wuhan's chief editor) scores the new project.
    const panelA = await newPage(suite.browser);
    await signIn(panelA, url, 'chief.wuhan@demo.example');
    // Named to the panel when the round opened: the notification leads to the round.
    await panelA.getByTestId('notification-bell').click();
    await panelA.getByRole('link', { name: new RegExp(`您被聘为「${OPEN_ROUND}」的评审专家`) }).first().click();
    await panelA.getByRole('heading', { level: 1, name: OPEN_ROUND }).waitFor();
    await panelA.getByText('您是本轮评审专家').waitFor();
    const rowA = panelA.getByRole('row').filter({ hasText: PROJECT });
    await rowA.getByRole('button', { name: '评分' }).click();
    const drawer = panelA.getByRole('dialog', { name: `评分：${PROJECT}` });
    for (const [index, name] of CRITERIA.entries()) await drawer.getByLabel(name).fill(String([27, 26, 18, 17][index]));
    await drawer.getByLabel('评语（可选）').fill('采编流程再造扎实，县区回传很实用。');
    await drawer.getByTestId('score-total').getByText('合计 88 / 100').waitFor();
    await screenshot(panelA, 'innovation-score-drawer');
    await drawer.getByRole('button', { name: '保存评分' }).click();
    await panelA.getByText('评分已保存').waitFor();
    await rowA.getByText('88', { exact: true }).waitFor();

    // Another panellist (Nanjing's chief editor) sees the project, but not Wuhan's score.
    const panelB = await newPage(suite.browser);
    await signIn(panelB, url, 'chief.nanjing@demo.example');
    await openRoundPage(panelB, roundUrl);
    const rowB = panelB.getByRole('row').filter({ hasText: PROJECT });
    await rowB.getByText('未评分').waitFor();
    assert.equal(await rowB.getByText('88', { exact: true }).count(), 0);
    await rowB.getByRole('button', { name: PROJECT }).or(rowB.getByText(PROJECT)).first().click();
    const details = panelB.getByRole('dialog', { name: PROJECT });
    await details.getByText('上线半年', { exact: false }).waitFor();
    assert.equal(await details.getByText('各专家评分').count(), 0);
    assert.equal(await details.getByText('采编流程再造扎实', { exact: false }).count(), 0);
    await panelB.keyboard.press('Escape');
    // The secretariat sees who scored how many, not the values.
    await secretariat.reload();
    await secretariat.getByText('评分进度').or(secretariat.getByText('1 / 5 项')).first().waitFor();
    assert.equal(await secretariat.getByRole('row').filter({ hasText: PROJECT }).getByText('88', { exact: true }).count(), 0);
    await screenshot(secretariat, 'innovation-round-secretariat-scoring');

    // Nanjing's chief editor scores the round's other projects (through the API): scoring closes only when every
    // project has a score.
    const roundId = roundUrl.split('/').pop();
    const { innovationProjects } = await gql(panelB, 'query ($r: ID!) { innovationProjects(roundId: $r, first: 50) { nodes { id title viewerActions } } }', { r: roundId });
    for (const project of innovationProjects.nodes.filter((node) => node.title !== PROJECT && node.viewerActions.includes('SCORE'))) {
      await gql(panelB, 'mutation ($p: ID!, $s: [InnovationCriterionScoreInput!]!) { scoreInnovationProject(projectId: $p, scores: $s) { id } }', {
        p: project.id,
        s: [20, 20, 15, 15].map((score, criterionIndex) => ({ criterionIndex, score })),
      });
    }

    // Closed: the secretariat sees the scores, names the project 精品项目 and publishes the list.
    await moveRound(secretariat, '结束评审', '评审结束');
    const rowS = secretariat.getByRole('row').filter({ hasText: PROJECT });
    await rowS.getByText('88.00').waitFor();
    await rowS.getByLabel('推荐等级').click();
    await secretariat.getByTitle('精品项目').last().click();
    await secretariat.getByText('推荐等级已更新').waitFor();
    await screenshot(secretariat, 'innovation-round-secretariat-closed');
    await moveRound(secretariat, '发布推荐名单', '已发布');

    // An editor of another member browses the recommended list (the newest published round) and finds it.
    const reader = await newPage(suite.browser);
    await signIn(reader, url, 'editor.changsha@demo.example');
    await reader.goto(`${url}/innovation`);
    await reader.getByRole('heading', { name: OPEN_ROUND }).waitFor();
    const top = reader.locator('section').filter({ has: reader.getByRole('heading', { name: /精品项目/ }) }).last();
    await top.getByText(PROJECT).waitFor();
    await reader.getByTestId('notification-bell').click();
    await reader.getByRole('link', { name: new RegExp(`「${OPEN_ROUND}」推荐项目名单已发布`) }).first().waitFor();
    for (const page of [editor, secretariat, panelA, panelB, reader]) await page.context().close();
  });

  it('fits a phone and reads in English', async () => {
    const { url } = suite.app;
    // A different account each time: the language chosen is kept on the account.
    for (const [locale, phone, name, account] of [
      ['zh', true, 'innovation-zh-phone', 'editor.jingzhou'],
      ['en', false, 'innovation-en', 'editor.wuhan'],
      ['en', true, 'innovation-en-phone', 'editor.nanjing'],
    ]) {
      const page = await newPage(suite.browser, { phone });
      await signIn(page, url, `${account}@demo.example`);
      if (locale === 'en') {
        // Saved on the account before the next page load reads it.
        const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('UpdateLocale'));
        await page.getByTestId('lang-switch').click();
        await saved;
      }
      await page.goto(`${url}/innovation`);
      await page.getByRole('heading', { level: 1, name: locale === 'en' ? 'Innovation projects' : '融合创新项目' }).waitFor();
      await page.getByTestId('innovation-card').first().waitFor();
      await screenshot(page, name);
      assert.equal(await horizontalOverflow(page), 0, `${name} is wider than the screen`);
      await page.getByRole('link', { name: locale === 'en' ? 'Open round' : '进入本轮' }).first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByTestId('round-projects').waitFor();
      await screenshot(page, `${name}-round`);
      assert.equal(await horizontalOverflow(page), 0, `${name} round page is wider than the screen`);
      await page.context().close();
    }
  });
});
