import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { startTestServer, type TestServer } from '../../../test-support/test-server';

interface Inbox {
  notifications: { unreadCount: number; totalCount: number; nodes: { id: string; kind: string; readAt: string | null }[] };
}
const INBOX = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly, first: 50) { unreadCount totalCount nodes { id kind readAt } } }`;

describe('the notification inbox', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded');
  }, 60_000);
  afterAll(() => server.close());

  it('reminds a reporter once of a claim due within 24 hours, and counts and clears unread items', async () => {
    const editor = await signedIn(server.url, 'editor.huzhou@demo.example');
    const reporter = await signedIn(server.url, 'reporter.huzhou@demo.example');
    const topicId = await approvedTopic(editor, await signedIn(server.url, 'secretariat@demo.example'));
    const huzhou = await memberIdOf(editor, 'huzhou');
    await reporter.data(CLAIM, { id: await assignmentOn(editor, topicId, huzhou, 1, 0.5) });
    await reporter.data(CLAIM, { id: await assignmentOn(editor, topicId, huzhou, 1, 3) });

    const first = await server.services.notifications.remindDueSoon();
    const again = await server.services.notifications.remindDueSoon();
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);

    const { notifications } = await reporter.data<Inbox>(INBOX, { unreadOnly: true });
    expect(notifications.nodes.map((n) => n.kind)).toEqual(['DUE_SOON']);
    expect(notifications.unreadCount).toBe(1);

    const editorInbox = await editor.data<Inbox>(INBOX, {});
    // Approved, and two claims.
    expect(editorInbox.notifications.nodes.map((n) => n.kind)).toEqual(['ASSIGNMENT_CLAIMED', 'ASSIGNMENT_CLAIMED', 'TOPIC_APPROVED']);
    expect(editorInbox.notifications.unreadCount).toBe(3);
    const [newest] = editorInbox.notifications.nodes;
    expect(await reporter.data(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [newest!.id] })).toEqual({ markNotificationsRead: 0 });
    expect(await editor.data(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [newest!.id] })).toEqual({ markNotificationsRead: 1 });
    expect((await editor.data<Inbox>(INBOX, {})).notifications.unreadCount).toBe(2);
    await editor.data(`mutation { markAllNotificationsRead }`);
    expect((await editor.data<Inbox>(INBOX, {})).notifications.unreadCount).toBe(0);
  });
});
