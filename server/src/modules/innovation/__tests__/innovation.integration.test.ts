import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { inDays, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const OPEN = `mutation($input: NewInnovationRoundInput!) { openInnovationRound(input: $input) { id status version viewerActions } }`;
const PANEL = `mutation($id: ID!, $users: [ID!]!) { setInnovationPanel(roundId: $id, userIds: $users) { id panel { id } } }`;
const MOVE = `mutation($id: ID!, $to: InnovationRoundStatus!) { moveInnovationRound(id: $id, to: $to) { id status } }`;
const SUBMIT = `mutation($input: NewInnovationProjectInput!) { submitInnovationProject(input: $input) { id status version viewerActions member { slug } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) { updateInnovationProject(id: $id, version: $version, input: $input) { id title version } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawInnovationProject(id: $id) { id status } }`;
const SCORE = `mutation($id: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) { scoreInnovationProject(projectId: $id, scores: $scores, comment: $comment) { id viewerScore { scores total comment } } }`;
const AWARD = `mutation($id: ID!, $award: InnovationAward) { setInnovationAward(projectId: $id, award: $award) { id award } }`;
const PROJECT = `query($id: ID!) { innovationProject(id: $id) { id award averageScore rank viewerScore { total } scores { total panellist { id } } viewerActions } }`;
const PROJECTS = `query($round: ID!, $filter: InnovationProjectFilter) { innovationProjects(roundId: $round, filter: $filter, first: 50) { totalCount nodes { id title award averageScore scores { total } member { slug } } } }`;
const ROUND = `query($id: ID!) { innovationRound(id: $id) { id status viewerOnPanel viewerActions counts { submitted viewerMember top excellent } scoringProgress { panellist { id } scored total } } }`;

type Project = { id: string; award: string | null; averageScore: number | null; rank: number | null; viewerScore: { total: number } | null; scores: { total: number; panellist: { id: string } }[]; viewerActions: string[] };

// One round a year: every test round takes a year of its own (the demo holds 2025 and 2026).
const roundInput = (title: string, year: number) => ({
  title,
  year,
  criteria: [
    { name: '创新性', description: '首创与突破', maxScore: 30 },
    { name: '传播效果', maxScore: 40 },
    { name: '可推广性', maxScore: 30 },
  ],
  submissionsCloseAt: inDays(20),
});
const projectInput = (roundId: string, title: string) => ({
  roundId,
  title,
  category: 'PLATFORM',
  summary: '一次采集、多端分发的县级融媒中台。',
  results: '接入 8 个县级中心。',
  links: ['https://jingzhou.example/cloud'],
  media: [{ url: 'https://jingzhou.example/cloud.jpg', credit: '荆州市融媒体中心' }],
});
const points = (a: number, b: number, c: number) => [
  { criterionIndex: 0, score: a },
  { criterionIndex: 1, score: b },
  { criterionIndex: 2, score: c },
];

describe.each(DATABASE_KINDS)('innovation projects on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let editorJz: GraphQLTestClient;
  let chiefJz: GraphQLTestClient;
  let reporterJz: GraphQLTestClient;
  let editorHy: GraphQLTestClient;
  let panelA: GraphQLTestClient;
  let panelB: GraphQLTestClient;
  let outsider: GraphQLTestClient;
  const userIds: Record<string, string> = {};
  let seq = 0;
  let year = 2030;

  const meId = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
  const openRound = async () => (await secretariat.data<{ openInnovationRound: { id: string } }>(OPEN, { input: roundInput(`测试轮次 ${(seq += 1)}`, (year += 1)) })).openInnovationRound.id;
  const submit = async (client: GraphQLTestClient, roundId: string, title = `项目 ${(seq += 1)}`) =>
    (await client.data<{ submitInnovationProject: { id: string; version: number } }>(SUBMIT, { input: projectInput(roundId, title) })).submitInnovationProject;
  const project = async (client: GraphQLTestClient, id: string) => (await client.data<{ innovationProject: Project | null }>(PROJECT, { id })).innovationProject;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [secretariat, editorJz, chiefJz, reporterJz, editorHy, panelA, panelB, outsider] = (await Promise.all(
      ['secretariat', 'editor.jingzhou', 'chief.jingzhou', 'reporter.jingzhou', 'editor.hengyang', 'chief.wuhan', 'chief.nanjing', 'editor.changsha'].map((name) =>
        signedIn(server.url, `${name}@demo.example`),
      ),
    )) as GraphQLTestClient[] as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    userIds.panelA = await meId(panelA);
    userIds.panelB = await meId(panelB);
  }, 120_000);
  afterAll(() => server?.close());

  it('runs a round OPEN → SCORING → CLOSED → PUBLISHED, scores private until closed, role × member', async () => {
    expect(errorCode(await editorJz.request(OPEN, { input: roundInput('不是秘书处', 2099) }))).toBe('FORBIDDEN');
    const roundId = await openRound();
    expect(errorCode(await editorJz.request(PANEL, { id: roundId, users: [userIds.panelA] }))).toBe('FORBIDDEN');
    await secretariat.data(PANEL, { id: roundId, users: [userIds.panelA, userIds.panelB] });
    const panelInbox = await panelA.data<{ notifications: { nodes: { kind: string; detail: string }[] } }>(`{ notifications(first: 3) { nodes { kind detail } } }`);
    expect(panelInbox.notifications.nodes[0]).toMatchObject({ kind: 'INNOVATION_PANEL_NAMED' });

    expect(errorCode(await reporterJz.request(SUBMIT, { input: projectInput(roundId, '记者不能提交') }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(SUBMIT, { input: projectInput(roundId, '秘书处不能提交') }))).toBe('FORBIDDEN');
    const jz = await submit(editorJz, roundId, '荆云中台');
    const hy = await submit(editorHy, roundId, '雁城视界');
    // Before scoring: the panel and other members do not see another member's project.
    expect(await project(panelA, jz.id)).toBeNull();
    expect(await project(editorHy, jz.id)).toBeNull();
    expect((await project(chiefJz, jz.id))?.viewerActions).toEqual(['EDIT', 'WITHDRAW']);
    expect(errorCode(await editorHy.request(UPDATE, { id: jz.id, version: 1, input: { title: '改别人的' } }))).toBe('NOT_FOUND');
    expect((await chiefJz.data<{ updateInnovationProject: { version: number } }>(UPDATE, { id: jz.id, version: 1, input: { title: '“荆云”县级融媒中台' } })).updateInnovationProject.version).toBe(2);
    expect(errorCode(await editorJz.request(UPDATE, { id: jz.id, version: 1, input: { title: '旧版本' } }))).toBe('CONFLICT');
    expect(errorCode(await panelA.request(SCORE, { id: jz.id, scores: points(1, 1, 1) }))).toBe('NOT_FOUND');

    expect(errorCode(await editorJz.request(MOVE, { id: roundId, to: 'SCORING' }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(MOVE, { id: roundId, to: 'CLOSED' }))).toBe('CONFLICT');
    await secretariat.data(MOVE, { id: roundId, to: 'SCORING' });
    expect((await editorJz.request(SUBMIT, { input: projectInput(roundId, '太晚了') })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_NOT_OPEN' });
    expect(errorCode(await editorJz.request(WITHDRAW, { id: jz.id }))).toBe('CONFLICT');

    // Scoring: validated on the server, only the panel.
    const outOfRange = await panelA.request(SCORE, { id: jz.id, scores: points(31, 1, 1) });
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCORE_OUT_OF_RANGE' });
    expect((await panelA.request(SCORE, { id: jz.id, scores: points(1, 1, 1).slice(0, 2) })).errors?.[0]?.extensions?.reason).toBe('SCORE_OUT_OF_RANGE');
    expect((await panelA.request(SCORE, { id: jz.id, scores: [...points(1, 1, 1), { criterionIndex: 3, score: 1 }] })).errors?.[0]?.extensions?.reason).toBe('SCORE_OUT_OF_RANGE');
    expect((await outsider.request(SCORE, { id: jz.id, scores: points(1, 1, 1) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await secretariat.request(SCORE, { id: jz.id, scores: points(1, 1, 1) })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ON_PANEL' });
    await panelA.data(SCORE, { id: jz.id, scores: points(20, 30, 20), comment: '初评' });
    const changed = await panelA.data<{ scoreInnovationProject: { viewerScore: { total: number; comment: string } } }>(SCORE, { id: jz.id, scores: points(25, 35, 25), comment: '复评' });
    expect(changed.scoreInnovationProject.viewerScore).toEqual({ scores: [25, 35, 25], total: 85, comment: '复评' });
    await panelB.data(SCORE, { id: jz.id, scores: points(15, 20, 10) });
    await panelB.data(SCORE, { id: hy.id, scores: points(28, 38, 28) });

    // Privacy while SCORING: a panellist sees only their own; nobody else sees any score.
    const seenByA = await project(panelA, jz.id);
    expect(seenByA).toMatchObject({ viewerScore: { total: 85 }, scores: [], averageScore: null, rank: null, viewerActions: ['SCORE'] });
    expect((await project(panelA, hy.id))?.viewerScore).toBeNull();
    for (const client of [secretariat, editorJz, chiefJz, editorHy, outsider]) {
      const seen = await project(client, jz.id);
      if (seen) expect(seen).toMatchObject({ scores: [], averageScore: null, viewerScore: null });
    }
    expect(await project(editorHy, jz.id)).toBeNull();
    const list = await panelA.data<{ innovationProjects: { nodes: { scores: unknown[]; averageScore: number | null }[] } }>(PROJECTS, { round: roundId });
    expect(list.innovationProjects.nodes.every((node) => node.scores.length === 0 && node.averageScore === null)).toBe(true);
    const progress = await secretariat.data<{ innovationRound: { scoringProgress: { panellist: { id: string }; scored: number; total: number }[] } }>(ROUND, { id: roundId });
    expect(progress.innovationRound.scoringProgress).toHaveLength(2);
    expect(progress.innovationRound.scoringProgress).toEqual(
      expect.arrayContaining([
        { panellist: { id: userIds.panelA }, scored: 1, total: 2 },
        { panellist: { id: userIds.panelB }, scored: 2, total: 2 },
      ]),
    );
    expect((await panelA.data<{ innovationRound: { scoringProgress: unknown } }>(ROUND, { id: roundId })).innovationRound.scoringProgress).toBeNull();
    // The audit log (read by the secretariat) keeps who scored, not the points.
    const audit: { after: Record<string, unknown> }[] = await server.database.dataSource.query(`SELECT after FROM audit_log WHERE action LIKE 'innovation_score.%' AND entity_id = $1`, [jz.id]);
    expect(audit.length).toBe(3);
    expect(audit.map((row) => Object.keys(row.after).sort())).toEqual([0, 1, 2].map(() => ['commented', 'criteria', 'roundId']));

    expect(errorCode(await secretariat.request(AWARD, { id: jz.id, award: 'TOP' }))).toBe('CONFLICT');
    await secretariat.data(MOVE, { id: roundId, to: 'CLOSED' });
    expect(errorCode(await panelA.request(SCORE, { id: jz.id, scores: points(1, 1, 1) }))).toBe('CONFLICT');

    // CLOSED: the panel and the secretariat see every score and the ranking; members do not.
    for (const client of [panelA, panelB, secretariat]) {
      const seen = await project(client, hy.id);
      expect(seen).toMatchObject({ averageScore: 94, rank: 1 });
      expect((await project(client, jz.id))?.scores.map((score) => score.total)).toEqual([85, 45]);
    }
    expect(await project(chiefJz, jz.id)).toMatchObject({ scores: [], averageScore: null, rank: null, award: null });
    expect(await project(outsider, jz.id)).toBeNull();
    const ranked = await secretariat.data<{ innovationProjects: { nodes: { title: string }[] } }>(PROJECTS, { round: roundId });
    expect(ranked.innovationProjects.nodes.map((node) => node.title)).toEqual(['雁城视界', '“荆云”县级融媒中台']);

    expect(errorCode(await panelA.request(AWARD, { id: hy.id, award: 'TOP' }))).toBe('FORBIDDEN');
    await secretariat.data(AWARD, { id: hy.id, award: 'TOP' });
    await secretariat.data(AWARD, { id: jz.id, award: 'TOP' });
    expect((await secretariat.data<{ setInnovationAward: { award: string | null } }>(AWARD, { id: jz.id, award: 'EXCELLENT' })).setInnovationAward.award).toBe('EXCELLENT');
    expect(await project(chiefJz, jz.id)).toMatchObject({ award: null });

    await secretariat.data(MOVE, { id: roundId, to: 'PUBLISHED' });
    expect(errorCode(await secretariat.request(AWARD, { id: jz.id, award: null }))).toBe('CONFLICT');
    expect(errorCode(await secretariat.request(MOVE, { id: roundId, to: 'PUBLISHED' }))).toBe('CONFLICT');
    // Published: every member browses the recommended list (awards, not scores).
    const top = await outsider.data<{ innovationProjects: { totalCount: number; nodes: { title: string; award: string; averageScore: number | null; scores: unknown[]; member: { slug: string } }[] } }>(PROJECTS, {
      round: roundId,
      filter: { awards: ['TOP'] },
    });
    expect(top.innovationProjects.nodes).toEqual([{ id: hy.id, title: '雁城视界', award: 'TOP', averageScore: null, scores: [], member: { slug: 'hengyang' } }]);
    expect((await outsider.data<{ innovationProjects: { totalCount: number } }>(PROJECTS, { round: roundId, filter: { awards: ['EXCELLENT'] } })).innovationProjects.totalCount).toBe(1);
    const inbox = await outsider.data<{ notifications: { nodes: { kind: string; innovationRound: { id: string } | null }[] } }>(`{ notifications(first: 3) { nodes { kind innovationRound { id } } } }`);
    expect(inbox.notifications.nodes[0]).toEqual({ kind: 'INNOVATION_LIST_PUBLISHED', innovationRound: { id: roundId } });
    const reporterInbox = await reporterJz.data<{ notifications: { nodes: { kind: string }[] } }>(`{ notifications(first: 3) { nodes { kind } } }`);
    expect(reporterInbox.notifications.nodes.map((node) => node.kind)).not.toContain('INNOVATION_LIST_PUBLISHED');
    const actions: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [roundId]);
    expect(actions.map((row) => row.action)).toEqual([
      'innovation_round.open',
      'innovation_round.set_panel',
      'innovation_round.scoring',
      'innovation_round.closed',
      'innovation_round.published',
    ]);
  }, 120_000);

  it('holds the per-member limit under concurrent submissions, and a withdrawal gives the slot back', async () => {
    const roundId = await openRound();
    const editors = [editorJz, chiefJz, editorJz, chiefJz, editorJz, chiefJz, editorJz, chiefJz];
    const results = await Promise.all(editors.map((client, index) => client.request(SUBMIT, { input: projectInput(roundId, `并发项目 ${index}`) })));
    expect(results.filter((result) => !result.errors).length).toBe(5);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'TOO_MANY_PROJECTS').length).toBe(3);
    const own = await editorJz.data<{ innovationProjects: { totalCount: number; nodes: { id: string }[] } }>(PROJECTS, { round: roundId, filter: { mine: true } });
    expect(own.innovationProjects.totalCount).toBe(5);
    await editorJz.data(WITHDRAW, { id: own.innovationProjects.nodes[0]!.id });
    expect(errorCode(await editorJz.request(WITHDRAW, { id: own.innovationProjects.nodes[0]!.id }))).toBe('CONFLICT');
    const again = await Promise.all([editorJz, chiefJz].map((client, index) => client.request(SUBMIT, { input: projectInput(roundId, `补交 ${index}`) })));
    expect(again.filter((result) => !result.errors).length).toBe(1);
    const counts = await editorJz.data<{ innovationRound: { counts: { viewerMember: number } } }>(ROUND, { id: roundId });
    expect(counts.innovationRound.counts.viewerMember).toBe(5);
    // Another member has its own five.
    await submit(editorHy, roundId);
  }, 120_000);

  it('guards moves on the state they were read in, and refuses scoring without a panel', async () => {
    const roundId = await openRound();
    expect((await secretariat.request(MOVE, { id: roundId, to: 'SCORING' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await secretariat.data(PANEL, { id: roundId, users: [userIds.panelA] });
    const moves = await Promise.all([0, 1, 2].map(() => secretariat.request(MOVE, { id: roundId, to: 'SCORING' })));
    expect(moves.filter((result) => !result.errors).length).toBe(1);
    expect(moves.filter((result) => errorCode(result) === 'CONFLICT').length).toBe(2);
    expect(errorCode(await secretariat.request(`mutation($id: ID!) { updateInnovationRound(id: $id, version: 3, input: { title: "改名" }) { id } }`, { id: roundId }))).toBe('CONFLICT');
    expect(errorCode(await secretariat.request(MOVE, { id: roundId, to: 'OPEN' }))).toBe('CONFLICT');
  }, 120_000);

  it('reads a ranked list with members, scores and actions in as many statements for 12 projects as for 3 (loaders, no N+1)', async () => {
    const { innovationRounds } = await panelA.data<{ innovationRounds: { nodes: { id: string; title: string }[] } }>(`{ innovationRounds(first: 50) { nodes { id title } } }`);
    const last = innovationRounds.nodes.find((round) => round.title === '2025年度地市党媒融合创新项目')!;
    const FULL = `query($round: ID!, $first: Int) { innovationProjects(roundId: $round, first: $first) { nodes { id award averageScore rank viewerActions member { nameZh } submittedBy { displayName } round { title viewerOnPanel } viewerScore { total } scores { total panellist { displayName } } } } }`;
    const count = async (first: number) => {
      const before = server.queries.count;
      const { innovationProjects } = await panelA.data<{ innovationProjects: { nodes: { scores: unknown[] }[] } }>(FULL, { round: last.id, first });
      expect(innovationProjects.nodes).toHaveLength(first);
      // chief.wuhan sat on last year's panel: every score is visible now the round is published.
      expect(innovationProjects.nodes.every((node) => node.scores.length === 5)).toBe(true);
      return server.queries.count - before;
    };
    const few = await count(3);
    expect(await count(12)).toBe(few);
  });

  it('lets only the secretariat name the published event where a round is presented, and the event lists it', async () => {
    const roundId = await openRound();
    const PRESENT = `mutation($round: ID!, $event: ID) { presentInnovationRound(roundId: $round, eventId: $event) { id presentedAt { id title } } }`;
    const EVENT_ROUNDS = `query($id: ID!) { event(id: $id) { presentedRounds { id title } } }`;
    const { events } = await outsider.data<{ events: { nodes: { id: string; title: string; status: string }[] } }>(`{ events(filter: { when: ALL }, first: 50) { nodes { id title status } } }`);
    const annual = events.nodes.find((event) => event.title === '长江经济带城市群融媒联盟 2027 年会')!;
    expect(errorCode(await chiefJz.request(PRESENT, { round: roundId, event: annual.id }))).toBe('FORBIDDEN');
    const { presentInnovationRound } = await secretariat.data<{ presentInnovationRound: { presentedAt: { id: string } | null } }>(PRESENT, { round: roundId, event: annual.id });
    expect(presentInnovationRound.presentedAt?.id).toBe(annual.id);
    const listed = await outsider.data<{ event: { presentedRounds: { id: string }[] } }>(EVENT_ROUNDS, { id: annual.id });
    expect(listed.event.presentedRounds.map((round) => round.id)).toContain(roundId);
    // A draft cannot present a list (and stays invisible to those who do not manage it).
    const { createEvent } = await chiefJz.data<{ createEvent: { id: string } }>(`mutation($input: NewEventInput!) { createEvent(input: $input) { id } }`, {
      input: { kind: 'CONFERENCE', title: '创新项目分享会', startsOn: '2027-03-10', endsOn: '2027-03-10', place: '荆州', capacity: 20, placesPerMember: 2, registrationClosesAt: inDays(30) },
    });
    expect(errorCode(await secretariat.request(PRESENT, { round: roundId, event: createEvent.id }))).toBe('BAD_USER_INPUT');
    const cleared = await secretariat.data<{ presentInnovationRound: { presentedAt: unknown } }>(PRESENT, { round: roundId, event: null });
    expect(cleared.presentInnovationRound.presentedAt).toBeNull();
    expect((await outsider.data<{ event: { presentedRounds: { id: string }[] } }>(EVENT_ROUNDS, { id: annual.id })).event.presentedRounds.map((round) => round.id)).not.toContain(roundId);
  }, 120_000);

  it("keeps a panellist off their own member's projects, and closes only when every submitted project has a score", async () => {
    const roundId = await openRound();
    await secretariat.data(PANEL, { id: roundId, users: [await meId(chiefJz), userIds.panelA] });
    const jz = await submit(editorJz, roundId, '荆州的项目');
    await secretariat.data(MOVE, { id: roundId, to: 'SCORING' });
    expect((await project(chiefJz, jz.id))?.viewerActions).not.toContain('SCORE');
    const own = await chiefJz.request(SCORE, { id: jz.id, scores: points(30, 40, 30) });
    expect(errorCode(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/conflict of interest/);
    expect((await project(panelA, jz.id))?.viewerActions).toEqual(['SCORE']);

    const early = await secretariat.request(MOVE, { id: roundId, to: 'CLOSED' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ALLOWED_IN_STATE' });
    expect(early.errors?.[0]?.message).toMatch(/^1 submitted project/);
    const progress = await secretariat.data<{ innovationRound: { unscoredCount: number | null } }>(`query($id: ID!) { innovationRound(id: $id) { unscoredCount } }`, { id: roundId });
    expect(progress.innovationRound.unscoredCount).toBe(1);
    expect((await panelA.data<{ innovationRound: { unscoredCount: number | null } }>(`query($id: ID!) { innovationRound(id: $id) { unscoredCount } }`, { id: roundId })).innovationRound.unscoredCount).toBeNull();
    await panelA.data(SCORE, { id: jz.id, scores: points(20, 30, 20) });
    await secretariat.data(MOVE, { id: roundId, to: 'CLOSED' });
    expect(await project(panelA, jz.id)).toMatchObject({ averageScore: 70, rank: 1 });
  }, 120_000);

  it('opens one round a year, under concurrency too, and refuses a deadline already past', async () => {
    const taken = (year += 1);
    const opens = await Promise.all([0, 1, 2].map((index) => secretariat.request(OPEN, { input: roundInput(`同年轮次 ${index}`, taken) })));
    expect(opens.filter((result) => !result.errors).length).toBe(1);
    expect(opens.filter((result) => errorCode(result) === 'CONFLICT').length).toBe(2);
    expect((await secretariat.request(OPEN, { input: roundInput('2025 再来一轮', 2025) })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VALIDATION' });
    const past = await secretariat.request(OPEN, { input: { ...roundInput('截止已过', (year += 1)), submissionsCloseAt: inDays(-1) } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { submissionsCloseAt: expect.any(String) } });

    const roundId = await openRound();
    const UPDATE_ROUND = `mutation($id: ID!, $input: InnovationRoundChangesInput!) { updateInnovationRound(id: $id, version: 1, input: $input) { id year } }`;
    expect(errorCode(await secretariat.request(UPDATE_ROUND, { id: roundId, input: { year: taken } }))).toBe('CONFLICT');
    const edited = await secretariat.request(UPDATE_ROUND, { id: roundId, input: { submissionsCloseAt: inDays(-2) } });
    expect(edited.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { submissionsCloseAt: expect.any(String) } });
    expect(await secretariat.data(UPDATE_ROUND, { id: roundId, input: { title: '同一年份改名', submissionsCloseAt: inDays(5) } })).toBeTruthy();
  }, 120_000);

  it('shows withdrawn projects to their own member and the secretariat, not to other members', async () => {
    const roundId = await openRound();
    const gone = await submit(editorJz, roundId, '撤回的项目');
    await editorJz.data(WITHDRAW, { id: gone.id });
    const withdrawn = async (client: GraphQLTestClient) =>
      (await client.data<{ innovationProjects: { nodes: { id: string }[] } }>(PROJECTS, { round: roundId, filter: { statuses: ['WITHDRAWN'] } })).innovationProjects.nodes.map((node) => node.id);
    expect(await withdrawn(chiefJz)).toEqual([gone.id]);
    expect(await withdrawn(secretariat)).toEqual([gone.id]);
    expect(await withdrawn(editorHy)).toEqual([]);
  }, 120_000);

  it('hides a cancelled event as the place a round is presented', async () => {
    const roundId = await openRound();
    const { createEvent } = await chiefJz.data<{ createEvent: { id: string } }>(`mutation($input: NewEventInput!) { createEvent(input: $input) { id } }`, {
      input: { kind: 'CONFERENCE', title: '取消的分享会', startsOn: '2027-04-10', endsOn: '2027-04-10', place: '荆州', capacity: 20, placesPerMember: 2, registrationClosesAt: inDays(30) },
    });
    await chiefJz.data(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
    const PRESENTED = `query($id: ID!) { innovationRound(id: $id) { presentedAt { id } } }`;
    await secretariat.data(`mutation($round: ID!, $event: ID) { presentInnovationRound(roundId: $round, eventId: $event) { id } }`, { round: roundId, event: createEvent.id });
    expect((await outsider.data<{ innovationRound: { presentedAt: { id: string } | null } }>(PRESENTED, { id: roundId })).innovationRound.presentedAt?.id).toBe(createEvent.id);
    await chiefJz.data(`mutation($id: ID!) { cancelEvent(id: $id, reason: "场地变更") { id } }`, { id: createEvent.id });
    expect((await outsider.data<{ innovationRound: { presentedAt: unknown } }>(PRESENTED, { id: roundId })).innovationRound.presentedAt).toBeNull();
    expect((await secretariat.data<{ innovationRound: { presentedAt: unknown } }>(PRESENTED, { id: roundId })).innovationRound.presentedAt).toBeNull();
  }, 120_000);

  it('shows the demo: last year published with 3 精品 and 5 优秀, and this year open', async () => {
    const { innovationRounds } = await outsider.data<{ innovationRounds: { nodes: { id: string; title: string; status: string; counts: { submitted: number; top: number; excellent: number } }[] } }>(
      `{ innovationRounds(first: 50) { nodes { id title status counts { submitted top excellent } } } }`,
    );
    const last = innovationRounds.nodes.find((round) => round.title === '2025年度地市党媒融合创新项目');
    const open = innovationRounds.nodes.find((round) => round.title === '2026年度地市党媒融合创新项目');
    expect(last).toMatchObject({ status: 'PUBLISHED', counts: { submitted: 12, top: 3, excellent: 5 } });
    expect(open).toMatchObject({ status: 'OPEN', counts: { top: 0, excellent: 0 } });
    const top = await outsider.data<{ innovationProjects: { nodes: { title: string }[] } }>(PROJECTS, { round: last!.id, filter: { awards: ['TOP'] } });
    expect(top.innovationProjects.nodes.map((node) => node.title)).toEqual(['“荆云”县级融媒中台', '长江云数据新闻编辑部', '“我的长沙”政务服务+新闻客户端']);
    // Last year's list is presented at the Jingzhou trip's project session; this year's at the 2027 annual meeting.
    const presented = await outsider.data<{ innovationRound: { presentedAt: { title: string } | null } }>(`query($id: ID!) { innovationRound(id: $id) { presentedAt { title } } }`, { id: last!.id });
    expect(presented.innovationRound.presentedAt?.title).toBe('百家党媒看荆州主题采访活动');
  });
});
