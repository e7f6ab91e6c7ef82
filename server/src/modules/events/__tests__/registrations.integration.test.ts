import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { DEMO_MEMBERS } from '../../../db/seed/demo-members.data';
import { CONFIRM, countersOf, insertEvent, REGISTER, userIdOf, WITHDRAW_PARTICIPANT, WITHDRAW_REGISTRATION, type RegistrationView } from './registration-fixtures';

type Registered = { registerForEvent: RegistrationView };
const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;
const INBOX = `{ notifications(first: 5) { nodes { kind } } }`;
const kinds = async (client: GraphQLTestClient) => (await client.data<{ notifications: { nodes: { kind: string }[] } }>(INBOX)).notifications.nodes.map((node) => node.kind);

describe.each(DATABASE_KINDS)('event registrations on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let hostEditor: GraphQLTestClient;
  let hostChief: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let changsha: GraphQLTestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, chief, reporter, hostEditor, hostChief, secretariat, changsha] = (await Promise.all(
      ['editor.hengyang', 'chief.hengyang', 'reporter.hengyang', 'editor.jingzhou', 'chief.jingzhou', 'secretariat', 'editor.changsha'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    )) as GraphQLTestClient[] as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    for (const name of ['reporter.hengyang', 'reporter2.hengyang', 'editor.hengyang', 'chief.hengyang', 'reporter.changsha', 'reporter.jingzhou']) {
      ids[name] = await userIdOf(server.database.dataSource, `${name}@demo.example`);
    }
  }, 120_000);
  afterAll(() => server?.close());

  it('registers accounts and guests of the own member, confirms, reopens on a change, withdraws and gives places back', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 10, placesPerMember: 4 });
    const first = await editor.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']], guests: [{ name: '  王摄影  ', title: '摄影记者' }] });
    const registration = first.registerForEvent;
    expect(registration).toMatchObject({ status: 'PENDING', member: { slug: 'hengyang' }, viewerActions: ['CHANGE', 'WITHDRAW'], event: { placesTaken: 3, waitlistCount: 0, viewerMemberPlaces: 3 } });
    expect(registration.participants.map((p) => [p.name, p.title, p.status, p.waitlistPosition])).toEqual([
      [expect.any(String), null, 'PLACED', null],
      [expect.any(String), null, 'PLACED', null],
      ['王摄影', '摄影记者', 'PLACED', null],
    ]);
    expect(await kinds(hostEditor)).toContain('EVENT_REGISTRATION_CHANGED');

    // The same person twice; someone of another member; a repeated id; a reporter or the secretariat registering.
    expect(reasonOf(await chief.request(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang']] }))).toBe('ALREADY_REGISTERED');
    expect(errorCode(await editor.request(REGISTER, { eventId: event.id, ids: [ids['reporter.changsha']] }))).toBe('NOT_FOUND');
    expect(errorCode(await editor.request(REGISTER, { eventId: event.id, ids: [ids['editor.hengyang'], ids['editor.hengyang']] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await editor.request(REGISTER, { eventId: event.id, ids: [] }))).toBe('BAD_USER_INPUT');
    expect(reasonOf(await reporter.request(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang']] }))).toBe('NOT_INVITED_TO_EVENT');
    expect(reasonOf(await secretariat.request(REGISTER, { eventId: event.id, ids: [] , guests: [{ name: '秘书' }] }))).toBe('NOT_INVITED_TO_EVENT');

    // Only the host's staff and the secretariat confirm; once.
    expect(errorCode(await editor.request(CONFIRM, { id: registration.id }))).toBe('FORBIDDEN');
    expect(errorCode(await changsha.request(CONFIRM, { id: registration.id }))).toBe('NOT_FOUND');
    const confirmed = await hostEditor.data<{ confirmRegistration: { status: string; confirmedBy: { displayName: string }; viewerActions: string[] } }>(CONFIRM, { id: registration.id });
    expect(confirmed.confirmRegistration).toMatchObject({ status: 'CONFIRMED', viewerActions: [] });
    expect(reasonOf(await secretariat.request(CONFIRM, { id: registration.id }))).toBe('NOT_ALLOWED_IN_STATE');
    expect(await kinds(editor)).toContain('EVENT_REGISTRATION_CONFIRMED');

    // Adding a person reopens it; the member's places stop at 4.
    const more = await chief.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['editor.hengyang']] });
    expect(more.registerForEvent).toMatchObject({ id: registration.id, status: 'PENDING', event: { placesTaken: 4, viewerMemberPlaces: 4 } });
    expect(reasonOf(await chief.request(REGISTER, { eventId: event.id, ids: [ids['chief.hengyang']] }))).toBe('MEMBER_PLACES_FULL');

    // Event.registrations: the host's staff and the secretariat see every member's, others only their own.
    await changsha.data(REGISTER, { eventId: event.id, ids: [ids['reporter.changsha']] });
    const LIST = `query($id: ID!) { event(id: $id) { registrations(first: 10) { totalCount nodes { member { slug } } } viewerRegistration { member { slug } } } }`;
    type Listed = { event: { registrations: { totalCount: number; nodes: { member: { slug: string } }[] }; viewerRegistration: { member: { slug: string } } | null } };
    const slugsFor = async (client: GraphQLTestClient) => (await client.data<Listed>(LIST, { id: event.id })).event.registrations.nodes.map((node) => node.member.slug);
    expect(await slugsFor(hostEditor)).toEqual(['hengyang', 'changsha']);
    expect(await slugsFor(secretariat)).toEqual(['hengyang', 'changsha']);
    expect(await slugsFor(changsha)).toEqual(['changsha']);
    expect(await slugsFor(reporter)).toEqual(['hengyang']);
    expect((await hostChief.data<Listed>(LIST, { id: event.id })).event.viewerRegistration).toBeNull();

    // Withdrawing: another member sees nothing of it; the registrant's member frees the place.
    const guest = more.registerForEvent.participants.find((p) => p.name === '王摄影')!;
    expect(errorCode(await changsha.request(WITHDRAW_PARTICIPANT, { id: guest.id }))).toBe('NOT_FOUND');
    expect(errorCode(await hostEditor.request(WITHDRAW_PARTICIPANT, { id: guest.id }))).toBe('FORBIDDEN');
    const withdrawn = await editor.data<{ withdrawParticipant: { status: string; participants: unknown[]; event: { placesTaken: number } } }>(WITHDRAW_PARTICIPANT, { id: guest.id });
    expect(withdrawn.withdrawParticipant).toMatchObject({ status: 'PENDING', event: { placesTaken: 4 } });
    expect(withdrawn.withdrawParticipant.participants).toHaveLength(3);
    expect(reasonOf(await editor.request(WITHDRAW_PARTICIPANT, { id: guest.id }))).toBe('NOT_ALLOWED_IN_STATE');
    const all = await chief.data<{ withdrawRegistration: { status: string; participants: unknown[]; event: { placesTaken: number } } }>(WITHDRAW_REGISTRATION, { id: registration.id });
    expect(all.withdrawRegistration).toMatchObject({ status: 'WITHDRAWN', participants: [], event: { placesTaken: 1 } });
    expect(await countersOf(ds, event.id)).toEqual({ taken: 1, placed: 1, waitlisted: 0, held_mismatch: 0 });

    // A new registration after a withdrawal is a new row; the same people may come again.
    const again = await editor.data<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang']] });
    expect(again.registerForEvent.id).not.toBe(registration.id);
    const audit: { action: string }[] = await ds.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [registration.id]);
    expect(audit.map((row) => row.action)).toEqual(['event_registration.add', 'event_registration.confirm', 'event_registration.add', 'event_registration.withdraw_participant', 'event_registration.withdraw']);
  });

  it("offers an editor their own member's active accounts not yet sent, and nobody else's", async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 10, placesPerMember: 4 });
    const ACCOUNTS = `query($id: ID!) { event(id: $id) { registrableAccounts { id role } } }`;
    const offered = async (client: GraphQLTestClient) => (await client.data<{ event: { registrableAccounts: { id: string }[] } }>(ACCOUNTS, { id: event.id })).event.registrableAccounts.map((person) => person.id);
    const hengyang = ['reporter.hengyang', 'reporter2.hengyang', 'editor.hengyang', 'chief.hengyang'].map((name) => ids[name]);
    expect((await offered(editor)).sort()).toEqual([...hengyang].sort());
    expect(await offered(reporter)).toEqual([]);
    expect(await offered(secretariat)).toEqual([]);
    await editor.data(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang']] });
    expect(await offered(editor)).not.toContain(ids['reporter.hengyang']);
    expect(await offered(changsha)).toContain(ids['reporter.changsha']);
    expect(await offered(changsha)).not.toContain(ids['reporter2.hengyang']);
  });

  it('refuses members not invited, closed registration, drafts and a full event (nothing written)', async () => {
    const ds = server.database.dataSource;
    const listed = await insertEvent(ds, { invitesAllMembers: false, invitedSlugs: ['changsha'] });
    expect(reasonOf(await editor.request(REGISTER, { eventId: listed.id, ids: [ids['reporter.hengyang']] }))).toBe('NOT_INVITED_TO_EVENT');
    expect(errorCode(await changsha.request(REGISTER, { eventId: listed.id, ids: [ids['reporter.changsha']] }))).toBeUndefined();
    // The host is invited even when not listed.
    expect(errorCode(await hostChief.request(REGISTER, { eventId: listed.id, ids: [ids['reporter.jingzhou']] }))).toBeUndefined();

    const closed = await insertEvent(ds, { closesInDays: -2 });
    expect(reasonOf(await editor.request(REGISTER, { eventId: closed.id, ids: [ids['reporter.hengyang']] }))).toBe('REGISTRATION_CLOSED');
    const draft = await insertEvent(ds, { status: 'DRAFT' });
    expect(errorCode(await editor.request(REGISTER, { eventId: draft.id, ids: [ids['reporter.hengyang']] }))).toBe('NOT_FOUND');

    const small = await insertEvent(ds, { capacity: 2, placesPerMember: 4 });
    const full = await editor.request(REGISTER, { eventId: small.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']], guests: [{ name: '李编辑' }] });
    expect(reasonOf(full)).toBe('EVENT_FULL');
    expect(await countersOf(ds, small.id)).toEqual({ taken: 0, placed: 0, waitlisted: 0, held_mismatch: 0 });
    const rows: unknown[] = await ds.query(`SELECT 1 FROM event_registrations WHERE event_id = $1`, [small.id]);
    expect(rows).toHaveLength(0);

    // With the waiting list: as many as fit are placed, the rest wait in the order named.
    const waiting = await editor.data<Registered>(REGISTER, { eventId: small.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']], guests: [{ name: '李编辑' }, { name: '赵摄像' }], wait: true });
    expect(waiting.registerForEvent.participants.map((p) => [p.status, p.waitlistPosition])).toEqual([
      ['PLACED', null],
      ['PLACED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    expect(waiting.registerForEvent.event).toMatchObject({ placesTaken: 2, waitlistCount: 2, viewerMemberPlaces: 4 });
    expect(await countersOf(ds, small.id)).toEqual({ taken: 2, placed: 2, waitlisted: 2, held_mismatch: 0 });
  });

  it('(a) twelve members registering at the same instant for five places: exactly five placed, the rest EVENT_FULL', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 5, placesPerMember: 2 });
    const slugs = DEMO_MEMBERS.map((member) => member.slug).filter((slug) => slug !== 'jingzhou').slice(0, 12);
    const editors = await Promise.all(slugs.map((slug) => signedIn(server.url, `editor.${slug}@demo.example`)));
    const people = await Promise.all(slugs.map((slug) => userIdOf(ds, `reporter.${slug}@demo.example`)));
    const results = await Promise.all(editors.map((client, index) => client.request(REGISTER, { eventId: event.id, ids: [people[index]] })));
    const outcomes = results.map((result) => (result.errors ? (reasonOf(result) ?? JSON.stringify(result.errors)) : 'PLACED'));
    expect(outcomes.filter((outcome) => outcome !== 'PLACED').sort()).toEqual(Array(7).fill('EVENT_FULL'));
    expect(await countersOf(ds, event.id)).toEqual({ taken: 5, placed: 5, waitlisted: 0, held_mismatch: 0 });
  });

  it("(b) one member's two editors registering different people at once never pass the member's places", async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 50, placesPerMember: 3 });
    const results = await Promise.all([
      editor.request<Registered>(REGISTER, { eventId: event.id, ids: [ids['reporter.hengyang'], ids['reporter2.hengyang']] }),
      chief.request<Registered>(REGISTER, { eventId: event.id, ids: [ids['editor.hengyang'], ids['chief.hengyang']] }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.map(reasonOf).filter(Boolean)).toEqual(['MEMBER_PLACES_FULL']);
    const registrations: unknown[] = await ds.query(`SELECT 1 FROM event_registrations WHERE event_id = $1`, [event.id]);
    expect(registrations).toHaveLength(1);
    expect(await countersOf(ds, event.id)).toEqual({ taken: 2, placed: 2, waitlisted: 0, held_mismatch: 0 });
    // Two first registrations of one member at once end as one registration.
    const twice = await insertEvent(ds, { capacity: 50, placesPerMember: 4 });
    const both = await Promise.all([
      editor.request<Registered>(REGISTER, { eventId: twice.id, ids: [ids['reporter.hengyang']] }),
      chief.request<Registered>(REGISTER, { eventId: twice.id, ids: [ids['reporter2.hengyang']] }),
    ]);
    expect(both.map((result) => result.errors)).toEqual([undefined, undefined]);
    expect(both[0]!.data!.registerForEvent.id).toBe(both[1]!.data!.registerForEvent.id);
    expect(await countersOf(ds, twice.id)).toEqual({ taken: 2, placed: 2, waitlisted: 0, held_mismatch: 0 });
  });

  it('(c) withdrawals move the waiting list up in order, never beyond capacity, even when they race', async () => {
    const ds = server.database.dataSource;
    const event = await insertEvent(ds, { capacity: 3, placesPerMember: 4 });
    const slugs = ['changsha', 'yueyang', 'wanzhou', 'yichang', 'wuhan', 'nanjing'];
    const editors = await Promise.all(slugs.map((slug) => signedIn(server.url, `editor.${slug}@demo.example`)));
    const registrations: RegistrationView[] = [];
    for (const [index, client] of editors.entries()) {
      const person = await userIdOf(ds, `reporter.${slugs[index]}@demo.example`);
      registrations.push((await client.data<Registered>(REGISTER, { eventId: event.id, ids: [person], wait: true })).registerForEvent);
    }
    expect(registrations.map((r) => r.participants[0]!.status)).toEqual(['PLACED', 'PLACED', 'PLACED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    expect(registrations.slice(3).map((r) => r.participants[0]!.waitlistPosition)).toEqual([1, 2, 3]);

    // One withdrawal: the first waiting moves up and hears of it.
    await editors[0]!.data(WITHDRAW_PARTICIPANT, { id: registrations[0]!.participants[0]!.id });
    const promoted: { status: string }[] = await ds.query(`SELECT status FROM event_participants WHERE id = $1`, [registrations[3]!.participants[0]!.id]);
    expect(promoted[0]!.status).toBe('PLACED');
    const reporterYichang = await signedIn(server.url, 'reporter.yichang@demo.example');
    expect(await kinds(reporterYichang)).toContain('EVENT_WAITLIST_PROMOTED');

    // Two withdrawals at once: the next two move up, in order, and no more.
    await Promise.all([1, 2].map((index) => editors[index]!.data(WITHDRAW_REGISTRATION, { id: registrations[index]!.id })));
    const order: { member: string; status: string }[] = await ds.query(
      `SELECT m.slug AS member, p.status FROM event_participants p JOIN members m ON m.id = p.member_id WHERE p.event_id = $1 ORDER BY p.created_at`,
      [event.id],
    );
    expect(order.map((row) => row.status)).toEqual(['WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN', 'PLACED', 'PLACED', 'PLACED']);
    expect(await countersOf(ds, event.id)).toEqual({ taken: 3, placed: 3, waitlisted: 0, held_mismatch: 0 });

    // Withdrawals racing new registrations that join the waiting list: nobody is lost, nothing passes the capacity.
    const late = ['xiangyang', 'huangshi', 'changde', 'zhuzhou'];
    const lateEditors = await Promise.all(late.map((slug) => signedIn(server.url, `editor.${slug}@demo.example`)));
    const latePeople = await Promise.all(late.map((slug) => userIdOf(ds, `reporter.${slug}@demo.example`)));
    const racing = await Promise.all([
      ...[3, 4].map((index) => editors[index]!.request(WITHDRAW_REGISTRATION, { id: registrations[index]!.id })),
      ...lateEditors.map((client, index) => client.request(REGISTER, { eventId: event.id, ids: [latePeople[index]], wait: true })),
    ]);
    expect(racing.map((result) => result.errors)).toEqual(racing.map(() => undefined));
    expect(await countersOf(ds, event.id)).toEqual({ taken: 3, placed: 3, waitlisted: 2, held_mismatch: 0 });
  });
});
