import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import {
  CANCEL_EVENT,
  CREATE_EVENT,
  createEvent,
  EVENT_FIELDS,
  NEW_EVENT,
  PUBLISH_EVENT,
  publishedEvent,
  registerDirectly,
  UPDATE_EVENT,
  type EventResult,
} from './event-fixtures';

const EVENTS = `query($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id title kind status startsOn endsOn } }
}`;
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
type EventNode = { id: string; title: string; kind: string; status: string; startsOn: string; endsOn: string };
type EventsPage = { events: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: EventNode[] } };

const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind detail event { id title } } } }`;
type Notes = { notifications: { nodes: { kind: string; detail: string | null; event: { id: string; title: string } | null }[] } };

describe.each(DATABASE_KINDS)('events on %s', (kind) => {
  let server: TestServer;
  let chief: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherChief: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let otherReporter: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let hengyang: string;
  let secretariatUnit: string;

  const notesOf = async (client: GraphQLTestClient, eventId: string) => (await client.data<Notes>(NOTIFICATIONS)).notifications.nodes.filter((note) => note.event?.id === eventId);
  /** The event as the viewer reads it; null when it answered NOT_FOUND (and only then). */
  const eventAs = async (client: GraphQLTestClient, id: string) => {
    const result = await client.request<{ event: EventResult | null }>(EVENT, { id });
    if (result.errors) {
      expect(errorCode(result)).toBe('NOT_FOUND');
      return null;
    }
    return result.data!.event;
  };
  const listAs = async (client: GraphQLTestClient, filter: Record<string, unknown> = {}, first = 100, after: string | null = null) =>
    (await client.data<EventsPage>(EVENTS, { filter, first, after })).events;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [chief, editor, reporter, otherChief, otherEditor, otherReporter, secretariat] = await Promise.all([
      as('chief.jingzhou'),
      as('editor.jingzhou'),
      as('reporter.jingzhou'),
      as('chief.hengyang'),
      as('editor.hengyang'),
      as('reporter.hengyang'),
      as('secretariat'),
    ]);
    hengyang = await memberIdOf(editor, 'hengyang');
    [{ id: secretariatUnit }] = await server.database.dataSource.query(`SELECT id FROM members WHERE alliance_role = 'SECRETARIAT'`);
  }, 60_000);
  afterAll(() => server.close());

  it('opens on the Jingzhou trip: four days, a twelve-stop itinerary, materials and topics; drafts only for their managers', async () => {
    const upcoming = await listAs(otherEditor);
    const trip = upcoming.nodes.find((node) => node.title === '百家党媒看荆州主题采访活动');
    expect(trip).toMatchObject({ kind: 'TRIP', status: 'PUBLISHED', startsOn: '2026-12-16', endsOn: '2026-12-19' });
    // Soonest first, and nothing already over.
    expect(upcoming.nodes.map((node) => node.startsOn)).toEqual([...upcoming.nodes.map((node) => node.startsOn)].sort());
    expect(upcoming.nodes.every((node) => node.endsOn >= '2026-11-30')).toBe(true);
    expect(upcoming.nodes.some((node) => node.status === 'DRAFT')).toBe(false);

    const event = await eventAs(otherEditor, trip!.id);
    expect(event).toMatchObject({ host: { slug: 'jingzhou' }, capacity: 120, placesPerMember: 4, placesTaken: 120, phase: 'REGISTRATION_OPEN', viewerInvited: true, invitedMembers: [] });
    expect(event!.viewerActions).toEqual(['REGISTER']);
    expect(event!.days.map((day) => [day.date, day.stops.length])).toEqual([
      ['2026-12-16', 3],
      ['2026-12-17', 4],
      ['2026-12-18', 4],
      ['2026-12-19', 1],
    ]);
    expect(event!.days[0]!.stops[0]).toMatchObject({ startsAt: '09:30', endsAt: '11:30', activity: expect.stringContaining('开幕式暨'), checkedInCount: 107 });
    expect(event!.materials).toHaveLength(2);
    expect(event!.topics.length).toBeGreaterThanOrEqual(1);
    // The secretariat manages it, but is never invited.
    // (Checking in opens on the trip's first day.)
    expect(await eventAs(secretariat, trip!.id)).toMatchObject({ viewerInvited: false, viewerActions: expect.arrayContaining(['EDIT', 'CANCEL', 'MANAGE_REGISTRATIONS', 'EXPORT_ROSTER']) });

    const training = upcoming.nodes.find((node) => node.kind === 'TRAINING')!;
    expect((await eventAs(otherEditor, training.id))!.viewerInvited).toBe(true);
    const changsha = await signedIn(server.url, 'editor.changsha@demo.example');
    expect((await eventAs(changsha, training.id))!.viewerInvited).toBe(false);

    const draftTitle = '长江三峡生态行联合采访（筹备中）';
    const [draft]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM events WHERE title = $1`, [draftTitle]);
    expect(await eventAs(otherEditor, draft!.id)).toBeNull();
    const yichang = await signedIn(server.url, 'editor.yichang@demo.example');
    expect((await eventAs(yichang, draft!.id))!.status).toBe('DRAFT');
    expect((await listAs(yichang)).nodes.some((node) => node.id === draft!.id)).toBe(true);
    expect((await listAs(secretariat)).nodes.some((node) => node.id === draft!.id)).toBe(true);
    // A reporter of the host does not manage it.
    expect(await eventAs(await signedIn(server.url, 'reporter.yichang@demo.example'), draft!.id)).toBeNull();

    const past = await listAs(otherEditor, { when: 'PAST' });
    expect(past.nodes.map((node) => node.title)).toContain('联盟筹备工作会议');
    expect(past.nodes.every((node) => node.endsOn < '2026-11-30')).toBe(true);
    expect((await listAs(otherEditor, { kinds: ['CONFERENCE'], when: 'ALL' })).nodes.every((node) => node.kind === 'CONFERENCE')).toBe(true);
    const jingzhouId = await memberIdOf(editor, 'jingzhou');
    expect((await listAs(otherEditor, { hostMemberId: jingzhouId, when: 'ALL' })).nodes.map((node) => node.title).sort()).toEqual(['百家党媒看荆州主题采访活动', '联盟筹备工作会议'].sort());
  });

  it('lets chief editors create for their own member and the secretariat for any; editors and reporters create nothing', async () => {
    expect(errorCode(await editor.request(CREATE_EVENT, { input: NEW_EVENT }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(CREATE_EVENT, { input: NEW_EVENT }))).toBe('FORBIDDEN');
    expect(errorCode(await chief.request(CREATE_EVENT, { input: { ...NEW_EVENT, hostMemberId: hengyang } }))).toBe('FORBIDDEN');
    const own = await createEvent(chief);
    expect(own).toMatchObject({ status: 'DRAFT', phase: 'DRAFT', version: 1, host: { slug: 'jingzhou' }, viewerActions: ['EDIT', 'PUBLISH', 'CANCEL', 'EXPORT_ROSTER'] });
    expect(own.days.map((day) => day.date)).toEqual(['2027-03-10', '2027-03-11', '2027-03-12']);
    expect(own.days[1]!.stops[0]).toMatchObject({ startsAt: '14:30', endsAt: null, place: '荆州港盐卡港区' });
    const forHengyang = await createEvent(secretariat, { hostMemberId: hengyang, title: '衡阳承办的培训' });
    expect(forHengyang.host.slug).toBe('hengyang');

    // A draft is seen by its host's editors and the secretariat only.
    expect((await eventAs(editor, own.id))!.id).toBe(own.id);
    expect(await eventAs(otherChief, own.id)).toBeNull();
    expect(await eventAs(reporter, own.id)).toBeNull();
    expect((await eventAs(otherChief, forHengyang.id))!.viewerActions).toContain('PUBLISH');
    expect((await listAs(otherEditor, { when: 'ALL' })).nodes.some((node) => node.id === own.id)).toBe(false);
    expect(errorCode(await otherChief.request(PUBLISH_EVENT, { id: own.id }))).toBe('NOT_FOUND');

    const audit: { action: string; after: { title: string } }[] = await server.database.dataSource.query(`SELECT action, after FROM audit_log WHERE entity_id = $1`, [own.id]);
    expect(audit).toEqual([expect.objectContaining({ action: 'event.create', after: expect.objectContaining({ title: NEW_EVENT.title }) })]);
  });

  it('refuses what does not hold together, naming the field', async () => {
    const fieldOf = async (input: Record<string, unknown>) => {
      const result = await chief.request(CREATE_EVENT, { input: { ...NEW_EVENT, ...input } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const error = result.errors?.[0];
      return { message: error?.message ?? '', fields: Object.keys((error?.extensions?.fields as Record<string, string> | undefined) ?? {}) };
    };
    expect((await fieldOf({ endsOn: '2027-03-09' })).fields).toEqual(['endsOn']);
    expect((await fieldOf({ endsOn: '2027-04-10' })).message).toMatch(/at most 31 days/);
    expect((await fieldOf({ startsOn: '2027-02-30' })).message).toMatch(/startsOn/);
    expect((await fieldOf({ stops: [{ ...NEW_EVENT.stops[0], day: '2027-03-13' }] })).fields).toEqual(['stops.0.day']);
    expect((await fieldOf({ stops: [{ ...NEW_EVENT.stops[0], startsAt: '25:00' }] })).message).toMatch(/HH:MM/);
    expect((await fieldOf({ stops: [{ ...NEW_EVENT.stops[0], endsAt: '08:00' }] })).fields).toEqual(['stops.0.endsAt']);
    expect((await fieldOf({ registrationClosesAt: '2027-03-10T16:00:00.000Z' })).fields).toEqual(['registrationClosesAt']);
    // Until the last minute of the first day (Beijing time) is fine.
    expect((await createEvent(chief, { registrationClosesAt: '2027-03-10T15:59:00.000Z' })).status).toBe('DRAFT');
    expect((await fieldOf({ capacity: 1, placesPerMember: 2 })).fields).toEqual(['placesPerMember']);
    expect((await fieldOf({ latitude: 60 })).message).toMatch(/latitude/);
    expect((await fieldOf({ latitude: null })).fields).toEqual(['latitude']);
    expect((await fieldOf({ invitesAllMembers: false, invitedMemberIds: [secretariatUnit] })).fields).toEqual(['invitedMemberIds']);
    expect((await fieldOf({ invitesAllMembers: false, invitedMemberIds: ['6f0f4a52-0000-4000-8000-000000000000'] })).fields).toEqual(['invitedMemberIds']);
    const [channel]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM resources WHERE area <> 'CONTENT' LIMIT 1`);
    expect((await fieldOf({ materialIds: [channel!.id] })).fields).toEqual(['materialIds']);
    expect((await fieldOf({ hostMemberId: 'not-a-uuid' })).message).toMatch(/hostMemberId/);
  });

  it('edits under a version guard, by the host and the secretariat only, keeping stops sent with their id', async () => {
    const event = await createEvent(chief, { invitesAllMembers: false, invitedMemberIds: [hengyang] });
    expect(event.invitedMembers.map((member) => member.slug)).toEqual(['hengyang']);
    for (const outsider of [otherChief, otherEditor]) expect(errorCode(await outsider.request(UPDATE_EVENT, { id: event.id, version: 1, input: { title: '改标题' } }))).toBe('NOT_FOUND');
    expect(errorCode(await reporter.request(UPDATE_EVENT, { id: event.id, version: 1, input: { title: '改标题' } }))).toBe('NOT_FOUND');

    const kept = event.days[0]!.stops[0]!;
    const { updateEvent } = await editor.data<{ updateEvent: EventResult }>(UPDATE_EVENT, {
      id: event.id,
      version: 1,
      input: {
        title: '长江岸线生态联合采访（调整）',
        stops: [
          { id: kept.id, day: '2027-03-10', startsAt: '08:30', place: kept.place, activity: '出发仪式（提前）' },
          { day: '2027-03-12', startsAt: '10:00', place: '荆州博物馆', activity: '楚文化专题' },
        ],
      },
    });
    expect(updateEvent).toMatchObject({ version: 2, title: '长江岸线生态联合采访（调整）' });
    expect(updateEvent.days.flatMap((day) => day.stops.map((stop) => [stop.day, stop.startsAt, stop.activity]))).toEqual([
      ['2027-03-10', '08:30', '出发仪式（提前）'],
      ['2027-03-12', '10:00', '楚文化专题'],
    ]);
    expect(updateEvent.days[0]!.stops[0]!.id).toBe(kept.id);
    expect(await editor.request(UPDATE_EVENT, { id: event.id, version: 1, input: { title: '过期的修改' } })).toMatchObject({
      errors: [{ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
    });
    // A stop of another event is not kept here.
    const other = await createEvent(chief);
    const foreign = other.days[0]!.stops[0]!;
    expect(errorCode(await editor.request(UPDATE_EVENT, { id: event.id, version: 2, input: { stops: [{ id: foreign.id, day: '2027-03-10', startsAt: '09:00', place: 'x', activity: 'y' }] } }))).toBe(
      'BAD_USER_INPUT',
    );
    const bySecretariat = await secretariat.data<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version: 2, input: { invitesAllMembers: true } });
    expect(bySecretariat.updateEvent).toMatchObject({ version: 3, invitedMembers: [] });
    const audit: { action: string; before: { title: string }; after: { title: string } }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'event.update' ORDER BY id`,
      [event.id],
    );
    expect(audit[0]).toMatchObject({ before: { title: NEW_EVENT.title }, after: { title: '长江岸线生态联合采访（调整）' } });
  });

  it('keeps a stop someone was checked in at, and places above what is taken and held', async () => {
    const event = await publishedEvent(chief, { capacity: 6, placesPerMember: 2 });
    const [participant] = await registerDirectly(server.database.dataSource, event.id, 'hengyang', 'editor.hengyang', [
      { account: 'reporter.hengyang', status: 'PLACED' },
      { guest: '王摄影', status: 'PLACED' },
    ]);
    await registerDirectly(server.database.dataSource, event.id, 'yueyang', 'editor.yueyang', [
      { guest: '刘记者', status: 'PLACED' },
      { guest: '陈记者', status: 'PLACED' },
    ]);
    const stop = event.days[0]!.stops[0]!;
    const [staff]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM users WHERE email = 'editor.jingzhou@demo.example'`);
    await server.database.dataSource.query(`INSERT INTO event_check_ins (event_id, stop_id, participant_id, method, checked_in_by_id, checked_in_at) VALUES ($1, $2, $3, 'LIST', $4, now())`, [
      event.id,
      stop.id,
      participant,
      staff!.id,
    ]);
    expect((await eventAs(editor, event.id))!.days[0]!.stops[0]!.checkedInCount).toBe(1);
    const second = event.days[1]!.stops[0]!;
    const withoutFirst = { stops: [{ id: second.id, day: second.day, startsAt: second.startsAt, place: second.place, activity: second.activity }] };
    expect(await editor.request(UPDATE_EVENT, { id: event.id, version: event.version, input: withoutFirst })).toMatchObject({
      errors: [{ extensions: { code: 'CONFLICT', reason: 'STOP_HAS_CHECK_INS' } }],
    });
    expect(await editor.request(UPDATE_EVENT, { id: event.id, version: event.version, input: { capacity: 3 } })).toMatchObject({
      errors: [{ extensions: { code: 'CONFLICT', reason: 'PLACES_IN_USE' } }],
    });
    expect(await editor.request(UPDATE_EVENT, { id: event.id, version: event.version, input: { placesPerMember: 1 } })).toMatchObject({
      errors: [{ extensions: { code: 'CONFLICT', reason: 'PLACES_IN_USE' } }],
    });
    // Down to exactly what is taken and held is fine; nothing was changed by the refusals.
    const { updateEvent } = await editor.data<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version: event.version, input: { capacity: 4, placesPerMember: 2 } });
    expect(updateEvent).toMatchObject({ capacity: 4, placesTaken: 4, version: event.version + 1 });
    expect(updateEvent.days[0]!.stops).toHaveLength(1);
  });

  it('never lets places go below what is taken while registrations race an edit (the event row is locked by both)', async () => {
    const dataSource = server.database.dataSource;
    for (let round = 0; round < 6; round += 1) {
      const event = await publishedEvent(chief, { capacity: 5, placesPerMember: 2 });
      await registerDirectly(dataSource, event.id, 'hengyang', 'editor.hengyang', [{ guest: '甲', status: 'PLACED' }, { guest: '乙', status: 'PLACED' }]);
      await registerDirectly(dataSource, event.id, 'yueyang', 'editor.yueyang', [{ guest: '丙', status: 'PLACED' }]);
      // What a registration does: lock the event row, then take a place only below capacity.
      const takePlace = () =>
        dataSource.transaction(async (manager) => {
          await manager.query(`SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE`, [event.id]);
          const [, taken]: [unknown[], number] = await manager.query(`UPDATE events SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken < capacity`, [event.id]);
          return taken;
        });
      const [edit, taken] = await Promise.all([editor.request(UPDATE_EVENT, { id: event.id, version: event.version, input: { capacity: 3 } }), takePlace()]);
      const [row]: { capacity: number; places_taken: number }[] = await dataSource.query(`SELECT capacity, places_taken FROM events WHERE id = $1`, [event.id]);
      if (edit.errors) {
        expect(edit.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLACES_IN_USE' });
        expect([taken, row]).toEqual([1, { capacity: 5, places_taken: 4 }]);
      } else {
        expect([taken, row]).toEqual([0, { capacity: 3, places_taken: 3 }]);
      }
    }
  });

  it('invites on publishing, tells registered people of schedule changes and cancellation, and moves the waiting list up when places grow', async () => {
    const event = await createEvent(chief, { invitesAllMembers: false, invitedMemberIds: [hengyang], capacity: 2, placesPerMember: 2 });
    await chief.data(PUBLISH_EVENT, { id: event.id });
    expect((await notesOf(otherEditor, event.id)).map((note) => note.kind)).toEqual(['EVENT_INVITED']);
    expect((await notesOf(otherChief, event.id)).map((note) => note.kind)).toEqual(['EVENT_INVITED']);
    expect(await notesOf(otherReporter, event.id)).toEqual([]);
    expect(await notesOf(editor, event.id)).toEqual([]);
    expect(errorCode(await chief.request(PUBLISH_EVENT, { id: event.id }))).toBe('CONFLICT');

    await registerDirectly(server.database.dataSource, event.id, 'hengyang', 'editor.hengyang', [
      { account: 'reporter.hengyang', status: 'PLACED' },
      { guest: '李摄像', status: 'PLACED' },
    ]);
    await registerDirectly(server.database.dataSource, event.id, 'jingzhou', 'editor.jingzhou', [{ account: 'reporter.jingzhou', status: 'WAITLISTED' }]);
    let version = (await eventAs(editor, event.id))!.version;
    // A title is not the schedule: nobody is told.
    version = (await editor.data<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version, input: { title: '长江岸线生态联合采访·第二期' } })).updateEvent.version;
    expect((await notesOf(otherReporter, event.id)).map((note) => note.kind)).toEqual([]);
    version = (await editor.data<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version, input: { startsOn: '2027-03-11', endsOn: '2027-03-13', stops: [] } })).updateEvent.version;
    expect((await notesOf(otherReporter, event.id)).map((note) => note.kind)).toEqual(['EVENT_SCHEDULE_CHANGED']);
    expect((await notesOf(otherEditor, event.id)).map((note) => note.kind)).toEqual(['EVENT_SCHEDULE_CHANGED', 'EVENT_INVITED']);
    expect((await notesOf(reporter, event.id)).map((note) => note.kind)).toEqual(['EVENT_SCHEDULE_CHANGED']);

    const grown = (await editor.data<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version, input: { capacity: 5 } })).updateEvent;
    expect(grown.placesTaken).toBe(3);
    const [row]: { status: string; placed_at: Date | null }[] = await server.database.dataSource.query(
      `SELECT p.status, p.placed_at FROM event_participants p JOIN users u ON u.id = p.user_id WHERE p.event_id = $1 AND u.email = 'reporter.jingzhou@demo.example'`,
      [event.id],
    );
    expect(row).toMatchObject({ status: 'PLACED', placed_at: expect.any(Date) });
    expect((await notesOf(reporter, event.id)).map((note) => note.kind)).toEqual(['EVENT_WAITLIST_PROMOTED', 'EVENT_SCHEDULE_CHANGED']);
    const promotions: { actor_user_id: string | null; after: { status: string } }[] = await server.database.dataSource.query(
      `SELECT actor_user_id, after FROM audit_log WHERE action = 'event.waitlist_promote' AND after->>'eventId' = $1`,
      [event.id],
    );
    expect(promotions).toEqual([{ actor_user_id: expect.any(String), after: { eventId: event.id, status: 'PLACED' } }]);

    expect(errorCode(await otherChief.request(CANCEL_EVENT, { id: event.id, reason: '天气原因' }))).toBe('FORBIDDEN');
    expect(errorCode(await otherChief.request(UPDATE_EVENT, { id: event.id, version: grown.version, input: { title: '别人的活动' } }))).toBe('FORBIDDEN');
    expect(errorCode(await chief.request(CANCEL_EVENT, { id: event.id, reason: '   ' }))).toBe('BAD_USER_INPUT');
    const { cancelEvent } = await chief.data<{ cancelEvent: { status: string; cancelReason: string } }>(CANCEL_EVENT, { id: event.id, reason: '因天气原因取消，择期再办。' });
    expect(cancelEvent).toMatchObject({ status: 'CANCELLED', cancelReason: '因天气原因取消，择期再办。' });
    const cancelled = await notesOf(otherReporter, event.id);
    expect(cancelled[0]).toMatchObject({ kind: 'EVENT_CANCELLED', detail: '因天气原因取消，择期再办。', event: { id: event.id } });
    expect((await notesOf(otherEditor, event.id))[0]!.kind).toBe('EVENT_CANCELLED');
    expect(await chief.request(UPDATE_EVENT, { id: event.id, version: version + 2, input: { title: '再改' } })).toMatchObject({
      errors: [{ extensions: { code: 'CONFLICT', reason: 'NOT_ALLOWED_IN_STATE' } }],
    });
    expect((await eventAs(otherEditor, event.id))!).toMatchObject({ status: 'CANCELLED', phase: 'CANCELLED', viewerActions: [] });
  });

  it('puts the days of events in the calendar as one all-day entry, and the stops of those I take part in as timed ones (ICS too)', async () => {
    const trip = (await listAs(otherEditor)).nodes.find((node) => node.title === '百家党媒看荆州主题采访活动')!;
    const event = await publishedEvent(chief, {
      title: '一月荆州短途采访',
      startsOn: '2027-01-20',
      endsOn: '2027-01-21',
      registrationClosesAt: '2027-01-15T10:00:00.000Z',
      stops: [{ day: '2027-01-21', startsAt: '09:30', endsAt: '11:00', place: '荆州博物馆', activity: '博物馆采访' }],
    });
    await registerDirectly(server.database.dataSource, event.id, 'hengyang', 'editor.hengyang', [{ account: 'reporter.hengyang', status: 'PLACED' }]);
    const CALENDAR = `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { kind title start end allDay startsOn endsOn place eventId stopId event { id } topic { id } } }`;
    type Entry = { kind: string; title: string; start: string; end: string; allDay: boolean; startsOn: string | null; endsOn: string | null; eventId: string | null; stopId: string | null; event: { id: string } | null };
    const entriesOf = async (client: GraphQLTestClient, from: string, to: string) => (await client.data<{ calendar: Entry[] }>(CALENDAR, { from, to })).calendar;

    const december = await entriesOf(otherReporter, '2026-12-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00');
    expect(december.find((entry) => entry.eventId === trip.id)).toMatchObject({
      kind: 'EVENT_DAYS',
      allDay: true,
      startsOn: '2026-12-16',
      endsOn: '2026-12-19',
      start: '2026-12-15T16:00:00.000Z',
      end: '2026-12-19T16:00:00.000Z',
      event: { id: trip.id },
      topic: null,
    });
    const january = await entriesOf(otherReporter, '2027-01-15T00:00:00+08:00', '2027-02-01T00:00:00+08:00');
    expect(january.filter((entry) => entry.eventId === event.id).map((entry) => [entry.kind, entry.allDay, entry.start, entry.end])).toEqual([
      ['EVENT_DAYS', true, '2027-01-19T16:00:00.000Z', '2027-01-21T16:00:00.000Z'],
      ['EVENT_STOP', false, '2027-01-21T01:30:00.000Z', '2027-01-21T03:00:00.000Z'],
    ]);
    // Not a participant: the days (invited), not the stops. The host's editors staff it: the stops too.
    expect((await entriesOf(otherEditor, '2027-01-15T00:00:00+08:00', '2027-02-01T00:00:00+08:00')).filter((entry) => entry.eventId === event.id).map((entry) => entry.kind)).toEqual(['EVENT_DAYS']);
    expect((await entriesOf(editor, '2027-01-15T00:00:00+08:00', '2027-02-01T00:00:00+08:00')).filter((entry) => entry.eventId === event.id).map((entry) => entry.kind)).toEqual([
      'EVENT_DAYS',
      'EVENT_STOP',
    ]);
    // The secretariat unit is never invited.
    expect((await entriesOf(secretariat, '2026-12-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00')).some((entry) => entry.eventId === trip.id)).toBe(false);

    const { createIcsFeed } = await otherReporter.data<{ createIcsFeed: string }>(`mutation { createIcsFeed }`);
    const ics = await (await fetch(`${server.url}${new URL(createIcsFeed).pathname}`)).text();
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const vevent = (uid: string) => unfolded.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${uid}`)) ?? '';
    const days = vevent(`EVENT_DAYS-${trip.id}@yangtze-alliance-hub`);
    expect(days).toContain('DTSTART;VALUE=DATE:20261216');
    expect(days).toContain('DTEND;VALUE=DATE:20261220');
    expect(days).toContain('SUMMARY:百家党媒看荆州主题采访活动');
    const stopId = january.find((entry) => entry.kind === 'EVENT_STOP')!.stopId!;
    const stop = vevent(`EVENT_STOP-${stopId}@yangtze-alliance-hub`);
    expect(stop).toContain('DTSTART:20270121T013000Z');
    expect(stop).toContain('DTEND:20270121T030000Z');
    expect(stop).toContain('LOCATION:荆州博物馆');
    await otherReporter.data(`mutation { revokeIcsFeed }`);
  });

  it('tells the event page live of every change, read through the read rule', async () => {
    const event = await publishedEvent(chief);
    const socket = subscriptionClient(server.url, otherEditor.sessionCookie);
    const changes = nextResults<{ eventChanged: { eventId: string; event: { title: string; version: number } | null } }>(
      socket,
      `subscription($id: ID!) { eventChanged(eventId: $id) { eventId event { title version } } }`,
      { id: event.id },
      2,
    );
    await changes.ready;
    await editor.data(UPDATE_EVENT, { id: event.id, version: event.version, input: { title: '直播中的修改' } });
    await chief.data(CANCEL_EVENT, { id: event.id, reason: '合并到下一期' });
    expect((await changes.results).map((result) => result.eventChanged)).toEqual([
      { eventId: event.id, event: { title: '直播中的修改', version: event.version + 1 } },
      { eventId: event.id, event: { title: '直播中的修改', version: event.version + 2 } },
    ]);
    await socket.dispose();

    const bad = subscriptionClient(server.url, otherEditor.sessionCookie);
    await expect(nextResults(bad, `subscription { eventChanged(eventId: "nope") { eventId } }`, {}).results).rejects.toThrow(/eventId/);
    await bad.dispose();
  });

  it('reads the list and an event in the same number of SQL statements whatever their size (no N+1), page after page', async () => {
    const [host]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM members WHERE slug = 'tongling'`);
    const [author]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM users WHERE email = 'chief.tongling@demo.example'`);
    await server.database.dataSource.query(
      `INSERT INTO events (kind, title, host_member_id, starts_on, ends_on, place, capacity, places_per_member, registration_closes_at, status, invites_all_members, created_by_id)
       SELECT 'TRAINING', '铜陵培训 ' || n, $1, DATE '2027-06-01' + (n % 7), DATE '2027-06-03' + (n % 7), '铜陵', 20, 2, TIMESTAMPTZ '2027-05-20T10:00:00Z', 'PUBLISHED', n % 2 = 0, $2
         FROM generate_series(1, 45) AS n`,
      [host!.id, author!.id],
    );
    await server.database.dataSource.query(
      `INSERT INTO event_stops (event_id, day, starts_at, place, activity) SELECT e.id, e.starts_on, TIME '09:00', '铜陵', '上课' FROM events e WHERE e.title LIKE '铜陵培训 %'`,
    );
    await server.database.dataSource.query(`INSERT INTO event_invitations (event_id, member_id) SELECT e.id, $1 FROM events e WHERE e.title LIKE '铜陵培训 %' AND NOT e.invites_all_members`, [hengyang]);
    const LIST = `query($first: Int) { events(first: $first, filter: { hostMemberId: "${host!.id}" }) { nodes { ${EVENT_FIELDS} } } }`;
    const statementsFor = async (first: number) => {
      const before = server.queries.count;
      const data = await otherEditor.data<{ events: { nodes: unknown[] } }>(LIST, { first });
      expect(data.events.nodes).toHaveLength(first);
      return server.queries.count - before;
    };
    const small = await statementsFor(10);
    expect(await statementsFor(40)).toBe(small);
    expect(small).toBeLessThanOrEqual(14);

    const trip = (await listAs(otherEditor)).nodes.find((node) => node.title === '百家党媒看荆州主题采访活动')!;
    const before = server.queries.count;
    await eventAs(otherEditor, trip.id);
    expect(server.queries.count - before).toBeLessThanOrEqual(14);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const events: EventsPage['events'] = await listAs(otherEditor, { hostMemberId: host!.id }, 20, after);
      expect(events.totalCount).toBe(45);
      seen.push(...events.nodes.map((node) => node.id));
      expect(events.pageInfo.hasNextPage).toBe(page < 2);
      after = events.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(45);
    expect(errorCode(await otherEditor.request(EVENTS, { after: Buffer.from('["2027-13-01","x"]').toString('base64url') }))).toBe('BAD_USER_INPUT');
  });
});
