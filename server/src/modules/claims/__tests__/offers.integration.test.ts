import { SLOT_HOLDING_CLAIM_STATES } from '@yah/shared';
import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const OFFER = `mutation($a: ID!, $r: ID!) { offerAssignment(assignmentId: $a, reporterId: $r) { id state offeredAt reporter { id } offeredBy { id } viewerActions } }`;
const ACCEPT = `mutation($id: ID!) { acceptOffer(claimId: $id) { id state viewerActions } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineOffer(claimId: $id, reason: $reason) { id state declineReason } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawOffer(claimId: $id) { id state } }`;
const CANCEL_ASSIGNMENT = `mutation($id: ID!) { cancelAssignment(id: $id) { id status } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) { openSlots slots viewerActions claims { id state reporter { id } } } }`;
const MY_OFFERS = `{ myClaims(states: [OFFERED], first: 50) { totalCount nodes { id state viewerActions offeredBy { displayName } assignment { id } } } }`;
const CANDIDATES = `query($a: ID!, $s: String, $m: ID, $after: String) {
  offerCandidates(assignmentId: $a, search: $s, memberId: $m, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id role member { slug } } }
}`;
const NOTES = `{ notifications(first: 50) { nodes { kind detail claim { id } } } }`;

const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;
const meId = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;

interface Offer {
  id: string;
  state: string;
  viewerActions: string[];
}

