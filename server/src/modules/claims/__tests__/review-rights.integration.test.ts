import type { GraphQLResult, GraphQLTestClient } from '../../../test-support/graphql-client';
import { errorCode } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const JOIN = `mutation($id: ID!) { joinTopic(id: $id) { id } }`;
const INVITE = `mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitClaim(claimId: $id, input: { text: "初稿", links: [] }) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptSubmission(claimId: $id) { state } }`;
const REQUEST_CHANGES = `mutation($id: ID!) { requestChanges(claimId: $id, comment: "请补充采访对象") { state } }`;
const CANCEL_CLAIM = `mutation($id: ID!) { cancelClaim(claimId: $id) { state } }`;
const CANCEL_ASSIGNMENT = `mutation($id: ID!) { cancelAssignment(id: $id) { status } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) { viewerActions viewerCanEdit claims { id viewerActions } } }`;
const QUEUE = `{ reviewQueue(first: 50) { nodes { id viewerActions } } }`;

interface AssignmentView {
  assignment: { viewerActions: string[]; viewerCanEdit: boolean; claims: { id: string; viewerActions: string[] }[] };
}

const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;

describe.each(DATABASE_KINDS)('defect 7: who may co-sponsor and review whose work, on %s', (kind) => {
  let server: TestServer;
  let proposer: GraphQLTestClient;
  let hengyang: GraphQLTestClient;
  let changsha: GraphQLTestClient;
  let uninvited: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let topicId: string;
  let hengyangWork: string;
  let proposerWork: string;
  let hengyangClaim: string;
  let proposerClaim: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [proposer, hengyang, changsha, uninvited, secretariat, reporter] = await Promise.all([
      signedIn(server.url, 'editor.jingzhou@demo.example'),
      signedIn(server.url, 'editor.hengyang@demo.example'),
      signedIn(server.url, 'editor.changsha@demo.example'),
      signedIn(server.url, 'editor.nanjing@demo.example'),
      signedIn(server.url, 'secretariat@demo.example'),
      signedIn(server.url, 'reporter.yueyang@demo.example'),
    ]);
    topicId = await approvedTopic(proposer, secretariat);
  }, 120_000);
  afterAll(() => server.close());

  it('lets a member co-sponsor only by invitation: joinTopic without one is FORBIDDEN (NOT_INVITED)', async () => {
    const topicActions = async (client: GraphQLTestClient) =>
      (await client.data<{ topic: { viewerActions: string[] } }>(`query($id: ID!) { topic(id: $id) { viewerActions } }`, { id: topicId })).topic.viewerActions;
    expect(await topicActions(uninvited)).not.toContain('JOIN');
    const refused = await uninvited.request(JOIN, { id: topicId });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(reasonOf(refused)).toBe('NOT_INVITED');
    const coSponsors = await proposer.data<{ topic: { coSponsors: unknown[] } }>(`query($id: ID!) { topic(id: $id) { coSponsors { status } } }`, { id: topicId });
    expect(coSponsors.topic.coSponsors).toEqual([]);

    await proposer.data(INVITE, { t: topicId, m: [await memberIdOf(proposer, 'hengyang'), await memberIdOf(proposer, 'changsha')] });
    expect(await topicActions(hengyang)).toContain('JOIN');
    await hengyang.data(JOIN, { id: topicId });
    await changsha.data(JOIN, { id: topicId });
    const again = await hengyang.request(JOIN, { id: topicId });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(reasonOf(again)).toBe('ALREADY_JOINED');
    expect(await topicActions(hengyang)).toEqual(expect.arrayContaining(['ADD_ASSIGNMENT']));
    expect(errorCode(await uninvited.request(JOIN, { id: topicId }))).toBe('FORBIDDEN');
  });

  it("leaves review to editors of the assignment's member and of the proposer, and says so in viewerActions", async () => {
    const yueyang = await memberIdOf(proposer, 'yueyang');
    hengyangWork = await assignmentOn(hengyang, topicId, yueyang, 2);
    proposerWork = await assignmentOn(proposer, topicId, yueyang, 2);
    hengyangClaim = (await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: hengyangWork })).claimAssignment.id;
    proposerClaim = (await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: proposerWork })).claimAssignment.id;
    const mine = await reporter.data<AssignmentView>(ASSIGNMENT, { id: hengyangWork });
    expect(mine.assignment.viewerActions).toEqual([]);
    const ownClaim = await reporter.data<{ myClaims: { nodes: { id: string; viewerActions: string[] }[] } }>(`{ myClaims(first: 50) { nodes { id viewerActions } } }`);
    expect(ownClaim.myClaims.nodes.find((n) => n.id === hengyangClaim)?.viewerActions).toEqual(['SUBMIT', 'RELEASE']);
    await reporter.data(SUBMIT, { id: hengyangClaim });
    await reporter.data(SUBMIT, { id: proposerClaim });

    // Another co-sponsor sees the claims but may not decide over them.
    const other = await changsha.data<AssignmentView>(ASSIGNMENT, { id: hengyangWork });
    expect(other.assignment.viewerActions).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(other.assignment.viewerCanEdit).toBe(false);
    expect(other.assignment.claims).toEqual([{ id: hengyangClaim, viewerActions: [] }]);
    for (const mutation of [ACCEPT, REQUEST_CHANGES, CANCEL_CLAIM]) {
      const refused = await changsha.request(mutation, { id: hengyangClaim });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(reasonOf(refused)).toBe('NOT_REVIEWER');
    }
    expect(errorCode(await changsha.request(CANCEL_ASSIGNMENT, { id: hengyangWork }))).toBe('FORBIDDEN');
    // Neither does an editor of a member outside the topic, nor the secretariat (it oversees, it does not edit).
    expect(errorCode(await uninvited.request(ACCEPT, { id: hengyangClaim }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(ACCEPT, { id: hengyangClaim }))).toBe('FORBIDDEN');
    const overseen = await secretariat.data<AssignmentView>(ASSIGNMENT, { id: hengyangWork });
    expect(overseen.assignment.viewerActions).toEqual(['SEE_CLAIMS']);
    expect(overseen.assignment.claims).toEqual([{ id: hengyangClaim, viewerActions: [] }]);

    // The creating member's editor reviews its own assignment's work, not the proposer's.
    const own = await hengyang.data<AssignmentView>(ASSIGNMENT, { id: hengyangWork });
    expect(own.assignment.viewerActions).toEqual(['EDIT', 'CANCEL', 'OFFER', 'SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(own.assignment.claims).toEqual([{ id: hengyangClaim, viewerActions: ['ACCEPT', 'REQUEST_CHANGES', 'CANCEL'] }]);
    const notTheirs = await hengyang.data<AssignmentView>(ASSIGNMENT, { id: proposerWork });
    expect(notTheirs.assignment.viewerActions).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(reasonOf(await hengyang.request(ACCEPT, { id: proposerClaim }))).toBe('NOT_REVIEWER');

    // The proposer reviews everything on its topic.
    const proposerView = await proposer.data<AssignmentView>(ASSIGNMENT, { id: hengyangWork });
    expect(proposerView.assignment.viewerActions).toEqual(['EDIT', 'CANCEL', 'OFFER', 'SEE_CLAIMS', 'RECORD_PUBLICATION']);

    // Review queues follow the same rule.
    // (The demo alliance has submissions of its own: look at this topic's two.)
    const ours = new Set([hengyangClaim, proposerClaim]);
    const queue = async (client: GraphQLTestClient) =>
      (await client.data<{ reviewQueue: { nodes: { id: string; viewerActions: string[] }[] } }>(QUEUE)).reviewQueue.nodes.filter((n) => ours.has(n.id));
    expect((await queue(hengyang)).map((n) => n.id)).toEqual([hengyangClaim]);
    expect((await queue(changsha)).map((n) => n.id)).toEqual([]);
    expect((await secretariat.data<{ reviewQueue: { nodes: unknown[] } }>(QUEUE)).reviewQueue.nodes).toEqual([]);
    const proposerQueue = await queue(proposer);
    expect(proposerQueue.map((n) => n.id).sort()).toEqual([hengyangClaim, proposerClaim].sort());
    expect(proposerQueue.every((n) => n.viewerActions.includes('ACCEPT'))).toBe(true);

    expect((await hengyang.data<{ acceptSubmission: { state: string } }>(ACCEPT, { id: hengyangClaim })).acceptSubmission.state).toBe('ACCEPTED');
    expect((await proposer.data<{ requestChanges: { state: string } }>(REQUEST_CHANGES, { id: proposerClaim })).requestChanges.state).toBe('CHANGES_REQUESTED');
  });

  it('moves an assignment through its stages with its slots, and refuses to edit or cancel it once every slot is accepted', async () => {
    const STAGE = `query($id: ID!) { assignment(id: $id) { stage acceptedSlots workingSlots openSlots viewerActions version } }`;
    type StageView = { assignment: { stage: string; acceptedSlots: number; workingSlots: number; openSlots: number; viewerActions: string[]; version: number } };
    // Two slots: one accepted (the test above), one free, nobody working → open, with the accepted slot counted.
    const partly = (await reporter.data<StageView>(STAGE, { id: hengyangWork })).assignment;
    expect(partly).toMatchObject({ stage: 'OPEN', acceptedSlots: 1, workingSlots: 0, openSlots: 1 });
    // The proposer's assignment: one claim sent back for changes → in progress.
    expect((await reporter.data<StageView>(STAGE, { id: proposerWork })).assignment).toMatchObject({ stage: 'IN_PROGRESS', acceptedSlots: 0, workingSlots: 1, openSlots: 1 });

    const second = await signedIn(server.url, 'reporter2.yueyang@demo.example');
    const claimId = (await second.data<{ claimAssignment: { id: string } }>(CLAIM, { id: hengyangWork })).claimAssignment.id;
    expect((await second.data<StageView>(STAGE, { id: hengyangWork })).assignment.stage).toBe('IN_PROGRESS');
    await second.data(SUBMIT, { id: claimId });
    await hengyang.data(ACCEPT, { id: claimId });

    const done = (await hengyang.data<StageView>(STAGE, { id: hengyangWork })).assignment;
    expect(done).toMatchObject({ stage: 'DONE', acceptedSlots: 2, workingSlots: 0, openSlots: 0 });
    expect(done.viewerActions).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
    const cancelRefused = await hengyang.request(CANCEL_ASSIGNMENT, { id: hengyangWork });
    expect(errorCode(cancelRefused)).toBe('CONFLICT');
    expect(reasonOf(cancelRefused)).toBe('NOT_ALLOWED_IN_STATE');
    const editRefused = await hengyang.request(
      `mutation($id: ID!, $v: Int!, $l: ID!, $due: DateTimeISO!) { updateAssignment(id: $id, version: $v, input: { title: "改一改标题", brief: "", format: TEXT, locationMemberId: $l, dueAt: $due, slots: 2 }) { id } }`,
      { id: hengyangWork, v: done.version, l: await memberIdOf(proposer, 'yueyang'), due: new Date(Date.now() + 3 * 864e5).toISOString() },
    );
    expect(errorCode(editRefused)).toBe('CONFLICT');
    expect(reasonOf(editRefused)).toBe('NOT_ALLOWED_IN_STATE');
  });
});
