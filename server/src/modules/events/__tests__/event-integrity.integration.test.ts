import { allianceDate } from '@yah/shared';
import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { CREATE_EVENT, NEW_EVENT, PUBLISH_EVENT, UPDATE_EVENT, type EventResult } from './event-fixtures';
import { CHECK_IN, countersOf, insertEvent, REGISTER, runEventToday, userIdOf, WITHDRAW_PARTICIPANT, type RegistrationView } from './registration-fixtures';

type Registered = { registerForEvent: RegistrationView };
type ErrorExtensions = { reason?: string; fields?: Record<string, string> };
const extensionsOf = (result: GraphQLResult<unknown>) => (result.errors?.[0]?.extensions ?? {}) as ErrorExtensions;
const SET_ACTIVE = `mutation($userId: ID!, $active: Boolean!) { setAccountActive(userId: $userId, active: $active) { id active } }`;
const INBOX = `{ notifications(first: 5) { nodes { kind } } }`;
const EVENT = `query($id: ID!) { event(id: $id) { version placesTaken waitlistCount days { stops { id day startsAt endsAt place activity checkedInCount } }
  attendance { member { slug } placed waitlisted attended } report { totals { participants attended } } } }`;
type EventView = {
  version: number;
  placesTaken: number;
  waitlistCount: number;
  days: { stops: { id: string; day: string; startsAt: string; endsAt: string | null; place: string; activity: string; checkedInCount: number }[] }[];
  attendance: { member: { slug: string }; placed: number; waitlisted: number; attended: number }[];
  report: { totals: { participants: number; attended: number } };
};

const dayAfter = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

