import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { passKey, passToken, verifyPass } from '../event-pass';
import { CHECK_IN, insertEvent, REGISTER, runEventToday, UNDO_CHECK_IN, userIdOf, WITHDRAW_PARTICIPANT, type RegistrationView } from './registration-fixtures';

type Registered = { registerForEvent: RegistrationView & { event: { viewerPass: { participantId: string; token: string } | null } } };
type CheckedIn = { checkIn: { id: string; method: string; stop: { id: string }; participant: { id: string; name: string }; checkedInBy: { displayName: string } } };
const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;
const REGISTER_WITH_PASS = REGISTER.replace('event { id placesTaken waitlistCount viewerMemberPlaces }', 'event { id placesTaken waitlistCount viewerMemberPlaces viewerPass { participantId token } }');

describe.each(DATABASE_KINDS)('event check-in and passes on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let hostEditor: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, reporter, hostEditor, secretariat] = (await Promise.all(
      ['editor.hengyang', 'reporter.hengyang', 'editor.jingzhou', 'secretariat'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    )) as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    for (const name of ['reporter.hengyang', 'reporter2.hengyang', 'editor.hengyang', 'chief.hengyang']) ids[name] = await userIdOf(server.database.dataSource, `${name}@demo.example`);
  }, 120_000);
  afterAll(() => server?.close());

  it('signs passes with one shared key and refuses forged, altered or malformed ones', async () => {
    const ds = server.database.dataSource;
    const key = await passKey(ds);
    expect(await passKey(ds)).toBe(key);
    const rows: { secret: string }[] = await ds.query(`SELECT secret FROM signing_keys WHERE purpose = 'event-pass'`);
    expect(rows).toHaveLength(1);
    const participantId = '11111111-1111-4111-8111-111111111111';
    const eventId = '22222222-2222-4222-8222-222222222222';
    const token = passToken(key, participantId, eventId);
    expect(verifyPass(key, token)).toEqual({ participantId, eventId });
    const [payload, signature] = token.split('.') as [string, string];
    expect(verifyPass(key, `${payload}.${signature.slice(0, -2)}AA`)).toBeNull();
    expect(verifyPass(key, `${Buffer.from(`v1.${participantId}.${participantId}`).toString('base64url')}.${signature}`)).toBeNull();
    expect(verifyPass(Buffer.from('another key'), token)).toBeNull();
    for (const junk of ['', '.', 'abc', `${payload}.`, `${payload}.${signature}.x`, '!!!.???']) expect(verifyPass(key, junk)).toBeNull();
  });

  it('checks placed participants in by pass (QR) or by name (LIST) at the current stop, once per stop, only by the host staff and the secretariat', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 3, placesPerMember: 4, stops: [[0, '00:00'], [0, '23:59'], [1, '09:00']] });
    const registered = await editor.data<Registered>(REGISTER_WITH_PASS, {
      eventId: event.id,
      ids: [ids['editor.hengyang'], ids['reporter.hengyang'], ids['reporter2.hengyang'], ids['chief.hengyang']],
      wait: true,
    });
    const [self, placed, second, waiting] = registered.registerForEvent.participants as unknown as [{ id: string }, { id: string }, { id: string }, { id: string; status: string }];
    expect(waiting.status).toBe('WAITLISTED');
    // The editor sent themself: their own pass is on the event.
    const ownPass = registered.registerForEvent.event.viewerPass!;
    expect(ownPass.participantId).toBe(self.id);
    expect(verifyPass(await passKey(ds), ownPass.token)).toEqual({ participantId: self.id, eventId: event.id });
    await runEventToday(ds, event.id);

    const pass = await server.services.checkIns.passFor({ id: placed.id, eventId: event.id });
    // A participant holding their own pass, or another member's editor, cannot check anyone in.
    expect(errorCode(await reporter.request(CHECK_IN, { eventId: event.id, pass }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(CHECK_IN, { eventId: event.id, pass }))).toBe('FORBIDDEN');
    const hostReporter = await signedIn(server.url, 'reporter.jingzhou@demo.example');
    expect(errorCode(await hostReporter.request(CHECK_IN, { eventId: event.id, pass }))).toBe('FORBIDDEN');
    // Exactly one identifier.
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: event.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: event.id, pass, userId: ids['reporter.hengyang'] }))).toBe('BAD_USER_INPUT');

    const byPass = await hostEditor.data<CheckedIn>(CHECK_IN, { eventId: event.id, pass });
    expect(byPass.checkIn).toMatchObject({ method: 'QR', stop: { id: event.stopIds[0] }, participant: { id: placed.id } });
    const twice = await secretariat.request(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'] });
    expect([errorCode(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'ALREADY_CHECKED_IN']);
    const atSecond = await secretariat.data<CheckedIn>(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'], stopId: event.stopIds[1] });
    expect(atSecond.checkIn).toMatchObject({ method: 'LIST', stop: { id: event.stopIds[1] } });

    // The same person at the same stop from two phones at once: one check-in.
    const racing = await Promise.all([hostEditor, secretariat].map((client) => client.request(CHECK_IN, { eventId: event.id, participantId: second.id })));
    expect(racing.map(reasonOf).filter(Boolean)).toEqual(['ALREADY_CHECKED_IN']);

    // Forged, altered, of another event, of someone waiting: INVALID_PASS; a waiting person by id is not found.
    const other = await insertEvent(ds, { capacity: 5 });
    const [token, signature] = pass.split('.') as [string, string];
    const otherPass = await server.services.checkIns.passFor({ id: placed.id, eventId: other.id });
    const waitingPass = await server.services.checkIns.passFor({ id: waiting.id, eventId: event.id });
    for (const bad of [`${token}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, otherPass, waitingPass, 'not-a-pass', `${token}.`]) {
      const refused = await hostEditor.request(CHECK_IN, { eventId: event.id, pass: bad, stopId: event.stopIds[1] });
      expect([errorCode(refused), reasonOf(refused)]).toEqual(['BAD_USER_INPUT', 'INVALID_PASS']);
    }
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: event.id, participantId: waiting.id }))).toBe('NOT_FOUND');
    // A stop of another event; an event with no stop today.
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: event.id, participantId: self.id, stopId: other.stopIds[0] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await hostEditor.request(CHECK_IN, { eventId: other.id, userId: ids['reporter.hengyang'] }))).toBe('NOT_FOUND');

    // Undo: the host's staff only; then the person may be checked in there again.
    expect(errorCode(await editor.request(UNDO_CHECK_IN, { id: byPass.checkIn.id }))).toBe('FORBIDDEN');
    expect((await hostEditor.data<{ undoCheckIn: boolean }>(UNDO_CHECK_IN, { id: byPass.checkIn.id })).undoCheckIn).toBe(true);
    expect(errorCode(await hostEditor.request(UNDO_CHECK_IN, { id: byPass.checkIn.id }))).toBe('NOT_FOUND');
    expect((await hostEditor.data<CheckedIn>(CHECK_IN, { eventId: event.id, pass })).checkIn.method).toBe('QR');

    const audit: { action: string }[] = await ds.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [byPass.checkIn.id]);
    expect(audit.map((row) => row.action).sort()).toEqual(['event_check_in.create', 'event_check_in.undo']);
  });

  it("asks for the stop when the event has none today, and refuses a stop whose day has not come", async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 5, stops: [[1, '09:00']] });
    await editor.data(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang']] });
    await runEventToday(ds, event.id);
    const refused = await hostEditor.request(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'] });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toHaveProperty('stopId');
    const early = await hostEditor.request(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'], stopId: event.stopIds[0] });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECK_IN_NOT_OPEN' });
  });
  it('tells eventChanged subscribers of registrations, withdrawals and check-ins, with the event as it is now', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 5 });
    const socket = subscriptionClient(server.url, hostEditor.sessionCookie);
    const changes = nextResults<{ eventChanged: { eventId: string; event: { placesTaken: number; attendance: { attended: number }[] } | null } }>(
      socket,
      `subscription($id: ID!) { eventChanged(eventId: $id) { eventId event { placesTaken attendance { attended } } } }`,
      { id: event.id },
      3,
    );
    await changes.ready;
    const registered = await editor.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']] });
    await editor.data(WITHDRAW_PARTICIPANT, { id: registered.registerForEvent.participants[1]!.id });
    await runEventToday(ds, event.id);
    await hostEditor.data(CHECK_IN, { eventId: event.id, userId: ids['reporter.hengyang'], stopId: event.stopIds[0] });
    const seen = (await changes.results).map((result) => result.eventChanged);
    await socket.dispose();
    expect(seen.map((change) => change.eventId)).toEqual([event.id, event.id, event.id]);
    expect(seen[2]!.event).toMatchObject({ placesTaken: 1, attendance: [{ attended: 1 }] });
  });
});
