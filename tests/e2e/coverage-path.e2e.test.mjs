import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { chooseOption, horizontalOverflow, pickDay, signIn } from '../support/flows.mjs';

function dayFromToday(offset) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return date;
}

/** A local calendar day `offset` days from today, as the date pickers title their cells (YYYY-MM-DD). */
function day(offset) {
  const date = dayFromToday(offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The same day as the Chinese pages write it (YYYY年M月D日). */
function zhDay(offset) {
  const date = dayFromToday(offset);
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * Resolves once the page has asked the server, over its web socket, for the named live subscription: a page that
 * is to see someone else's change "live" must be listening before that change happens. Call before navigating.
 */
function whenSubscribed(page, operationName) {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (typeof payload === 'string' && payload.includes('"subscribe"') && payload.includes(operationName)) resolve();
      }),
    );
  });
}

/** A full-page screenshot from the top (a page scrolled down draws its sticky top bar mid-picture). */
async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

describe('joint coverage from proposal to publication', () => {
  const suite = useAppAndBrowser();

  it('walks a topic through proposal, approval, an assignment, a claim seen live, review and a publication', async () => {
    const url = suite.app.url;
    const stamp = Date.now().toString(36).slice(-5);
    const topicTitle = `荆江岸线生态修复联合报道 ${stamp}`;
    const pieceTitle = `荆江湿地候鸟回归短视频 ${stamp}`;
    const comment = '请补充保护区管理处的采访，并核实候鸟种类的数字。';

    // 1. An editor of 荆州 drafts the topic through the form, then proposes it.
    const editor = await newPage(suite.browser);
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    await editor.goto(`${url}/topics/new`);
    await editor.getByRole('heading', { name: '发起联合选题' }).waitFor();
    await editor.getByLabel('选题标题').fill(topicTitle);
    await editor.getByLabel('选题简介').fill('沿荆江记录岸线复绿、湿地修复与候鸟回归，各成员单位分段采访、联合刊发。');
    await editor.getByLabel('主题', { exact: true }).fill('长江大保护');
    await editor.getByLabel('主题', { exact: true }).press('Enter');
    // A value picked in a list that stays open (several values) shows as a tag in the field.
    const picked = (label) => editor.locator(`.ant-select-selection-item[title="${label}"]`);
    await editor.getByLabel('涉及省市').click();
    await editor.getByLabel('涉及省市').fill('湖北');
    await chooseOption(editor, editor.getByLabel('涉及省市'), '湖北', picked('湖北'));
    await editor.getByLabel('涉及省市').press('Escape');
    await editor.getByLabel('涉及城市').fill('荆州');
    await editor.getByLabel('涉及城市').press('Enter');
    await editor.getByLabel('计划报道时间').click();
    await pickDay(editor, day(1));
    await pickDay(editor, day(20));
    await chooseOption(editor, editor.getByLabel('目标传播渠道'), '微信公众号', picked('微信公众号'));
    await editor.getByLabel('目标传播渠道').press('Escape');
    await editor.getByRole('button', { name: '保存为草稿' }).click();
    await editor.waitForURL(/\/topics\/[0-9a-f-]{36}$/);
    const topicUrl = editor.url();
    await editor.getByRole('heading', { name: topicTitle }).waitFor();
    await editor.getByText('草稿', { exact: true }).waitFor();
    // What the form asked for is what the topic now says.
    const detail = (label, value) => editor.getByRole('cell', { name: new RegExp(`^${label}\\s*:?\\s*${value}$`) });
    await detail('计划报道时间', `${zhDay(1)} 至 ${zhDay(20)}`).waitFor();
    await detail('主题', '长江大保护').waitFor();
    await detail('涉及省市', '湖北').waitFor();
    await detail('涉及城市', '荆州').waitFor();
    await detail('目标传播渠道', '微信公众号').waitFor();
    await editor.getByRole('button', { name: '提交联盟审批' }).click();
    await editor.getByText('待审批', { exact: true }).waitFor();

    // 2. The secretariat approves it from the topic page; the editor's open page follows without a reload.
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');
    await secretariat.goto(topicUrl);
    await secretariat.getByRole('button', { name: '批准入选' }).click();
    await secretariat.getByText('已批准', { exact: true }).waitFor();
    await editor.getByText('已批准', { exact: true }).waitFor();
    await secretariat.context().close();

    // 3. The editor adds an assignment in 荆州, due in a few days, one slot.
    await editor.getByRole('button', { name: '添加采访任务' }).click();
    const addDialog = editor.getByRole('dialog', { name: '添加采访任务' });
    await addDialog.getByLabel('任务标题').fill(pieceTitle);
    await addDialog.getByLabel('任务说明').fill('拍摄荆江湿地越冬候鸟，2分钟竖屏短视频。');
    // The format's list closes with an animation that would take the next click on a busy machine.
    await chooseOption(editor, addDialog.getByLabel('体裁'), '视频');
    await addDialog.getByLabel('采访地点').click();
    await addDialog.getByLabel('采访地点').fill('荆州');
    await editor.getByTitle('荆州 · 荆州市融媒体中心', { exact: true }).click();
    // One click on the day sets the due date; the time beside it already reads 18:00 (北京时间), no OK to press.
    await addDialog.getByLabel('截止时间').click();
    await pickDay(editor, day(3));
    assert.equal(await addDialog.getByLabel('截止时刻（北京时间）').inputValue(), '18:00');
    assert.equal(await addDialog.getByLabel('名额').inputValue(), '1');
    await addDialog.getByRole('button', { name: '添加', exact: true }).click();
    await editor.getByText('采访任务已添加').waitFor();
    const board = editor.getByTestId('assignment-board');
    const openColumn = board.getByRole('region', { name: '待认领' });
    await openColumn.getByRole('heading', { name: pieceTitle }).waitFor();
    await openColumn.getByText(new RegExp(`截止 ${zhDay(3)} \\d\\d:\\d\\d`)).waitFor();
    await board.getByText('名额 1 / 1').waitFor();
    await editor.getByText('采用 0 · 认领 0 / 1').waitFor();
    await shot(editor, 'coverage-topic-assignment-added');

    // 4. Before anyone claims: another reporter of 衡阳 has the open assignments open.
    const bystander = await newPage(suite.browser);
    await signIn(bystander, url, 'reporter2.hengyang@demo.example');
    const bystanderListening = whenSubscribed(bystander, 'OpenAssignmentsChanged');
    await bystander.goto(`${url}/assignments`);
    const seenByBystander = bystander.getByTestId('open-assignment').filter({ hasText: pieceTitle });
    await seenByBystander.getByText('名额 1 / 1').waitFor();
    await seenByBystander.getByRole('button', { name: '认领' }).waitFor();
    await bystanderListening;

    // 5. A reporter of 衡阳, on a phone, claims it in one click and hands in the piece.
    const reporter = await newPage(suite.browser, { phone: true });
    await signIn(reporter, url, 'reporter.hengyang@demo.example');
    await reporter.goto(`${url}/assignments`);
    const offer = reporter.getByTestId('open-assignment').filter({ hasText: pieceTitle });
    await offer.getByText('荆州 · 湖北').waitFor();
    await offer.getByTestId('distance').waitFor();
    assert.ok((await horizontalOverflow(reporter)) <= 0, 'the open assignments scroll sideways at 375 px');
    await shot(reporter, 'coverage-open-assignments-phone');
    await offer.getByRole('button', { name: '认领' }).click();
    await reporter.getByText(`已认领「${pieceTitle}」`).waitFor();
    // The list reloads after a claim and holds open slots only: the now-full assignment leaves it.
    await offer.waitFor({ state: 'detached' });

    // …and both open pages see the claim without a reload.
    await seenByBystander.getByText('名额已满').waitFor();
    assert.equal(await seenByBystander.getByRole('button', { name: '认领' }).count(), 0);
    await editor.getByText('采用 0 · 认领 1 / 1').waitFor();
    await board.getByRole('region', { name: '进行中' }).getByRole('heading', { name: pieceTitle }).waitFor();
    await board.getByText('名额 0 / 1').waitFor();
    await bystander.context().close();

    await reporter.goto(`${url}/my-work`);
    const toWrite = reporter.getByRole('region', { name: '待提交' }).getByTestId('my-claim').filter({ hasText: pieceTitle });
    await toWrite.getByRole('button', { name: '提交稿件' }).click();
    const submitDialog = reporter.getByRole('dialog', { name: `提交稿件：${pieceTitle}` });
    await submitDialog.getByLabel('稿件正文或说明').fill('《候鸟归来》竖屏短视频初剪，附拍摄点位与字幕稿。');
    await submitDialog.getByRole('button', { name: '添加链接' }).click();
    await submitDialog.getByLabel('链接 1', { exact: true }).fill('https://pan.example/jingjiang/houniao-v1.mp4');
    await submitDialog.getByRole('button', { name: '提交稿件' }).click();
    await reporter.getByText('稿件已提交，等待编辑审核').waitFor();
    await reporter.getByRole('region', { name: '待审核' }).getByText(pieceTitle).waitFor();

    // 6. The editor, from the review queue, sends it back with a comment.
    const queue = await editor.context().newPage();
    await queue.goto(`${url}/my-work`);
    const review = queue.getByTestId('review-item').filter({ hasText: pieceTitle });
    await review.getByText('《候鸟归来》竖屏短视频初剪').waitFor();
    await shot(queue, 'coverage-review-queue');
    await review.getByRole('button', { name: '退回修改' }).click();
    const sendBack = queue.getByRole('dialog');
    await sendBack.getByLabel('修改意见').fill(comment);
    await sendBack.getByRole('button', { name: '退回修改' }).click();
    await queue.getByText(/已将稿件退回 .+ 修改/).waitFor();
    await review.waitFor({ state: 'detached' });
    await queue.close();

    // The reporter is told (the bell), follows the notification to their work, reads the comment and resubmits.
    await reporter.getByTestId('notification-bell').click();
    await reporter.getByRole('link', { name: `您为「${pieceTitle}」提交的稿件需要修改` }).click();
    await reporter.waitForURL(/\/my-work\?tab=claims$/);
    const sentBack = reporter.getByRole('region', { name: '需修改' }).getByTestId('my-claim').filter({ hasText: pieceTitle });
    await sentBack.getByText(comment).waitFor();
    await shot(reporter, 'coverage-my-work-changes-requested');
    await sentBack.getByRole('button', { name: '重新提交' }).click();
    const resubmitDialog = reporter.getByRole('dialog', { name: `修改后重新提交：${pieceTitle}` });
    await resubmitDialog.getByTestId('editor-comment').getByText(comment).waitFor();
    assert.equal(await resubmitDialog.getByLabel('链接 1', { exact: true }).inputValue(), 'https://pan.example/jingjiang/houniao-v1.mp4');
    await resubmitDialog.getByLabel('稿件正文或说明').fill('《候鸟归来》修改版：补充保护区管理处采访，候鸟种类数据已核实。');
    await resubmitDialog.getByRole('button', { name: '重新提交' }).click();
    await reporter.getByText('已重新提交，等待编辑审核').waitFor();
    await reporter.getByRole('region', { name: '待审核' }).getByText(pieceTitle).waitFor();

    // The editor accepts it on the topic page and records where it ran.
    const card = board.getByTestId('assignment-card').filter({ hasText: pieceTitle });
    await card.getByRole('button', { name: '查看认领（1）' }).click();
    const claim = card.getByTestId('claim-item');
    await claim.getByText('补充保护区管理处采访').waitFor();
    await claim.getByText('衡阳日报社').waitFor();
    await claim.getByRole('button', { name: '采用' }).click();
    await editor.getByRole('tooltip').getByRole('button', { name: '采用' }).click();
    await editor.getByText(/已采用 .+ 的稿件/).waitFor();
    // With its one slot accepted the card moves to 已完成 with its claims still open, and no longer offers edit or cancel.
    const done = board.getByRole('region', { name: '已完成' }).getByTestId('assignment-card').filter({ hasText: pieceTitle });
    await done.getByRole('button', { name: '收起认领' }).waitFor();
    assert.equal(await done.getByRole('button', { name: '编辑' }).count(), 0);
    assert.equal(await done.getByRole('button', { name: '取消任务' }).count(), 0);
    await claim.getByText('已采用', { exact: true }).waitFor();
    await claim.getByRole('button', { name: '登记刊发' }).click();
    const publish = editor.getByRole('dialog', { name: `登记刊发：${pieceTitle}` });
    // The outlet starts as the reporter's own newsroom.
    assert.match(await publish.locator('.ant-form-item').filter({ hasText: '刊发单位' }).innerText(), /衡阳日报社/);
    await chooseOption(editor, publish.getByLabel('刊发渠道'), '客户端');
    await publish.getByLabel('链接').fill('https://www.hengyangnews.example/2026/houniao.html');
    await publish.getByLabel('阅读量').fill('12345');
    await publish.getByLabel('转发量').fill('321');
    await publish.getByLabel('点赞量').fill('678');
    await publish.getByRole('button', { name: '登记刊发' }).click();
    await editor.getByText('刊发记录已登记').waitFor();
    await publish.waitFor({ state: 'detached' });

    const reach = editor.getByTestId('topic-reach');
    await reach.getByText('采用 1 · 认领 1 / 1').waitFor();
    await reach.getByText('12,345').waitFor();
    const figures = (await reach.innerText()).replace(/\s+/g, ' ');
    assert.match(figures, /刊发篇次 1 刊发单位 1 阅读量 12,345 转发量 321 点赞量 678/);
    await board.getByRole('region', { name: '已完成' }).getByRole('heading', { name: pieceTitle }).waitFor();
    await claim.getByRole('link', { name: /衡阳日报社 · 客户端/ }).waitFor();
    await shot(editor, 'coverage-topic-published');

    // The reporter's work shows where the piece ran.
    await reporter.goto(`${url}/my-work`);
    const accepted = reporter.getByRole('region', { name: '已采用' }).getByTestId('my-claim').filter({ hasText: pieceTitle });
    await accepted.getByText('阅读 12,345 · 转发 321 · 点赞 678').waitFor();
    await shot(reporter, 'coverage-my-work-phone');

    await editor.context().close();
    await reporter.context().close();
  });
});