describe.each(DATABASE_KINDS)('event integrity rules on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let hostEditor: GraphQLTestClient;
  let hostChief: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let changsha: GraphQLTestClient;
  let yichang: GraphQLTestClient;
  const ids: Record<string, string> = {};
  const memberIds: Record<string, string> = {};

  const statusOf = async (participantId: string) =>
    ((await server.database.dataSource.query(`SELECT status FROM event_participants WHERE id = $1`, [participantId])) as { status: string }[])[0]?.status;
  const eventAs = async (client: GraphQLTestClient, id: string) => (await client.data<{ event: EventView }>(EVENT, { id })).event;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, chief, hostEditor, hostChief, secretariat, changsha, yichang] = (await Promise.all(
      ['editor.hengyang', 'chief.hengyang', 'editor.jingzhou', 'chief.jingzhou', 'secretariat', 'editor.changsha', 'editor.yichang'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    )) as GraphQLTestClient[] as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    for (const name of ['reporter.hengyang', 'reporter2.hengyang', 'reporter.changsha', 'reporter.yichang', 'reporter2.changsha']) {
      ids[name] = await userIdOf(server.database.dataSource, `${name}@demo.example`);
    }
    const members: { id: string; slug: string }[] = await server.database.dataSource.query(`SELECT id, slug FROM members`);
    for (const member of members) memberIds[member.slug] = member.id;
  }, 120_000);
  afterAll(() => server?.close());

  it('withdraws a deactivated account from events not over yet: its place goes to the waiting list, its registrant is told', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 1, placesPerMember: 4 });
    const past = await insertEvent(ds, { startsInDays: -5, days: 2, closesInDays: -8 });
    const registered = await editor.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']], wait: true });
    const [placed, waiting] = registered.registerForEvent.participants;
    expect([placed?.status, waiting?.status]).toEqual(['PLACED', 'WAITLISTED']);
    const [finished]: { id: string }[] = await ds.query(
      `WITH r AS (INSERT INTO event_registrations (event_id, member_id, registered_by_id, status) VALUES ($1, $2, $3, 'CONFIRMED') RETURNING id)
       INSERT INTO event_participants (event_id, registration_id, member_id, user_id, status, placed_at) SELECT $1, r.id, $2, $4, 'PLACED', now() FROM r RETURNING id`,
      [past.id, memberIds.hengyang, ids['reporter2.hengyang'], ids['reporter.hengyang']],
    );

    await chief.data(SET_ACTIVE, { userId: ids['reporter.hengyang'], active: false });
    expect(await statusOf(placed!.id)).toBe('WITHDRAWN');
    expect(await statusOf(waiting!.id)).toBe('PLACED');
    expect(await statusOf(finished!.id)).toBe('PLACED'); // history of a finished event stays
    expect(await countersOf(ds, event.id)).toEqual({ taken: 1, placed: 1, waitlisted: 0, held_mismatch: 0 });
    expect((await editor.data<{ notifications: { nodes: { kind: string }[] } }>(INBOX)).notifications.nodes.map((node) => node.kind)).toContain('EVENT_REGISTRATION_CHANGED');
    const [audit]: { count: number }[] = await ds.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'event_registration.withdraw_participant' AND entity_id = $1`,
      [registered.registerForEvent.id],
    );
    expect(audit!.count).toBe(1);

    // A waiting account deactivated leaves the list: it is never promoted when a place frees up.
    const second = await insertEvent(ds, { capacity: 1, placesPerMember: 4 });
    const both = await editor.data<Registered>(REGISTER, { eventId: second.id, ids: [ids['reporter2.hengyang']], guests: [{ name: '候补嘉宾' }], wait: true });
    await chief.data(SET_ACTIVE, { userId: ids['reporter2.hengyang'], active: false });
    const left = both.registerForEvent.participants.map((p) => p.id);
    expect(await Promise.all(left.map(statusOf))).toEqual(['WITHDRAWN', 'PLACED']);
    expect(await countersOf(ds, second.id)).toEqual({ taken: 1, placed: 1, waitlisted: 0, held_mismatch: 0 });

    // Rows from before the rule: an inactive account still waiting is skipped (and withdrawn) when the list moves up.
    await chief.data(SET_ACTIVE, { userId: ids['reporter2.hengyang'], active: true });
    const third = await insertEvent(ds, { capacity: 1, placesPerMember: 4 });
    const guestFirst = await editor.data<Registered>(REGISTER, { eventId: third.id, ids: [], guests: [{ name: '先到嘉宾' }] });
    const queued = await editor.data<Registered>(REGISTER, { eventId: third.id, ids: [ids['reporter2.hengyang']], guests: [{ name: '后到嘉宾' }], wait: true });
    await ds.query(`UPDATE users SET active = false WHERE id = $1`, [ids['reporter2.hengyang']]);
    await editor.data(WITHDRAW_PARTICIPANT, { id: guestFirst.registerForEvent.participants[0]!.id });
    const [account, guest] = queued.registerForEvent.participants.filter((p) => p.name !== '先到嘉宾');
    expect([await statusOf(account!.id), await statusOf(guest!.id)]).toEqual(['WITHDRAWN', 'PLACED']);
    expect(await countersOf(ds, third.id)).toEqual({ taken: 1, placed: 1, waitlisted: 0, held_mismatch: 0 });
    await chief.data(SET_ACTIVE, { userId: ids['reporter2.hengyang'], active: true });

    // A withdrawn (deactivated) person cannot be checked in.
    await runEventToday(ds, event.id);
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'], stopId: event.stopIds[0] }))).toBe('NOT_FOUND');
    await chief.data(SET_ACTIVE, { userId: ids['reporter.hengyang'], active: true });
    expect(await statusOf(placed!.id)).toBe('WITHDRAWN'); // reactivating does not give the place back
  });

  it('never leaves a place to an account deactivated while it is being registered', async () => {
    const ds = server.database.dataSource;
    for (let round = 0; round < 4; round += 1) {
      const event = await insertEvent(ds, { capacity: 5 });
      const [registered, deactivated] = await Promise.all([
        editor.request(REGISTER, { eventId: event.id, ids: [ids['reporter2.hengyang']] }),
        chief.request(SET_ACTIVE, { userId: ids['reporter2.hengyang'], active: false }),
      ]);
      expect(deactivated.errors).toBeUndefined();
      if (registered.errors) expect(errorCode(registered)).toBe('NOT_FOUND');
      const holding: unknown[] = await ds.query(`SELECT 1 FROM event_participants WHERE event_id = $1 AND user_id = $2 AND status <> 'WITHDRAWN'`, [event.id, ids['reporter2.hengyang']]);
      expect(holding).toHaveLength(0);
      expect(await countersOf(ds, event.id)).toMatchObject({ taken: 0, held_mismatch: 0 });
      await chief.data(SET_ACTIVE, { userId: ids['reporter2.hengyang'], active: true });
    }
  });

  it('counts check-ins of withdrawn participants nowhere, and keeps a stop with check-ins where and when it was', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 10 });
    await changsha.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.changsha'], ids['reporter2.changsha']] });
    await runEventToday(ds, event.id);
    const stopId = event.stopIds[0]!;
    for (const name of ['reporter.changsha', 'reporter2.changsha']) await hostEditor.data(CHECK_IN, { eventId: event.id, userId: ids[name], stopId });
    const stopOf = (view: EventView) => view.days.flatMap((day) => day.stops).find((stop) => stop.id === stopId)!;
    let view = await eventAs(hostEditor, event.id);
    expect(stopOf(view).checkedInCount).toBe(2);
    expect(view.attendance).toEqual([{ member: { slug: 'changsha' }, placed: 2, waitlisted: 0, attended: 2 }]);

    const chiefChangsha = await signedIn(server.url, 'chief.changsha@demo.example');
    await chiefChangsha.data(SET_ACTIVE, { userId: ids['reporter2.changsha'], active: false });
    view = await eventAs(hostEditor, event.id);
    expect(stopOf(view).checkedInCount).toBe(1);
    expect(view.attendance).toEqual([{ member: { slug: 'changsha' }, placed: 1, waitlisted: 0, attended: 1 }]);
    expect(view.report.totals).toEqual({ participants: 1, attended: 1 });
    await chiefChangsha.data(SET_ACTIVE, { userId: ids['reporter2.changsha'], active: true });

    // The stop with check-ins: its activity, leader and end may change; its day, start and place may not; nor may it go.
    const stops = view.days.flatMap((day) => day.stops).map(({ id, day, startsAt, endsAt, place, activity }) => ({ id, day, startsAt, endsAt, place, activity }));
    const withStop = (change: Record<string, unknown>) => stops.map((stop) => (stop.id === stopId ? { ...stop, ...change } : stop));
    const update = (version: number, input: Record<string, unknown>) => hostEditor.request<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version, input });
    for (const change of [{ startsAt: '07:30' }, { place: '别处' }, { day: dayAfter(stops[0]!.day, 1) }]) {
      expect(extensionsOf(await update(view.version, { stops: withStop(change) })).reason).toBe('STOP_HAS_CHECK_INS');
    }
    expect(extensionsOf(await update(view.version, { stops: stops.filter((stop) => stop.id !== stopId) })).reason).toBe('STOP_HAS_CHECK_INS');
    const edited = await update(view.version, { stops: withStop({ activity: '改为座谈', endsAt: '23:59' }) });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateEvent.days.flatMap((day) => day.stops).find((stop) => stop.id === stopId)).toMatchObject({ activity: '改为座谈', endsAt: '23:59', checkedInCount: 1 });
    // Stops nobody checked in at still move freely.
    const free = edited.data!.updateEvent.days.flatMap((day) => day.stops).find((stop) => stop.id !== stopId)!;
    const moved = await update(edited.data!.updateEvent.version, {
      stops: edited.data!.updateEvent.days.flatMap((day) => day.stops).map(({ id, day, startsAt, endsAt, place, activity }) => (id === free.id ? { id, day, startsAt: '20:15', endsAt: null, place, activity } : { id, day, startsAt, endsAt, place, activity })),
    });
    expect(moved.errors).toBeUndefined();
  });

  it('invites somebody, and never drops a member that holds places', async () => {
    const nobody = await hostChief.request(CREATE_EVENT, { input: { ...NEW_EVENT, invitesAllMembers: false, invitedMemberIds: [] } });
    expect(errorCode(nobody)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(nobody).fields).toHaveProperty('invitedMemberIds');
    expect(extensionsOf(await hostChief.request(CREATE_EVENT, { input: { ...NEW_EVENT, invitesAllMembers: false } })).fields).toHaveProperty('invitedMemberIds');

    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { invitesAllMembers: false, invitedSlugs: ['hengyang', 'changsha', 'yichang'] });
    await editor.data(REGISTER, { eventId: event.id, ids: [], guests: [{ name: '衡阳嘉宾' }] });
    await changsha.data(REGISTER, { eventId: event.id, ids: [ids['reporter.changsha']] });
    const version = (await eventAs(hostEditor, event.id)).version;
    const update = (input: Record<string, unknown>) => hostEditor.request<{ updateEvent: EventResult }>(UPDATE_EVENT, { id: event.id, version, input });

    const emptied = await update({ invitedMemberIds: [] });
    expect(extensionsOf(emptied).fields).toHaveProperty('invitedMemberIds');
    const dropped = await update({ invitedMemberIds: [memberIds.yichang] });
    expect(errorCode(dropped)).toBe('CONFLICT');
    expect(extensionsOf(dropped).reason).toBe('PLACES_IN_USE');
    expect(dropped.errors?.[0]?.message).toMatch(/^2 members hold places/);
    expect(extensionsOf(await update({ invitedMemberIds: [memberIds.changsha] })).reason).toBe('PLACES_IN_USE');
    // Dropping the member without places is fine.
    const kept = await update({ invitedMemberIds: [memberIds.hengyang, memberIds.changsha] });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateEvent.invitedMembers.map((member) => member.slug).sort()).toEqual(['changsha', 'hengyang']);
    expect(extensionsOf(await yichang.request(REGISTER, { eventId: event.id, ids: [ids['reporter.yichang']] })).reason).toBe('NOT_INVITED_TO_EVENT');
  });

  it('refuses events already over, and publishing once the deadline has passed', async () => {
    const today = allianceDate(new Date());
    const yesterday = dayAfter(today, -1);
    const over = await hostChief.request(CREATE_EVENT, {
      input: { ...NEW_EVENT, startsOn: dayAfter(today, -3), endsOn: yesterday, registrationClosesAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), stops: [] },
    });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(over).fields).toHaveProperty('endsOn');

    const draft = (await hostChief.data<{ createEvent: EventResult }>(CREATE_EVENT, { input: NEW_EVENT })).createEvent;
    const moved = await hostChief.request(UPDATE_EVENT, { id: draft.id, version: draft.version, input: { startsOn: dayAfter(today, -2), endsOn: yesterday, stops: [] } });
    expect(extensionsOf(moved).fields).toHaveProperty('endsOn');

    // Today still counts: an event ending today (registration closed already) may be created, not published.
    const closed = await hostChief.data<{ createEvent: EventResult }>(CREATE_EVENT, {
      input: { ...NEW_EVENT, startsOn: today, endsOn: today, registrationClosesAt: new Date(Date.now() - 60_000).toISOString(), stops: [] },
    });
    const refused = await hostChief.request(PUBLISH_EVENT, { id: closed.createEvent.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(extensionsOf(refused).reason).toBe('REGISTRATION_CLOSED');
    expect(refused.errors?.[0]?.message).toMatch(/set a later deadline first/);
    expect((await hostChief.data<{ publishEvent: { status: string } }>(PUBLISH_EVENT, { id: draft.id })).publishEvent.status).toBe('PUBLISHED');
  });

  it('refuses the same stop twice and the same guest twice', async () => {
    const stop = { day: '2027-03-10', startsAt: '09:00', place: '荆州古城东门', activity: '出发仪式' };
    const twice = await hostChief.request(CREATE_EVENT, { input: { ...NEW_EVENT, stops: [stop, { ...stop, activity: '另一项' }] } });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(twice).fields).toHaveProperty('stops');
    const elsewhere = await hostChief.request(CREATE_EVENT, { input: { ...NEW_EVENT, stops: [stop, { ...stop, place: '荆州博物馆' }] } });
    expect(elsewhere.errors).toBeUndefined();

    const event = await insertEvent(server.database.dataSource);
    const guests = await editor.request(REGISTER, { eventId: event.id, ids: [], guests: [{ name: '王摄影' }, { name: ' 王摄影 ', title: '摄影' }] });
    expect(errorCode(guests)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(guests).fields).toHaveProperty('guests');
    expect(await countersOf(server.database.dataSource, event.id)).toMatchObject({ taken: 0 });
  });

  it('exports the roster along the river: placed people by member upstream first, then the waiting list in order', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 2, placesPerMember: 4 });
    await changsha.data(REGISTER, { eventId: event.id, ids: [], guests: [{ name: '长沙嘉宾' }] });
    await yichang.data(REGISTER, { eventId: event.id, ids: [], guests: [{ name: '宜昌嘉宾' }] });
    await editor.data(REGISTER, { eventId: event.id, ids: [], guests: [{ name: '衡阳甲' }, { name: '衡阳乙' }], wait: true });
    const response = await fetch(`${server.url}/exports/events/${event.id}/roster.csv`, { headers: { cookie: hostEditor.sessionCookie! } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('姓名,单位,城市,省份,身份/职务,状态,候补顺序,报名时间 (北京时间),已签到站点');
    expect(lines.slice(1).map((line) => line.split(',').filter((_, index) => [0, 3, 5, 6].includes(index)))).toEqual([
      ['宜昌嘉宾', '湖北', '已报名', ''],
      ['长沙嘉宾', '湖南', '已报名', ''],
      ['衡阳甲', '湖南', '候补', '1'],
      ['衡阳乙', '湖南', '候补', '2'],
    ]);
  });

  it('lets the secretariat host as itself, and still never invites the secretariat unit', async () => {
    const hosted = (await secretariat.data<{ createEvent: EventResult }>(CREATE_EVENT, { input: { ...NEW_EVENT, hostMemberId: memberIds.secretariat } })).createEvent;
    expect(hosted.host.slug).toBe('secretariat');
    await secretariat.data(PUBLISH_EVENT, { id: hosted.id });
    const seen = await secretariat.data<{ event: { viewerInvited: boolean; viewerActions: string[] } }>(`query($id: ID!) { event(id: $id) { viewerInvited viewerActions } }`, { id: hosted.id });
    expect(seen.event.viewerInvited).toBe(false);
    expect(seen.event.viewerActions).not.toContain('REGISTER');
    expect(extensionsOf(await secretariat.request(REGISTER, { eventId: hosted.id, ids: [], guests: [{ name: '秘书' }] })).reason).toBe('NOT_INVITED_TO_EVENT');
    expect(errorCode(await secretariat.request(CREATE_EVENT, { input: { ...NEW_EVENT, invitesAllMembers: false, invitedMemberIds: [memberIds.secretariat] } }))).toBe('BAD_USER_INPUT');
  });
});
