import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from '../support/accessibility.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { useAppAndBrowser } from '../support/suite.mjs';
import { gql, horizontalOverflow, signIn } from '../support/flows.mjs';
import { allianceDateTimeText, LOS_ANGELES } from '../support/alliance-time.mjs';

const ME = `{ me { id displayName member { id nameZh } } }`;

/**
 * Assigning directly (issue 11): an editor offers a slot to a named reporter of another member from the topic page;
 * the reporter, on a phone, sees it arrive live on the home page and accepts it in one click; a second reporter,
 * in English, opens the offer from the notification and declines it with a reason; the slot comes back. The phone
 * keeps Los Angeles time, the other browsers China time: the deadline reads the same Beijing time in each, labelled
 * only outside China.
 */
describe('assigning directly: an editor offers a slot to a named reporter', () => {
  const suite = useAppAndBrowser();

  it('offers from the topic page; one reporter accepts from home on a phone, another declines in English', async () => {
    const url = suite.app.url;
    const title = `江豚巡护直播 ${Date.now().toString(36).slice(-5)}`;

    const editor = await newPage(suite.browser);
    await signIn(editor, url, 'editor.jingzhou@demo.example');
    // A running topic of Jingzhou's in the demo alliance, with a new two-slot assignment (the assignment form has its own test).
    const { me: editorMe } = await gql(editor, ME);
    const { topics } = await gql(editor, `{ topics(filter: { mine: true, states: [IN_PROGRESS, APPROVED] }, first: 1) { nodes { id } } }`);
    const topicId = topics.nodes[0].id;
    const dueAt = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();
    const { createAssignment } = await gql(editor, `mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }`, {
      input: { topicId, title, brief: '长江江豚巡护队夜间巡江，直播连线。', format: 'LIVE', locationMemberId: editorMe.member.id, dueAt, slots: 2 },
    });

    // The reporter of 衡阳 waits on the home page of a phone, in Los Angeles this week.
    const reporter = await newPage(suite.browser, { phone: true, timezoneId: LOS_ANGELES });
    await signIn(reporter, url, 'reporter.hengyang@demo.example');
    const { me: reporterMe } = await gql(reporter, ME);

    // 1. The editor offers a slot from the assignment's card: 指派记者, search by member, pick, send (4 clicks).
    await editor.goto(`${url}/topics/${topicId}`);
    const card = editor.locator(`#assignment-${createAssignment.id}`);
    await card.getByRole('button', { name: '指派记者' }).click();
    const dialog = editor.getByRole('dialog', { name: `指派记者：${title}` });
    // The reporter field takes the focus as the dialog opens: typing searches at once.
    await editor.waitForFunction((field) => field === document.activeElement, await dialog.getByLabel('记者').elementHandle());
    await dialog.getByLabel('记者').fill('衡阳');
    const option = editor.getByTitle(`${reporterMe.displayName} · ${reporterMe.member.nameZh}`, { exact: true });
    await option.waitFor();
    await screenshot(editor, 'offers-picker');
    await expectAccessible(editor, 'offers-picker');
    await option.click();
    await dialog.getByRole('button', { name: '发出指派' }).click();
    await editor.getByText(`已指派给 ${reporterMe.displayName}，等待对方答复`).waitFor();
    await card.getByTestId('offered-count').getByText('1 个名额已指派待答复').waitFor();
    await card.getByText('名额 1 / 2').waitFor();

    // 2. It reaches the reporter's home live; one click accepts it.
    const offers = reporter.getByTestId('my-offers');
    const row = offers.getByTestId('offer-row').filter({ hasText: title });
    await row.getByText(editorMe.displayName).waitFor();
    await row.getByText(`截止 ${allianceDateTimeText(dueAt, { labelled: true })}`, { exact: false }).waitFor();
    assert.ok((await horizontalOverflow(reporter)) <= 0, 'the home page scrolls sideways at 375 px');
    await screenshot(reporter, 'offers-home-phone');
    await expectAccessible(reporter, 'offers-home-phone');
    await row.getByRole('button', { name: '接受' }).click();
    await reporter.getByText(`已接受：「${title}」现在是您的任务`).waitFor();
    await row.waitFor({ state: 'detached' });
    await reporter.getByTestId('my-open-claims').getByText(title).waitFor();
    // The editor's page follows: the slot is the reporter's claim now, no longer an open offer.
    await card.getByTestId('offered-count').waitFor({ state: 'detached' });
    await card.getByText('名额 1 / 2').waitFor();
    await reporter.context().close();

    // 3. The second slot goes to another reporter of 衡阳, who reads in English and declines from the notification.
    const second = await newPage(suite.browser);
    await signIn(second, url, 'reporter2.hengyang@demo.example');
    await second.getByTestId('lang-switch').click();
    const { me: secondMe } = await gql(second, ME);
    await gql(editor, `mutation($a: ID!, $r: ID!) { offerAssignment(assignmentId: $a, reporterId: $r) { id } }`, { a: createAssignment.id, r: secondMe.id });
    await card.getByText('名额 0 / 2').waitFor();
    await second.goto(`${url}/notifications`);
    await second.getByRole('link', { name: `${editorMe.displayName} offers you the assignment "${title}": accept or decline` }).click();
    const waiting = second.getByRole('region', { name: 'Offers waiting for my answer' }).getByTestId('my-claim').filter({ hasText: title });
    await waiting.getByText(`Offered to you by ${editorMe.displayName}`, { exact: false }).waitFor();
    await waiting.getByText(`Due ${allianceDateTimeText(dueAt, { english: true })}`, { exact: true }).waitFor();
    await screenshot(second, 'offers-my-work-en');
    await expectAccessible(second, 'offers-my-work-en');
    await waiting.getByRole('button', { name: 'Decline' }).click();
    const decline = second.getByRole('dialog', { name: `Decline "${title}"` });
    await decline.getByLabel('Reason (optional)').fill('On another story in Nanyue that night');
    await decline.getByRole('button', { name: 'Decline' }).click();
    await second.getByText(`Declined "${title}"`).waitFor();

    // The slot is open again on the editor's card, and the reason is there for the editor.
    await card.getByText('名额 1 / 2').waitFor();
    await card.getByRole('button', { name: /查看认领/ }).click();
    await card.getByText('婉拒原因：On another story in Nanyue that night').waitFor();
    await screenshot(editor, 'offers-topic-card');
    await expectAccessible(editor, 'offers-topic-card');
  });
});
