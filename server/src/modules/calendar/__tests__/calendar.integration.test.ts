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

  it('writes windows and event days as the calendar dates they are (all-day, exclusive DTEND) and deadlines as UTC instants', async () => {
    const reporter = await signedIn(server.url, 'reporter.hengyang@demo.example');
    const trip = '百家党媒看荆州：楚文化与“4611”产业新图景';
    const ban = '长江十年禁渔：沿江城市的生态答卷';

    // In the API: a window is a span of dates; its instants are alliance midnights, the end exclusive.
    const { calendar } = await reporter.data<{ calendar: { kind: string; title: string; allDay: boolean; startsOn: string | null; endsOn: string | null; start: string; end: string }[] }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { kind title allDay startsOn endsOn start end } }`,
      { from: '2026-12-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' },
    );
    expect(calendar.find((entry) => entry.kind === 'TOPIC_WINDOW' && entry.title === trip)).toMatchObject({
      allDay: true,
      startsOn: '2026-12-16',
      endsOn: '2026-12-19',
      start: '2026-12-15T16:00:00.000Z',
      end: '2026-12-19T16:00:00.000Z',
    });

    const { createIcsFeed } = await reporter.data<{ createIcsFeed: string }>(`mutation { createIcsFeed }`);
    const events = parseIcs(await (await fetch(`${server.url}${new URL(createIcsFeed).pathname}`)).text());
    const one = (kind: string, summary: string) => {
      const found = events.filter((event) => event.UID?.value.startsWith(`${kind}-`) && event.SUMMARY?.value === summary);
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    // The trip's coverage window, Dec 16–19: DTEND is the day after the last (RFC 5545), so a phone shows Dec 16–19.
    const window = one('TOPIC_WINDOW', trip);
    expect(window.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20261216' });
    expect(window.DTEND).toEqual({ params: 'VALUE=DATE', value: '20261220' });
    // A window ending on the year's last day ends on it, not on New Year's Day.
    const yearEnd = one('TOPIC_WINDOW', ban);
    expect(yearEnd.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20261101' });
    expect(yearEnd.DTEND).toEqual({ params: 'VALUE=DATE', value: '20270101' });
    // The demo trip's days, the same way.
    const days = one('EVENT_DAYS', '百家党媒看荆州主题采访活动');
    expect(days.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20261216' });
    expect(days.DTEND).toEqual({ params: 'VALUE=DATE', value: '20261220' });
    // A deadline (Dec 17, 18:00 Beijing time) is an instant in UTC.
    const due = one('ASSIGNMENT_DUE', `楚文化数字产业园探访 · ${trip}`);
    expect(due.DTSTART).toEqual({ params: '', value: '20261217T100000Z' });
    await reporter.data(`mutation { revokeIcsFeed }`);
  });
});

/** The properties of each VEVENT of an ICS document (lines unfolded), by name: parameters and value. */
function parseIcs(ics: string): Record<string, { params: string; value: string }>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, { params: string; value: string }>[] = [];
  let current: Record<string, { params: string; value: string }> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      current[name] = { params: params.join(';'), value: line.slice(colon + 1).replace(/\\([,;\\])/g, '$1') };
    }
  }
  return events;
}
