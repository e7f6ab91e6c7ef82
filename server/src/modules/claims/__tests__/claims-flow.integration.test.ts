import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, inDays, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { nextResults, subscriptionClient } from '../../../test-support/subscription-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const SUBMIT = `mutation($id: ID!, $input: SubmissionInput!) { submitClaim(claimId: $id, input: $input) { state submittedAt } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $comment: String!) { requestChanges(claimId: $id, comment: $comment) { state reviewComment } }`;
const ACCEPT = `mutation($id: ID!) { acceptSubmission(claimId: $id) { state } }`;
const OPEN = `query($filter: OpenAssignmentFilter, $first: Int, $after: String) { openAssignments(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id openSlots distanceKm dueAt viewerCanClaim location { slug } topic { title } } } }`;
const UNREAD = `{ notifications(first: 1) { unreadCount nodes { kind detail } } }`;

interface OpenPage {
  openAssignments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; openSlots: number; distanceKm: number; viewerCanClaim: boolean; location: { slug: string } }[] };
}

describe.each(DATABASE_KINDS)('assignments, claims and publications on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let outsider: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let topicId: string;
  const memberIds: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, outsider, reporter, secretariat] = await Promise.all([
      signedIn(server.url, 'editor.jingzhou@demo.example'),
      signedIn(server.url, 'editor.nanjing@demo.example'),
      signedIn(server.url, 'reporter.yueyang@demo.example'),
      signedIn(server.url, 'secretariat@demo.example'),
    ]);
    topicId = await approvedTopic(editor, secretariat);
    for (const slug of ['jingzhou', 'yueyang', 'pudong', 'kunming', 'changsha']) memberIds[slug] = await memberIdOf(editor, slug);
  }, 60_000);
  afterAll(() => server.close());

  it("lists open assignments nearest to the reporter's city first, filtered and paged", async () => {
    for (const slug of ['pudong', 'kunming', 'yueyang', 'changsha']) await assignmentOn(editor, topicId, memberIds[slug]!, 2);
    const page = await reporter.data<OpenPage>(OPEN, { first: 3 });
    expect(page.openAssignments.nodes.slice(0, 2).map((n) => n.location.slug)).toEqual(['yueyang', 'changsha']);
    const distances = page.openAssignments.nodes.map((n) => n.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBe(0);
    const all = page.openAssignments.nodes.map((n) => n.id);
    for (let after = page.openAssignments.pageInfo.endCursor; after; ) {
      const next: OpenPage = await reporter.data<OpenPage>(OPEN, { first: 3, after });
      all.push(...next.openAssignments.nodes.map((n) => n.id));
      after = next.openAssignments.pageInfo.hasNextPage ? next.openAssignments.pageInfo.endCursor : null;
    }
    expect(all).toHaveLength(page.openAssignments.totalCount);
    expect(new Set(all).size).toBe(all.length);
    const video = await reporter.data<OpenPage>(OPEN, { filter: { format: 'VIDEO', provinceCode: '310000' } });
    expect(video.openAssignments.nodes.map((n) => n.location.slug)).toEqual(['pudong']);
    expect((await reporter.data<OpenPage>(OPEN, { filter: { format: 'AUDIO' } })).openAssignments.totalCount).toBe(0);
  });

  it('offers the slots of a topic only while it takes claims: completed or cancelled topics leave the list, counted or paged', async () => {
    const [completed, cancelled] = [await approvedTopic(editor, secretariat), await approvedTopic(editor, secretariat)];
    const [doneSlot, droppedSlot] = [await assignmentOn(editor, completed, memberIds.yueyang!, 1), await assignmentOn(editor, cancelled, memberIds.yueyang!, 1)];
    const listed = async () => {
      const page = await reporter.data<OpenPage>(OPEN, { first: 100, filter: { locationMemberId: memberIds.yueyang } });
      return { ids: page.openAssignments.nodes.map((n) => n.id), total: page.openAssignments.totalCount };
    };
    const before = await listed();
    expect(before.ids).toEqual(expect.arrayContaining([doneSlot, droppedSlot]));
    await editor.data(`mutation($id: ID!) { startTopic(id: $id) { state } }`, { id: completed });
    expect((await listed()).ids).toContain(doneSlot);
    await editor.data(`mutation($id: ID!) { completeTopic(id: $id) { state } }`, { id: completed });
    await editor.data(`mutation($id: ID!) { cancelTopic(id: $id, reason: "活动取消，改期举行") { state } }`, { id: cancelled });
    const after = await listed();
    expect(after.ids).not.toContain(doneSlot);
    expect(after.ids).not.toContain(droppedSlot);
    expect(after.total).toBe(before.total - 2);
    expect(errorCode(await reporter.request(CLAIM, { id: doneSlot }))).toBe('CONFLICT');
  });

  it('walks a piece from claim through changes to acceptance and publication, telling each side', async () => {
    const assignmentId = await assignmentOn(editor, topicId, memberIds.yueyang!, 1);
    const { claimAssignment } = await reporter.data<{ claimAssignment: { id: string; state: string } }>(CLAIM, { id: assignmentId });
    const claimId = claimAssignment.id;
    expect((await editor.data<{ notifications: { nodes: { kind: string }[] } }>(UNREAD)).notifications.nodes[0]?.kind).toBe('ASSIGNMENT_CLAIMED');
    expect((await reporter.data<OpenPage>(OPEN, { first: 100 })).openAssignments.nodes.map((n) => n.id)).not.toContain(assignmentId);

    expect(errorCode(await reporter.request(ACCEPT, { id: claimId }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(ACCEPT, { id: claimId }))).toBe('CONFLICT');
    expect(errorCode(await reporter.request(SUBMIT, { id: claimId, input: { text: '稿件', links: ['not a url'] } }))).toBe('BAD_USER_INPUT');
    await reporter.data(SUBMIT, { id: claimId, input: { text: '岳阳段岸线修复探访初稿', links: ['https://video.example/yueyang/1'] } });
    expect(errorCode(await outsider.request(REQUEST_CHANGES, { id: claimId, comment: '请补充数据' }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(REQUEST_CHANGES, { id: claimId, comment: '请补充数据' }))).toBe('FORBIDDEN');

    const changes = await editor.data<{ requestChanges: { state: string; reviewComment: string } }>(REQUEST_CHANGES, { id: claimId, comment: '请补充修复前后的对比数据' });
    expect(changes.requestChanges).toEqual({ state: 'CHANGES_REQUESTED', reviewComment: '请补充修复前后的对比数据' });
    expect((await reporter.data<{ notifications: { nodes: { kind: string; detail: string }[] } }>(UNREAD)).notifications.nodes[0]).toEqual({ kind: 'CHANGES_REQUESTED', detail: '请补充修复前后的对比数据' });

    await reporter.data(SUBMIT, { id: claimId, input: { text: '补充了对比数据的第二稿', links: [] } });
    const reviewQueue = await editor.data<{ reviewQueue: { nodes: { id: string }[] } }>(`{ reviewQueue(first: 20) { nodes { id } } }`);
    expect(reviewQueue.reviewQueue.nodes.map((n) => n.id)).toContain(claimId);
    expect((await editor.data<{ acceptSubmission: { state: string } }>(ACCEPT, { id: claimId })).acceptSubmission.state).toBe('ACCEPTED');
    expect(errorCode(await editor.request(ACCEPT, { id: claimId }))).toBe('CONFLICT');

    const RECORD = `mutation($input: PublicationInput!) { recordPublication(input: $input) { id member { slug } views } }`;
    const publication = (memberSlug: string, views: number) => ({ claimId, memberId: memberIds[memberSlug], channel: 'APP', url: `https://${memberSlug}.example/a/1`, publishedAt: new Date().toISOString(), views, shares: 10, likes: 5 });
    await editor.data(RECORD, { input: publication('jingzhou', 12000) });
    expect(errorCode(await outsider.request(RECORD, { input: publication('changsha', 1) }))).toBe('FORBIDDEN');
    await editor.data(RECORD, { input: publication('yueyang', 8000) });
    const { topic } = await secretariat.data<{ topic: { state: string; reach: Record<string, number>; progress: Record<string, number> } }>(
      `query($id: ID!) { topic(id: $id) { state reach { publications members views shares likes } progress { accepted } } }`,
      { id: topicId },
    );
    expect(topic.state).toBe('IN_PROGRESS');
    expect(topic.reach).toEqual({ publications: 2, members: 2, views: 20000, shares: 20, likes: 10 });
    expect(topic.progress.accepted).toBe(1);
  });

  it('starts an approved topic on its first claim through the state machine: audited and announced', async () => {
    const fresh = await approvedTopic(editor, secretariat);
    const assignmentId = await assignmentOn(editor, fresh, memberIds.yueyang!, 3);
    const socket = subscriptionClient(server.url, editor.sessionCookie);
    const events = nextResults<{ topicChanged: { kind: string; topic: { state: string } } }>(socket, `subscription($id: ID!) { topicChanged(topicId: $id) { kind topic { state } } }`, { id: fresh }, 2);
    await events.ready;
    await reporter.data(CLAIM, { id: assignmentId });
    const received = await events.results;
    expect(received.map((event) => event.topicChanged.kind)).toEqual(['CLAIM_CHANGED', 'UPDATED']);
    expect(received[1]?.topicChanged.topic.state).toBe('IN_PROGRESS');
    await socket.dispose();
    const audit: { action: string; before: { state: string }; after: { state: string } }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'topic' AND entity_id = $1 AND action = 'topic.start'`,
      [fresh],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { state: 'APPROVED' }, after: { state: 'IN_PROGRESS' } });
    // A second claim changes nothing more about the topic.
    await (await signedIn(server.url, 'reporter.changsha@demo.example')).data(CLAIM, { id: assignmentId });
    const again: unknown[] = await server.database.dataSource.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'topic.start'`, [fresh]);
    expect(again).toHaveLength(1);
  });

  it('names the reason when a claim fails: ALREADY_HOLDING is not SLOT_TAKEN', async () => {
    const assignmentId = await assignmentOn(editor, topicId, memberIds.yueyang!, 1);
    await reporter.data(CLAIM, { id: assignmentId });
    const again = await reporter.request(CLAIM, { id: assignmentId });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_HOLDING');
    const late = await (await signedIn(server.url, 'reporter.kunming@demo.example')).request(CLAIM, { id: assignmentId });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.extensions?.reason).toBe('SLOT_TAKEN');
  });

  it("places work only in a member newsroom's city: the secretariat unit hosts none", async () => {
    const answer = await editor.request(`mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }`, {
      input: { topicId, title: '秘书处所在地采访', brief: '', format: 'TEXT', locationMemberId: await memberIdOf(editor, 'secretariat'), dueAt: inDays(5), slots: 1 },
    });
    expect(answer).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { locationMemberId: 'not a newsroom' } } }] });
  });

  it('frees the slot when a reporter releases it, and shows my work by state', async () => {
    const assignmentId = await assignmentOn(editor, topicId, memberIds.jingzhou!, 1);
    const { claimAssignment } = await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId });
    const mine = await reporter.data<{ myClaims: { nodes: { id: string; state: string }[] } }>(`{ myClaims(states: [CLAIMED], first: 50) { nodes { id state } } }`);
    expect(mine.myClaims.nodes.map((n) => n.id)).toContain(claimAssignment.id);
    expect(errorCode(await outsider.request(`mutation($id: ID!) { releaseClaim(claimId: $id) { state } }`, { id: claimAssignment.id }))).toBe('FORBIDDEN');
    await reporter.data(`mutation($id: ID!) { releaseClaim(claimId: $id) { state } }`, { id: claimAssignment.id });
    const open = await reporter.data<OpenPage>(OPEN, { first: 100 });
    expect(open.openAssignments.nodes.find((n) => n.id === assignmentId)).toMatchObject({ openSlots: 1, viewerCanClaim: true });
  });

  it('answers a stale assignment edit with CONFLICT and never drops slots below the claims', async () => {
    const assignmentId = await assignmentOn(editor, topicId, memberIds.jingzhou!, 2);
    await reporter.data(CLAIM, { id: assignmentId });
    const UPDATE = `mutation($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) { updateAssignment(id: $id, version: $version, input: $input) { version slots } }`;
    const input = { title: '岸线修复现场探访', brief: '', format: 'VIDEO', locationMemberId: memberIds.jingzhou, dueAt: new Date(Date.now() + 864e5 * 4).toISOString(), slots: 3 };
    const updated = await editor.data<{ updateAssignment: { version: number } }>(UPDATE, { id: assignmentId, version: 1, input });
    expect(errorCode(await editor.request(UPDATE, { id: assignmentId, version: 1, input }))).toBe('CONFLICT');
    expect(errorCode(await editor.request(UPDATE, { id: assignmentId, version: updated.updateAssignment.version, input: { ...input, slots: 0 } }))).toBe('BAD_USER_INPUT');
    const cancelled = await editor.data<{ cancelAssignment: { status: string } }>(`mutation($id: ID!) { cancelAssignment(id: $id) { status } }`, { id: assignmentId });
    expect(cancelled.cancelAssignment.status).toBe('CANCELLED');
    expect((await reporter.data<{ notifications: { nodes: { kind: string }[] } }>(UNREAD)).notifications.nodes[0]?.kind).toBe('CLAIM_CANCELLED');
  });

  it('reads the topic board and open assignments in a number of statements that does not grow with the page size', async () => {
    const BOARD = `query($first: Int) { topics(first: $first) { nodes { id title state proposer { nameZh } coSponsors { status member { nameZh } } progress { slots claimed accepted } reach { views } provinces { nameZh } viewerActions } } }`;
    for (let i = 0; i < 6; i += 1) await approvedTopic(editor, secretariat);
    const statements = async (query: string, first: number) => {
      const before = server.queries.count;
      await reporter.data(query, { first });
      return server.queries.count - before;
    };
    // Batches are per level of the query, not per row; a level may hold no rows on a small page, hence the slack of 2.
    const [boardSmall, boardLarge] = [await statements(BOARD, 2), await statements(BOARD, 12)];
    expect(boardLarge - boardSmall).toBeLessThanOrEqual(2);
    const [openSmall, openLarge] = [await statements(OPEN, 2), await statements(OPEN, 12)];
    expect(openLarge - openSmall).toBeLessThanOrEqual(2);
    expect(boardLarge).toBeLessThan(12);
  });
});