describe.each(DATABASE_KINDS)('assigning directly: an editor offers a slot to a named reporter, on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherReporter: GraphQLTestClient;
  let racers: GraphQLTestClient[];
  let topicId: string;
  let jingzhou: string;
  let hengyang: string;
  let reporterId: string;
  let editorId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const signed = await Promise.all(
      ['editor.jingzhou', 'editor.changsha', 'secretariat', 'reporter.hengyang', 'reporter.yueyang'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    );
    [editor, otherEditor, secretariat, reporter, otherReporter] = signed as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    racers = await Promise.all(['reporter2.hengyang', 'reporter.changsha', 'reporter2.changsha'].map((name) => signedIn(server.url, `${name}@demo.example`)));
    topicId = await approvedTopic(editor, secretariat);
    jingzhou = await memberIdOf(editor, 'jingzhou');
    hengyang = await memberIdOf(editor, 'hengyang');
    reporterId = await meId(reporter);
    editorId = await meId(editor);
  }, 120_000);
  afterAll(() => server.close());

  const offer = (assignmentId: string, to = reporterId) => editor.data<{ offerAssignment: Offer & { reporter: { id: string }; offeredBy: { id: string } } }>(OFFER, { a: assignmentId, r: to });
  const assignmentView = (assignmentId: string, as = editor) =>
    as.data<{ assignment: { openSlots: number; slots: number; viewerActions: string[]; claims: { id: string; state: string }[] } }>(ASSIGNMENT, { id: assignmentId });
  const notes = async (client: GraphQLTestClient) => (await client.data<{ notifications: { nodes: { kind: string; detail: string | null; claim: { id: string } | null }[] } }>(NOTES)).notifications.nodes;
  const factsOf = async (claimId: string) =>
    (await server.database.dataSource.query(`SELECT metric FROM participation_facts WHERE entity_id = $1`, [claimId])).map((row: { metric: string }) => row.metric);
  const activityOf = async (userId: string) =>
    (await server.database.dataSource.query(`SELECT at FROM participation_facts WHERE metric = 'REPORTER_ACTIVITY' AND entity_id = $1`, [userId]))[0]?.at ?? null;

  it('reserves the slot, tells the reporter, and makes the slot theirs when they accept', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 1);
    expect((await assignmentView(assignmentId)).assignment.viewerActions).toContain('OFFER');
    const activityBefore = await activityOf(reporterId);

    const { offerAssignment } = await offer(assignmentId);
    expect(offerAssignment).toMatchObject({ state: 'OFFERED', reporter: { id: reporterId }, offeredBy: { id: editorId }, viewerActions: ['WITHDRAW_OFFER'] });
    // The offer holds the only slot: nobody else can claim it, and the editor cannot offer it again.
    const view = (await assignmentView(assignmentId)).assignment;
    expect(view.openSlots).toBe(0);
    expect(view.viewerActions).not.toContain('OFFER');
    expect(reasonOf(await racers[0]!.request(CLAIM, { id: assignmentId }))).toBe('SLOT_TAKEN');
    // An offer is no claim in any metric: no participation row for it, and no activity for the reporter.
    expect(await factsOf(offerAssignment.id)).toEqual([]);
    expect(await activityOf(reporterId)).toEqual(activityBefore);

    const mine = (await reporter.data<{ myClaims: { nodes: (Offer & { offeredBy: { displayName: string }; assignment: { id: string } })[] } }>(MY_OFFERS)).myClaims.nodes;
    expect(mine.find((node) => node.id === offerAssignment.id)).toMatchObject({ viewerActions: ['ACCEPT_OFFER', 'DECLINE_OFFER'], assignment: { id: assignmentId } });
    expect((await notes(reporter)).find((note) => note.claim?.id === offerAssignment.id)?.kind).toBe('ASSIGNMENT_OFFERED');
    // Holding an offer counts as holding a slot: the reporter cannot also claim one.
    expect(reasonOf(await reporter.request(CLAIM, { id: assignmentId }))).toBe('ALREADY_HOLDING');

    const { acceptOffer } = await reporter.data<{ acceptOffer: Offer }>(ACCEPT, { id: offerAssignment.id });
    expect(acceptOffer).toMatchObject({ state: 'CLAIMED', viewerActions: ['SUBMIT', 'RELEASE'] });
    expect((await assignmentView(assignmentId)).assignment.openSlots).toBe(0);
    expect((await notes(editor)).find((note) => note.claim?.id === offerAssignment.id)?.kind).toBe('OFFER_ACCEPTED');
    const topic = await editor.data<{ topic: { state: string } }>(`query($id: ID!) { topic(id: $id) { state } }`, { id: topicId });
    expect(topic.topic.state).toBe('IN_PROGRESS');
    // Accepted, it is a claim like any other: the reporter's activity moves and a second answer is refused.
    expect(await activityOf(reporterId)).not.toEqual(activityBefore);
    expect(errorCode(await reporter.request(ACCEPT, { id: offerAssignment.id }))).toBe('CONFLICT');
    expect(errorCode(await reporter.request(DECLINE, { id: offerAssignment.id }))).toBe('CONFLICT');

    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [offerAssignment.id]);
    expect(audit.map((row) => row.action)).toEqual(['claim.offer', 'claim.claimed']);
  });

  it('gives the slot back when the reporter declines (with a reason the editor reads) or the editor withdraws', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 1);
    const first = (await offer(assignmentId)).offerAssignment;
    const { declineOffer } = await reporter.data<{ declineOffer: { state: string; declineReason: string } }>(DECLINE, { id: first.id, reason: '  当天在外地  ' });
    expect(declineOffer).toEqual({ id: first.id, state: 'DECLINED', declineReason: '当天在外地' });
    expect((await assignmentView(assignmentId)).assignment.openSlots).toBe(1);
    expect((await notes(editor)).find((note) => note.claim?.id === first.id)).toMatchObject({ kind: 'OFFER_DECLINED', detail: '当天在外地' });
    expect(await factsOf(first.id)).toEqual([]);

    // Declined, the same reporter may be offered the slot again; the editor then takes it back.
    const second = (await offer(assignmentId)).offerAssignment;
    expect((await editor.data<{ withdrawOffer: { state: string } }>(WITHDRAW, { id: second.id })).withdrawOffer.state).toBe('WITHDRAWN');
    expect((await assignmentView(assignmentId)).assignment.openSlots).toBe(1);
    expect((await notes(reporter)).find((note) => note.claim?.id === second.id)?.kind).toBe('OFFER_WITHDRAWN');
    expect(reasonOf(await reporter.request(ACCEPT, { id: second.id }))).toBe('NOT_ALLOWED_IN_STATE');

    // Declining without a reason is fine; cancelling the assignment withdraws an open offer and frees its slot.
    const third = (await offer(assignmentId)).offerAssignment;
    expect((await reporter.data<{ declineOffer: { declineReason: string | null } }>(DECLINE, { id: third.id, reason: null })).declineOffer.declineReason).toBeNull();
    const fourth = (await offer(assignmentId)).offerAssignment;
    await editor.data(CANCEL_ASSIGNMENT, { id: assignmentId });
    const after = (await assignmentView(assignmentId)).assignment;
    expect((await server.database.dataSource.query(`SELECT claimed_count FROM assignments WHERE id = $1`, [assignmentId]))[0].claimed_count).toBe(0);
    expect(after.claims.find((claim) => claim.id === fourth.id)?.state).toBe('WITHDRAWN');
  });

  it('lets only the assignment’s editors offer, only to active reporters, and only the reporter answer', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 2);
    // An editor of another member (not the assignment's, not the proposer) neither offers nor lists candidates.
    expect((await assignmentView(assignmentId, otherEditor)).assignment.viewerActions).not.toContain('OFFER');
    const foreign = await otherEditor.request(OFFER, { a: assignmentId, r: reporterId });
    expect([errorCode(foreign), reasonOf(foreign)]).toEqual(['FORBIDDEN', 'NOT_REVIEWER']);
    expect(errorCode(await otherEditor.request(CANDIDATES, { a: assignmentId }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(OFFER, { a: assignmentId, r: reporterId }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(OFFER, { a: assignmentId, r: reporterId }))).toBe('FORBIDDEN');
    // Only reporters receive offers.
    const toEditor = await editor.request(OFFER, { a: assignmentId, r: await meId(otherEditor) });
    expect([errorCode(toEditor), reasonOf(toEditor)]).toEqual(['BAD_USER_INPUT', 'NOT_A_REPORTER']);

    const { offerAssignment } = await offer(assignmentId);
    const twice = await editor.request(OFFER, { a: assignmentId, r: reporterId });
    expect([errorCode(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'REPORTER_HOLDS_SLOT']);
    // Another reporter cannot answer it, the offered reporter cannot withdraw it, another member's editor cannot either.
    expect(errorCode(await otherReporter.request(ACCEPT, { id: offerAssignment.id }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(WITHDRAW, { id: offerAssignment.id }))).toBe('FORBIDDEN');
    expect(errorCode(await otherEditor.request(WITHDRAW, { id: offerAssignment.id }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(ACCEPT, { id: offerAssignment.id }))).toBe('FORBIDDEN');
    // A deactivated reporter is offered nothing.
    const yueyangReporter = await meId(otherReporter);
    await server.database.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [yueyangReporter]);
    const inactive = await editor.request(OFFER, { a: assignmentId, r: yueyangReporter });
    expect(reasonOf(inactive)).toBe('NOT_A_REPORTER');
  });

  it('finds reporters by name or member, paginated, and nobody else', async () => {
    const assignmentId = await assignmentOn(editor, topicId, jingzhou, 1);
    type Page = { offerCandidates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; role: string; member: { slug: string } }[] } };
    const byName = await editor.data<Page>(CANDIDATES, { a: assignmentId, s: '衡阳' });
    expect(byName.offerCandidates.totalCount).toBe(2);
    expect(byName.offerCandidates.nodes.every((node) => node.role === 'REPORTER' && node.member.slug === 'hengyang')).toBe(true);
    const byMember = await editor.data<Page>(CANDIDATES, { a: assignmentId, m: hengyang });
    expect(byMember.offerCandidates.nodes.map((node) => node.id).sort()).toEqual(byName.offerCandidates.nodes.map((node) => node.id).sort());
    const all = await editor.data<Page>(CANDIDATES, { a: assignmentId });
    expect(all.offerCandidates.totalCount).toBeGreaterThan(50);
    expect(all.offerCandidates.pageInfo.hasNextPage).toBe(true);
    const next = await editor.data<Page>(CANDIDATES, { a: assignmentId, after: all.offerCandidates.pageInfo.endCursor });
    expect(next.offerCandidates.nodes.map((node) => node.id)).not.toContain(all.offerCandidates.nodes[0]!.id);
    expect(next.offerCandidates.nodes.every((node) => node.role === 'REPORTER')).toBe(true);
  });

  it('gives the last slot to exactly one of an offer and claims racing for it', async () => {
    const rounds = 6;
    const assignments: string[] = [];
    for (let round = 0; round < rounds; round += 1) assignments.push(await assignmentOn(editor, topicId, jingzhou, 1));
    const results = await Promise.all(
      assignments.flatMap((assignmentId) => [editor.request(OFFER, { a: assignmentId, r: reporterId }), ...racers.map((racer) => racer.request(CLAIM, { id: assignmentId }))]),
    );
    const failures = results.filter((result) => result.errors);
    expect(failures.map((result) => errorCode(result)).filter((code) => code !== 'CONFLICT')).toEqual([]);
    expect(results.length - failures.length).toBe(rounds);
    const rows: { claimed_count: number; live: number }[] = await server.database.dataSource.query(
      `SELECT a.claimed_count, (SELECT count(*)::int FROM claims c WHERE c.assignment_id = a.id AND c.state = ANY($2)) AS live FROM assignments a WHERE a.id = ANY($1)`,
      [assignments, SLOT_HOLDING_CLAIM_STATES],
    );
    expect(rows).toEqual(assignments.map(() => ({ claimed_count: 1, live: 1 })));
  }, 60_000);
});
