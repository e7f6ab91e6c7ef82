import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn, TOPIC_INPUT } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

interface PersonView {
  displayName: string;
  account: { email: string; active: boolean; lastSignInAt: string | null } | null;
}
const PERSON = `displayName account { email active lastSignInAt }`;
const TOPIC = `query($id: ID!) { topic(id: $id) {
  createdBy { ${PERSON} }
  comments(first: 10) { nodes { author { ${PERSON} } } }
  assignments { claims { reporter { ${PERSON} } } }
} }`;
interface TopicView {
  topic: { createdBy: PersonView; comments: { nodes: { author: PersonView }[] }; assignments: { claims: { reporter: PersonView }[] }[] };
}
const ACTORS = `{ notifications(first: 50) { nodes { kind actor { ${PERSON} } } } }`;
interface ActorsView {
  notifications: { nodes: { kind: string; actor: PersonView | null }[] };
}
const INBOX_TOPICS = `{ notifications(first: 50) { nodes { kind topic { id title brief } assignment { id } } } }`;
interface InboxTopics {
  notifications: { nodes: { kind: string; topic: { id: string; title: string; brief: string } | null; assignment: { id: string } | null }[] };
}

/** Every account detail a response carries about people, flattened. */
function emailsIn(view: TopicView): (string | null)[] {
  const people = [view.topic.createdBy, ...view.topic.comments.nodes.map((c) => c.author), ...view.topic.assignments.flatMap((a) => a.claims.map((c) => c.reporter))];
  return people.map((person) => person.account?.email ?? null);
}

