import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

describe.each(DATABASE_KINDS)('calendar and ICS feed on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 60_000);
  afterAll(() => server.close());

  it("puts a reporter's claimed assignment and the topic window in the calendar and in a revocable private ICS feed", async () => {
    const editor = await signedIn(server.url, 'editor.yichang@demo.example');
    const reporter = await signedIn(server.url, 'reporter.yichang@demo.example');
    const topicId = await approvedTopic(editor, await signedIn(server.url, 'secretariat@demo.example'));
    const assignmentId = await assignmentOn(editor, topicId, await memberIdOf(editor, 'yichang'), 1, 3);
    await reporter.data(CLAIM, { id: assignmentId });

    const from = new Date().toISOString();
    const to = new Date(Date.now() + 30 * 864e5).toISOString();
    const { calendar } = await reporter.data<{ calendar: { kind: string; title: string; assignment: { id: string } | null }[] }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { kind title start end assignment { id } topic { id } } }`,
      { from, to },
    );
    expect(calendar.some((entry) => entry.kind === 'ASSIGNMENT_DUE' && entry.assignment?.id === assignmentId)).toBe(true);
    expect(calendar.some((entry) => entry.kind === 'TOPIC_WINDOW')).toBe(true);
    const tooLong = await reporter.request(`query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { title } }`, { from, to: new Date(Date.now() + 90 * 864e5).toISOString() });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');

    const { createIcsFeed } = await reporter.data<{ createIcsFeed: string }>(`mutation { createIcsFeed }`);
    expect((await reporter.data<{ me: { hasIcsFeed: boolean } }>(`{ me { hasIcsFeed } }`)).me.hasIcsFeed).toBe(true);
    const feedPath = new URL(createIcsFeed).pathname;
    const feed = await fetch(`${server.url}${feedPath}`);
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await feed.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('岸线修复现场探访');

    await reporter.data(`mutation { revokeIcsFeed }`);
    expect((await fetch(`${server.url}${feedPath}`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/not-a-real-token-at-all-0000.ics`)).status).toBe(404);
  });
});
