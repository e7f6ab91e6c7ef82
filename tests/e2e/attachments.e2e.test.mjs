import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDateTimeText, LOS_ANGELES } from '../support/alliance-time.mjs';

const MiB = 1024 * 1024;
/** Alliance calendar dates, `days` from today (Asia/Shanghai). */
const allianceDate = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A photo: a real PNG with a gradient, so the server has something to make a thumbnail of. */
function photo() {
  const png = new PNG({ width: 1200, height: 800 });
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const i = (png.width * y + x) << 2;
      png.data[i] = (x * 255) / png.width;
      png.data[i + 1] = 120;
      png.data[i + 2] = (y * 255) / png.height;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** A video-like file of `size` bytes: an MP4 signature (an `ftyp` box), then random bytes; written to disk, as a camera's file would be. */
function videoFile(size) {
  const box = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yah-video-')), '江豚巡护-航拍.mp4');
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, box);
  for (let written = box.length; written < size; written += 4 * MiB) fs.writeSync(fd, randomBytes(Math.min(4 * MiB, size - written)));
  fs.closeSync(fd);
  return file;
}

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('attachments: a reporter hands in a large video and a photo with a claim; reviewers see and download them', () => {
  const suite = useAppAndBrowser();

  it('uploads a 64 MB video through a dropped connection (it resumes), the editor sees the thumbnail and downloads the same bytes, a stranger may not', async () => {
    const { url } = suite.app;
    const editor = await newPage(suite.browser);
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    const secretariat = await newPage(suite.browser);
    await signIn(secretariat, url, 'secretariat@demo.example');

    // A topic of Jingzhou's with one assignment, set up through the API (the screens for it are tested elsewhere).
    const pieceTitle = `江豚巡护纪实 ${Date.now().toString(36)}`;
    const { createTopic } = await gql(editor, 'mutation($input: TopicInput!) { createTopic(input: $input) { id } }', {
      input: { title: '长江江豚保护联合报道', brief: '沿江成员单位记录江豚巡护与栖息地修复。', themes: ['长江大保护'], provinceCodes: ['420000'], cities: ['荆州'], windowStart: allianceDate(0), windowEnd: allianceDate(60), targetChannels: ['APP'] },
    });
    await gql(editor, 'mutation($id: ID!) { proposeTopic(id: $id) { id } }', { id: createTopic.id });
    await gql(secretariat, 'mutation($id: ID!) { approveTopic(id: $id) { id } }', { id: createTopic.id });
    const { members } = await gql(editor, '{ members(search: "jingzhou", first: 5) { nodes { id slug } } }');
    const jingzhou = members.nodes.find((member) => member.slug === 'jingzhou').id;
    const { createAssignment } = await gql(editor, 'mutation($input: AssignmentInput!) { createAssignment(input: $input) { id dueAt } }', {
      input: { topicId: createTopic.id, title: pieceTitle, brief: '航拍江豚巡护与夜间巡查', format: 'VIDEO', locationMemberId: jingzhou, dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), slots: 1 },
    });

    // The reporter is filming abroad (Los Angeles time); the editor reviews in China.
    const reporter = await newPage(suite.browser, { timezoneId: LOS_ANGELES });
    await signIn(reporter, url, 'reporter.hengyang@demo.example');
    await gql(reporter, 'mutation($id: ID!) { claimAssignment(assignmentId: $id) { id } }', { id: createAssignment.id });

    const video = videoFile(64 * MiB);
    const png = photo();
    await reporter.goto(`${url}/my-work`);
    const card = reporter.getByTestId('my-claim').filter({ hasText: pieceTitle });
    await card.getByText(`截止 ${allianceDateTimeText(createAssignment.dueAt, { labelled: true })}`, { exact: true }).waitFor();
    await card.getByRole('button', { name: '提交稿件' }).click();
    const dialog = reporter.getByRole('dialog', { name: `提交稿件：${pieceTitle}` });
    await dialog.getByLabel('稿件正文或说明').fill('江豚巡护航拍成片与现场照片。');

    // The connection drops while the video is on its way; tus asks where it stopped (HEAD) and goes on from there.
    const heads = [];
    reporter.on('request', (request) => {
      if (request.method() === 'HEAD' && request.url().includes('/uploads/')) heads.push(request.url());
    });
    const picker = dialog.locator('[data-testid="file-picker"] input[type="file"]');
    await picker.setInputFiles(video);
    // Offline once a fifth of it is there.
    await reporter.waitForFunction(() => {
      const item = [...document.querySelectorAll('[data-testid="picked-file"]')].find((node) => node.textContent?.includes('江豚巡护-航拍.mp4'));
      const percent = Number(item?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0);
      return percent >= 20;
    }, null, { timeout: 60_000, polling: 100 });
    await reporter.context().setOffline(true);
    await dialog.getByText('网络已断开，恢复后自动从断点续传').waitFor();
    await screenshot(reporter, 'attachments-upload-offline');
    await expectAccessible(reporter, 'attachments-upload-offline');
    await reporter.context().setOffline(false);
    await picker.setInputFiles({ name: '江豚-现场.png', mimeType: 'image/png', buffer: png });
    await dialog.locator('[data-testid="picked-file"][data-status="done"]').nth(1).waitFor({ timeout: 90_000 }).catch(async (error) => {
      await screenshot(reporter, 'attachments-upload-failed');
      throw new Error(`${error.message}; picked files: ${JSON.stringify(await dialog.getByTestId('picked-file').evaluateAll((items) => items.map((item) => [item.dataset.status, item.textContent])))}`);
    });
    assert.equal(await dialog.locator('[data-testid="picked-file"][data-status="error"]').count(), 0);
    assert.ok(heads.length > 0, 'the upload never asked the server where it stopped: it did not resume');
    await screenshot(reporter, 'attachments-submit-uploaded');
    await expectAccessible(reporter, 'attachments-submit-uploaded');
    await dialog.getByRole('button', { name: '提交稿件' }).click();
    await reporter.getByText('稿件已提交，等待编辑审核').waitFor();
    const submitted = reporter.getByRole('region', { name: '待审核' }).getByTestId('my-claim').filter({ hasText: pieceTitle });
    await submitted.getByRole('link', { name: '下载 江豚巡护-航拍.mp4' }).waitFor();

    // The reviewing editor: the queue shows the thumbnail, names and sizes; the download is byte for byte the upload.
    await editor.goto(`${url}/my-work`);
    const review = editor.getByTestId('review-item').filter({ hasText: pieceTitle });
    const thumbnail = review.getByRole('link', { name: '下载 江豚-现场.png' }).locator('img');
    await thumbnail.waitFor();
    await review.getByText('64 MB').waitFor();
    // Handed in from Los Angeles, read in China: Beijing time, no label.
    const { myClaims } = await gql(reporter, 'query { myClaims(first: 20, states: [SUBMITTED]) { nodes { submittedAt assignment { id } } } }');
    const { submittedAt } = myClaims.nodes.find((claim) => claim.assignment.id === createAssignment.id);
    await review.getByText(allianceDateTimeText(submittedAt), { exact: false }).waitFor();
    assert.equal(await review.getByText('北京时间', { exact: false }).count(), 0);
    assert.ok(await thumbnail.evaluate((img) => img.complete && img.naturalWidth === 320), 'the thumbnail did not load');
    assert.equal(await review.getByRole('button', { name: /删除附件/ }).count(), 0, 'a reviewer is offered to delete the reporter’s files');
    await screenshot(editor, 'attachments-review-queue');
    await expectAccessible(editor, 'attachments-review-queue');
    const [download] = await Promise.all([editor.waitForEvent('download'), review.getByRole('link', { name: '下载 江豚巡护-航拍.mp4' }).click()]);
    assert.equal(download.suggestedFilename(), '江豚巡护-航拍.mp4');
    const downloaded = await download.path();
    assert.equal(fs.statSync(downloaded).size, fs.statSync(video).size);
    assert.equal(sha256(downloaded), sha256(video), 'the downloaded video differs from the uploaded one');
    const videoUrl = await review.getByRole('link', { name: '下载 江豚巡护-航拍.mp4' }).getAttribute('href');
    // The topic page shows them with the claim.
    await editor.goto(`${url}/topics/${createTopic.id}`);
    const assignmentCard = editor.getByTestId('assignment-card').filter({ hasText: pieceTitle });
    await assignmentCard.getByRole('button', { name: /查看认领/ }).click();
    await assignmentCard.getByTestId('claim-item').getByRole('link', { name: '下载 江豚-现场.png' }).locator('img').waitFor();
    await assignmentCard.getByTestId('claim-item').getByRole('link', { name: '下载 江豚巡护-航拍.mp4' }).waitFor();
    await screenshot(editor, 'attachments-topic-page');
    await expectAccessible(editor, 'attachments-topic-page');

    // A reporter of another member may not fetch it, even with the address.
    const stranger = await newPage(suite.browser);
    await signIn(stranger, url, 'reporter.changsha@demo.example');
    assert.equal((await stranger.request.get(`${url}${videoUrl}`)).status(), 403);

    // The reporter, on a phone in English, deletes the photo before the piece is accepted.
    const phone = await newPage(suite.browser, { phone: true });
    await signIn(phone, url, 'reporter.hengyang@demo.example');
    await phone.goto(`${url}/my-work`);
    await phone.getByTestId('lang-switch').click();
    const mine = phone.getByTestId('my-claim').filter({ hasText: pieceTitle });
    await mine.getByRole('link', { name: 'Download 江豚-现场.png' }).waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'my work scrolls sideways at 375 px with attachments');
    await screenshot(phone, 'attachments-my-work-phone-en');
    await expectAccessible(phone, 'attachments-my-work-phone-en');
    await mine.getByRole('button', { name: 'Delete attachment 江豚-现场.png' }).click();
    await phone.getByRole('button', { name: 'OK' }).click();
    await phone.getByText('Attachment deleted').waitFor();
    await mine.getByRole('link', { name: 'Download 江豚-现场.png' }).waitFor({ state: 'detached' });

    fs.rmSync(path.dirname(video), { recursive: true, force: true });
    for (const page of [editor, secretariat, reporter, stranger, phone]) await page.context().close();
  });
});