describe.each(DATABASE_KINDS)('defect 3: private account fields on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let ownReporter: GraphQLTestClient;
  let otherReporter: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let topicId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [editor, chief, ownReporter, otherReporter, otherEditor, secretariat] = await Promise.all([
      signedIn(server.url, 'editor.jingzhou@demo.example'),
      signedIn(server.url, 'chief.jingzhou@demo.example'),
      signedIn(server.url, 'reporter.jingzhou@demo.example'),
      signedIn(server.url, 'reporter.hengyang@demo.example'),
      signedIn(server.url, 'editor.hengyang@demo.example'),
      signedIn(server.url, 'secretariat@demo.example'),
    ]);
    topicId = await approvedTopic(editor, secretariat);
    const jingzhou = await memberIdOf(editor, 'jingzhou');
    await editor.data(`mutation($t: ID!, $b: String!) { addComment(topicId: $t, body: $b) { id } }`, { t: topicId, b: '请各成员单位就近认领' });
    // The chief editor creates the work: the reporter's claim tells the chief, with the reporter as actor.
    await ownReporter.data(CLAIM, { id: await assignmentOn(chief, topicId, jingzhou, 2) });
    // A reporter of another member claims the editor's assignment and is sent back: the editor is the actor.
    const { claimAssignment } = await otherReporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: await assignmentOn(editor, topicId, jingzhou, 2) });
    await otherReporter.data(`mutation($id: ID!, $input: SubmissionInput!) { submitClaim(claimId: $id, input: $input) { id } }`, { id: claimAssignment.id, input: { text: '初稿', links: [] } });
    await editor.data(`mutation($id: ID!, $c: String!) { requestChanges(claimId: $id, comment: $c) { id } }`, { id: claimAssignment.id, c: '请补充采访对象' });
  }, 120_000);
  afterAll(() => server.close());

  it('no longer offers email on a person at all', async () => {
    const result = await otherReporter.request(`query($id: ID!) { topic(id: $id) { createdBy { email } } }`, { id: topicId });
    expect(result.errors?.[0]?.message).toMatch(/email/);
    expect(result.data).toBeNull();
  });

  it('gives a reporter of another member no email, sign-in time or active flag through createdBy, author and actor', async () => {
    const { topic } = await otherReporter.data<TopicView>(TOPIC, { id: topicId });
    expect(topic.createdBy).toEqual({ displayName: expect.any(String), account: null });
    expect(topic.comments.nodes.map((c) => c.author.account)).toEqual([null]);
    const { notifications } = await otherReporter.data<ActorsView>(ACTORS);
    const sentBack = notifications.nodes.find((n) => n.kind === 'CHANGES_REQUESTED');
    expect(sentBack?.actor).toEqual({ displayName: expect.any(String), account: null });
  });

  it("gives an editor of another member no email of the topic's reporters through reporter", async () => {
    await editor.data(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: topicId, m: [await memberIdOf(editor, 'hengyang')] });
    await otherEditor.data(`mutation($id: ID!) { joinTopic(id: $id) { id } }`, { id: topicId });
    const view = await otherEditor.data<TopicView>(TOPIC, { id: topicId });
    const reporters = view.topic.assignments.flatMap((a) => a.claims.map((c) => c.reporter));
    expect(reporters).toHaveLength(2);
    expect(emailsIn(view)).toEqual(emailsIn(view).map(() => null));
  });

  it("shows the accounts to the person's own chief editor, and to the secretariat", async () => {
    const chiefView = await chief.data<TopicView>(TOPIC, { id: topicId });
    expect(chiefView.topic.createdBy.account).toMatchObject({ email: 'editor.jingzhou@demo.example', active: true });
    expect(chiefView.topic.comments.nodes[0]?.author.account?.email).toBe('editor.jingzhou@demo.example');
    const reporterEmails = chiefView.topic.assignments.flatMap((a) => a.claims.map((c) => c.reporter.account?.email ?? null));
    // The chief editor sees their own reporter's account, not the other member's.
    expect(reporterEmails.sort()).toEqual([null, 'reporter.jingzhou@demo.example']);
    const { notifications } = await chief.data<ActorsView>(ACTORS);
    expect(notifications.nodes.find((n) => n.kind === 'ASSIGNMENT_CLAIMED')?.actor?.account?.email).toBe('reporter.jingzhou@demo.example');

    const secretariatView = await secretariat.data<TopicView>(TOPIC, { id: topicId });
    expect(emailsIn(secretariatView).sort()).toEqual(
      ['editor.jingzhou@demo.example', 'editor.jingzhou@demo.example', 'reporter.hengyang@demo.example', 'reporter.jingzhou@demo.example'].sort(),
    );
  });

  it('shows a person their own account, and `me` stays the full account', async () => {
    const view = await editor.data<TopicView>(TOPIC, { id: topicId });
    expect(view.topic.createdBy.account?.email).toBe('editor.jingzhou@demo.example');
    const { me } = await otherReporter.data<{ me: { email: string; active: boolean } }>(`{ me { email active lastSignInAt } }`);
    expect(me).toMatchObject({ email: 'reporter.hengyang@demo.example', active: true });
  });

  it('never shows a draft through a notification to a member who cannot read it', async () => {
    const { createTopic } = await editor.data<{ createTopic: { id: string } }>(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, {
      input: { ...TOPIC_INPUT, title: '草稿：尚未提交的联合选题', brief: '只在荆州编辑部内部讨论的草稿，不应被其他成员看到。' },
    });
    const draftId = createTopic.id;
    const changsha = await memberIdOf(editor, 'changsha');
    await editor.data(`mutation($t: ID!, $m: [ID!]!) { inviteCoSponsors(topicId: $t, memberIds: $m) { id } }`, { t: draftId, m: [changsha] });
    const invitee = await signedIn(server.url, 'editor.changsha@demo.example');
    const invitedUser = (await invitee.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    // Even a notification that names the draft (written before this fix, or by any future path) hides it.
    await server.database.dataSource.query(`INSERT INTO notifications (user_id, kind, topic_id) VALUES ($1, 'COSPONSOR_INVITED', $2)`, [invitedUser, draftId]);

    const inbox = await invitee.data<InboxTopics>(INBOX_TOPICS);
    const invitations = inbox.notifications.nodes.filter((n) => n.kind === 'COSPONSOR_INVITED');
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.topic).toBeNull();
    expect(JSON.stringify(inbox)).not.toContain('草稿');

    // Once proposed, the invitation is announced and the topic readable.
    await editor.data(`mutation($id: ID!) { proposeTopic(id: $id) { id } }`, { id: draftId });
    const after = await invitee.data<InboxTopics>(INBOX_TOPICS);
    const visible = after.notifications.nodes.filter((n) => n.kind === 'COSPONSOR_INVITED' && n.topic?.id === draftId);
    expect(visible.length).toBeGreaterThanOrEqual(1);
    expect(visible[0]?.topic?.title).toBe('草稿：尚未提交的联合选题');
  });

  it('keeps a draft cancelled before it was ever proposed inside its member', async () => {
    const { createTopic } = await editor.data<{ createTopic: { id: string } }>(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, {
      input: { ...TOPIC_INPUT, title: '内部草稿：取消后也不公开', brief: '从未提交联盟的草稿，取消后仍只属于荆州。' },
    });
    await chief.data(`mutation($id: ID!, $r: String!) { cancelTopic(id: $id, reason: $r) { state } }`, { id: createTopic.id, r: '计划调整，不再推进' });
    expect((await editor.data<{ topic: { state: string } }>(`query($id: ID!) { topic(id: $id) { state } }`, { id: createTopic.id })).topic.state).toBe('CANCELLED');

    for (const outsider of [otherEditor, secretariat]) {
      const answer = await outsider.request(`query($id: ID!) { topic(id: $id) { title brief } }`, { id: createTopic.id });
      expect(errorCode(answer)).toBe('NOT_FOUND');
      const board = await outsider.data<{ topics: { nodes: { id: string }[] } }>(`{ topics(filter: { states: [CANCELLED] }, first: 100) { nodes { id } } }`);
      expect(board.topics.nodes.map((topic) => topic.id)).not.toContain(createTopic.id);
    }
  });
});
