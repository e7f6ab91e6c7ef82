import fs from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { GraphQLTestClient, type GraphQLResult } from '../../test-support/graphql-client';
import { approvedTopic, assignmentOn, CLAIM, inDays, memberIdOf, signedIn, TOPIC_INPUT } from '../../test-support/coverage-fixtures';
import { DEMO_PASSWORD, startTestServer, type DatabaseKind, type TestServer } from '../../test-support/test-server';
import { FORGED_CURSORS, UUID, describeValue, documentFor, getAt, hostileValues, setAt, slotsOf, storedProblems, type Vars } from '../../test-support/input-fuzz';
import { SCHEMA_FILE } from '../schema';
import { insertResource } from '../../modules/resources/__tests__/resource-fixtures';
import { NEW_EVENT } from '../../modules/events/__tests__/event-fixtures';
import { CHECK_IN, insertEvent, REGISTER, runEventToday, userIdOf } from '../../modules/events/__tests__/registration-fixtures';

/**
 * defect 4: walks every argument of every Query and Mutation in schema.graphql (and every field of their input
 * objects, recursively), sends hostile values one at a time while the other arguments stay valid, and fails on
 * any INTERNAL_SERVER_ERROR or on a value stored that the input layer should have refused or cleaned.
 */

type Role = 'secretariat' | 'chief' | 'editor' | 'otherEditor' | 'reporter' | 'reporter2' | 'profile' | 'anonymous';

interface OperationSpec {
  as: Role;
  /** Valid arguments: every call gets a fresh set (fresh records where the operation consumes them). */
  baseline: () => Promise<Vars> | Vars;
  /** Selection on the result (object results only). */
  select?: string;
  /** What the operation stored, read back through the API after it succeeded. */
  readBack?: (result: Record<string, unknown>, vars: Vars) => Promise<unknown>;
}

const schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

/**
 * The suite for one database; `input-fuzz.<kind>.integration.test.ts` run it, as two files so jest's two workers run
 * the databases side by side (each walk takes minutes).
 */
export function describeInputFuzz(kind: DatabaseKind): void {
  describe(`defect 4: schema-driven input fuzz on ${kind}`, () => {
    let server: TestServer;
    const clients = {} as Record<Exclude<Role, 'anonymous'>, GraphQLTestClient>;
    const ids: Record<string, string> = {};
    let profilePassword = DEMO_PASSWORD;
    let uniq = 0;
    let otherEditor: GraphQLTestClient;
    const next = () => `${Date.now().toString(36)}${(uniq += 1)}`;

    const clientFor = (role: Role) => (role === 'anonymous' ? new GraphQLTestClient(server.url) : clients[role]);
    const draftTopic = async (title = `草稿选题 ${next()}`) =>
      (await clients.editor.data<{ createTopic: { id: string } }>(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, { input: { ...TOPIC_INPUT, title } })).createTopic.id;
    const proposedTopic = async () => {
      const id = await draftTopic();
      await clients.editor.data(`mutation($id: ID!) { proposeTopic(id: $id) { id } }`, { id });
      return id;
    };
    const claimState = async (claimId: string) =>
      (await clients.reporter.data<{ myClaims: { nodes: { id: string; state: string }[] } }>(`{ myClaims(first: 100) { nodes { id state } } }`)).myClaims.nodes.find((c) => c.id === claimId)?.state;
    const SUBMIT = `mutation($id: ID!, $input: SubmissionInput!) { submitClaim(claimId: $id, input: $input) { state } }`;
    const REQUEST_CHANGES = `mutation($id: ID!, $comment: String!) { requestChanges(claimId: $id, comment: $comment) { state } }`;
    /** The cycling claim moves SUBMITTED ⇄ CHANGES_REQUESTED so that submitClaim and requestChanges always apply. */
    const cyclingClaimIn = async (wanted: 'SUBMITTED' | 'CHANGES_REQUESTED') => {
      const state = await claimState(ids.cyclingClaim!);
      if (state === wanted) return;
      if (wanted === 'SUBMITTED') await clients.reporter.data(SUBMIT, { id: ids.cyclingClaim, input: { text: '第二稿', links: [] } });
      else await clients.editor.data(REQUEST_CHANGES, { id: ids.cyclingClaim, comment: '请补充' });
    };
    const myClaim = async (_result: Record<string, unknown>, vars: Vars) =>
      (await clients.reporter.data<{ myClaims: { nodes: { id: string }[] } }>(`{ myClaims(first: 100) { nodes { id submissionText submissionLinks reviewComment publications { id url } } } }`)).myClaims.nodes.find(
        (c) => c.id === vars.claimId,
      );
    const freshOffer = async () =>
      (
        await clients.editor.data<{ offerAssignment: { id: string } }>(`mutation($a: ID!, $r: ID!) { offerAssignment(assignmentId: $a, reporterId: $r) { id } }`, {
          a: await assignmentOn(clients.editor, ids.topic!, ids.jingzhou!, 1),
          r: ids.hengyangReporter,
        })
      ).offerAssignment.id;
    const readTopic = async (result: Record<string, unknown>) =>
      (
        await clients.editor.data<{ topic: unknown }>(`query($id: ID!) { topic(id: $id) { title brief themes cities windowStart windowEnd rejectionReason cancelReason } }`, {
          id: (result as { id: string }).id,
        })
      ).topic;
    const readAssignment = async (result: Record<string, unknown>) =>
      (await clients.editor.data<{ assignment: unknown }>(`query($id: ID!) { assignment(id: $id) { title brief } }`, { id: (result as { id: string }).id })).assignment;
    const version = async (query: 'topic' | 'assignment', id: string) =>
      (await clients.editor.data<Record<string, { version: number }>>(`query($id: ID!) { ${query}(id: $id) { version } }`, { id }))[query]!.version;
    const publicationFields = () => ({ memberId: ids.jingzhou, channel: 'APP', url: 'https://jingzhou.example/news/2', publishedAt: new Date().toISOString(), views: 100, shares: 10, likes: 5 });
    const publicationOn = async (claimId: string) =>
      (
        await clients.editor.data<{ recordPublication: { id: string } }>(`mutation($input: PublicationInput!) { recordPublication(input: $input) { id } }`, {
          input: { claimId, ...publicationFields() },
        })
      ).recordPublication.id;
    const assignmentInput = () => ({ title: '岸线修复现场探访', brief: '拍摄修复前后对比', format: 'VIDEO', locationMemberId: ids.jingzhou, dueAt: inDays(5), slots: 2 });
    const pieceInput = () => ({
      area: 'CONTENT',
      title: '荆州古城墙的晨光',
      description: '守城人的一天',
      themes: ['楚文化'],
      provinceCodes: ['420000'],
      cities: ['荆州'],
      body: '<p>清晨六点，守城人沿着城墙巡查。</p>',
      byline: '记者 王晓明',
      originalUrl: 'https://jingzhou.example/news/wall',
      media: [{ url: 'https://jingzhou.example/img/wall.jpg', kind: 'IMAGE', credit: '摄影：李思远', caption: '晨光' }],
      excludedProvinceCodes: ['510000'],
      embargoUntil: inDays(3),
    });
    const SHARE = `mutation($input: ResourceInput!) { shareResource(input: $input) { id } }`;
    const sharedBy = async (client: GraphQLTestClient, input: Vars = pieceInput()) => (await client.data<{ shareResource: { id: string } }>(SHARE, { input })).shareResource.id;
    const readResource = async (result: Record<string, unknown>) =>
      (await clients.editor.data<{ resource: unknown }>(`query($id: ID!) { resource(id: $id) { title description themes cities } }`, { id: (result as { id: string }).id })).resource;

    // Resource requests: pieces of Jingzhou's (chief decides), asked for by Hengyang's editor (another member newsroom).
    const REQUEST_RESOURCE = `mutation($id: ID!, $note: String!) { requestResource(resourceId: $id, note: $note) { id } }`;
    const jingzhouResource = async () => (await insertResource(server.database.dataSource, 'jingzhou', { area: 'TECH_SERVICE', title: `转播车 ${next()}` })).id;
    const pendingRequest = async () => (await clients.otherEditor.data<{ requestResource: { id: string } }>(REQUEST_RESOURCE, { id: await jingzhouResource(), note: '借用' })).requestResource.id;
    const approvedRequest = async () => {
      const id = await pendingRequest();
      await clients.chief.data(`mutation($id: ID!) { approveResourceRequest(id: $id) { id } }`, { id });
      return id;
    };
    const readRequest = async (result: Record<string, unknown>) =>
      (
        await clients.chief.data<{ resourceRequests: { nodes: { id: string }[] } }>(
          `{ resourceRequests(filter: { direction: INCOMING }, first: 100) { nodes { id note neededOn declineReason fulfillmentNote } } }`,
        )
      ).resourceRequests.nodes.find((request) => request.id === result.id);
    const readFeed = (role: 'chief' | 'secretariat', memberId: () => string) => async (result: Record<string, unknown>) =>
      (await clients[role].data<{ memberFeeds: { id: string }[] }>(`query($m: ID!) { memberFeeds(memberId: $m) { id url themes } }`, { m: memberId() })).memberFeeds.find(
        (feed) => feed.id === result.id,
      );
    // Inserted directly: a loopback address is refused when added, and polling it is refused before any request leaves.
    const storedFeed = async (slug: string, url = 'http://127.0.0.1:9/feed.xml') =>
      (
        await server.database.dataSource.query<{ id: string }[]>(
          `INSERT INTO member_feeds (member_id, url, created_by_id) SELECT m.id, $2, u.id FROM members m JOIN users u ON u.member_id = m.id AND u.role = 'CHIEF_EDITOR' WHERE m.slug = $1 LIMIT 1 RETURNING id`,
          [slug, url],
        )
      )[0]!.id;
    const feedInput = () => ({ url: 'https://jingzhou.example/rss.xml', themes: ['长江'], active: true });
    // Events: drafts of Jingzhou's, made by its chief editor.
    const eventInput = () => ({ ...NEW_EVENT, invitesAllMembers: false, invitedMemberIds: [ids.hengyang] });
    const draftEvent = async () => (await clients.chief.data<{ createEvent: { id: string } }>(`mutation($input: NewEventInput!) { createEvent(input: $input) { id } }`, { input: eventInput() })).createEvent.id;
    const readEvent = async (result: Record<string, unknown>) =>
      (
        await clients.chief.data<{ event: unknown }>(`query($id: ID!) { event(id: $id) { title place eventDescription: description cancelReason days { stops { place activity leader startsAt endsAt } } } }`, {
          id: (result as { id: string }).id,
        })
      ).event;
    const eventChanges = () => {
      const { kind: _kind, ...changes } = eventInput();
      return changes;
    };

    // Events: each call gets a fresh event hosted by Jingzhou (editor = its staff), Hengyang's editor registers its reporter.
    const openEvent = async () => (await insertEvent(server.database.dataSource, { capacity: 50, placesPerMember: 10 })).id;
    const registrationOn = async (eventId: string) =>
      (await clients.otherEditor.data<{ registerForEvent: { id: string; participants: { id: string }[] } }>(REGISTER, { eventId, ids: [ids.hengyangReporter], guests: [{ name: '王摄影' }] }))
        .registerForEvent;
    const checkInArgs = async () => {
      const eventId = await openEvent();
      await registrationOn(eventId);
      // People are checked in on the day: the event starts today.
      await runEventToday(server.database.dataSource, eventId);
      const [stop]: { id: string }[] = await server.database.dataSource.query(`SELECT id FROM event_stops WHERE event_id = $1 ORDER BY day, starts_at LIMIT 1`, [eventId]);
      return { eventId, userId: ids.hengyangReporter, participantId: null, pass: null, stopId: stop!.id };
    };
    const readRegistration = async (_result: Record<string, unknown>, vars: Vars) =>
      (
        await clients.otherEditor.data<{ event: { viewerRegistration: unknown } }>(`query($id: ID!) { event(id: $id) { viewerRegistration { id status participants { name title status } } } }`, {
          id: vars.eventId,
        })
      ).event.viewerRegistration;

    // Innovation projects: rounds the secretariat opens, projects Jingzhou's editor submits (at most 5 a round, so fresh rounds).
    // One round a year (unique index): the fixed rounds take 2028 and 2029, every other one the next of 2030..2100, freed
    // first (a round opened that many cases ago is no longer in use; its rows go with it).
    let roundYear = 2029;
    const freeYear = async () => {
      roundYear = roundYear >= 2100 ? 2030 : roundYear + 1;
      await server.database.dataSource.query(`DELETE FROM innovation_rounds WHERE year = $1 AND NOT is_demo`, [roundYear]);
      return roundYear;
    };
    const roundInput = async () => ({
      title: `融合创新项目 ${next()}`,
      year: await freeYear(),
      criteria: [{ name: '创新性', description: '首创与突破', maxScore: 30 }, { name: '传播效果', description: '', maxScore: 70 }],
      submissionsCloseAt: inDays(30),
    });
    const projectFields = () => ({ title: '县级融媒中台', category: 'PLATFORM', summary: '一次采集，多端分发', results: '接入 8 个县级中心', links: ['https://jingzhou.example/cloud'], media: [{ url: 'https://jingzhou.example/cloud.jpg', credit: '荆州市融媒体中心' }] });
    const openedRound = async () =>
      (await clients.secretariat.data<{ openInnovationRound: { id: string } }>(`mutation($input: NewInnovationRoundInput!) { openInnovationRound(input: $input) { id } }`, { input: await roundInput() })).openInnovationRound.id;
    const submittedProject = async (roundId?: string, by: GraphQLTestClient = clients.editor) =>
      (
        await by.data<{ submitInnovationProject: { id: string } }>(`mutation($input: NewInnovationProjectInput!) { submitInnovationProject(input: $input) { id } }`, {
          input: { roundId: roundId ?? (await openedRound()), ...projectFields() },
        })
      ).submitInnovationProject.id;
    const roundWithPanel = async () => {
      const id = await openedRound();
      await clients.secretariat.data(`mutation($id: ID!, $users: [ID!]!) { setInnovationPanel(roundId: $id, userIds: $users) { id } }`, { id, users: [ids.editorUser] });
      return id;
    };
    const moveRound = (id: string, to: string) => clients.secretariat.data(`mutation($id: ID!, $to: InnovationRoundStatus!) { moveInnovationRound(id: $id, to: $to) { id } }`, { id, to });
    const readRound = async (result: Record<string, unknown>) =>
      (await clients.secretariat.data<{ innovationRound: unknown }>(`query($id: ID!) { innovationRound(id: $id) { title year criteria { name description maxScore } } }`, { id: result.id })).innovationRound;
    const readProject = async (result: Record<string, unknown>) =>
      (await clients.editor.data<{ innovationProject: unknown }>(`query($id: ID!) { innovationProject(id: $id) { title summary results links media { url credit } viewerScore { comment } } }`, { id: result.id }))
        .innovationProject;

    // Charter and commitments: the secretariat publishes and sets; Jingzhou's editor gives evidence for the fixed MANUAL
    // commitment of the fixed period (2029). Commitments of their own get a fresh year each (2030..2100, cycling: a
    // year used that many cases ago is freed first, its commitments with it).
    let periodYear = 2029;
    const freePeriodYear = async () => {
      periodYear = periodYear >= 2100 ? 2030 : periodYear + 1;
      await server.database.dataSource.query(`DELETE FROM participation_periods WHERE year = $1`, [periodYear]);
      return periodYear;
    };
    const OPEN_PERIOD = `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }`;
    const freshPeriod = async () => (await clients.secretariat.data<{ openPeriod: { id: string } }>(OPEN_PERIOD, { input: { kind: 'YEAR', year: await freePeriodYear() } })).openPeriod.id;
    const commitmentFields = () => ({ title: '举办一次业务培训', description: '面向成员单位的融合传播培训', defaultTarget: 3, weight: 2 });
    const commitmentIn = async (periodId: string, metric = 'MANUAL') =>
      (
        await clients.secretariat.data<{ setCommitment: { id: string } }>(`mutation($input: CommitmentInput!) { setCommitment(input: $input) { id } }`, {
          input: { periodId, metric, ...commitmentFields() },
        })
      ).setCommitment.id;
    const freshCommitment = async () => commitmentIn(await freshPeriod());
    const readCommitment = async (result: Record<string, unknown>) => {
      const [row]: { period_id: string }[] = await server.database.dataSource.query(`SELECT period_id FROM commitments WHERE id = $1`, [result.id]);
      if (!row) return null;
      const { commitments } = await clients.secretariat.data<{ commitments: { id: string }[] }>(
        `query($p: ID!) { commitments(periodId: $p) { id title commitmentDescription: description defaultTarget weight } }`,
        { p: row.period_id },
      );
      return commitments.find((commitment) => commitment.id === result.id);
    };
    const charterNow = async () => (await clients.secretariat.data<{ charter: { version: number } | null }>(`{ charter { version } }`)).charter?.version ?? null;
    // Each baseline changes the charter (a version that changes nothing is refused).
    let charterEdits = 0;
    const charterInput = async () => ({
      baseVersion: await charterNow(),
      changeNote: '新增平台共享条款',
      articles: [
        { number: 1, title: '总则', body: `联盟由沿江城市党媒自愿组成（第 ${++charterEdits} 次修订）。`, area: null },
        { number: 2, title: '平台共享', body: '共建共享融合传播平台。', area: 'PLATFORM' },
      ],
    });
    const readCharter = async (result: Record<string, unknown>) =>
      (
        await clients.reporter.data<{ charterVersion: unknown }>(`query($v: Int!) { charterVersion(version: $v) { charterChangeNote: changeNote articles { number articleTitle: title articleBody: body area } } }`, {
          v: result.version,
        })
      ).charterVersion;
    const SUBMIT_EVIDENCE = `mutation($input: EvidenceInput!) { submitCommitmentEvidence(input: $input) { id } }`;
    const evidenceInput = () => ({ commitmentId: ids.manualCommitment, memberId: null, text: '举办融媒体业务培训一期，参训 60 人。', links: ['https://jingzhou.example/training'], fileIds: [] });
    const submittedEvidence = async () => (await clients.editor.data<{ submitCommitmentEvidence: { id: string } }>(SUBMIT_EVIDENCE, { input: evidenceInput() })).submitCommitmentEvidence.id;
    const readEvidence = (role: 'editor' | 'secretariat') => async (result: Record<string, unknown>) =>
      (
        await clients[role].data<{ commitmentEvidence: { nodes: { id: string }[] } }>(
          `query($c: ID!) { commitmentEvidence(filter: { commitmentId: $c }, first: 100) { nodes { id text links decisionNote } } }`,
          { c: ids.manualCommitment },
        )
      ).commitmentEvidence.nodes.find((evidence) => evidence.id === result.id);

    const announcementInput = () => ({ title: '关于报送年度融合创新项目的通知', body: '请各成员单位于月底前报送。\n\n联系人：秘书处。', important: true, audience: 'PROVINCES', provinceCodes: ['420000'] });
    const postedAnnouncement = async () =>
      (await clients.secretariat.data<{ postAnnouncement: { id: string } }>(`mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { id } }`, { input: announcementInput() }))
        .postAnnouncement.id;
    const readAnnouncement = async (result: Record<string, unknown>) =>
      (await clients.secretariat.data<{ announcement: unknown }>(`query($id: ID!) { announcement(id: $id) { announcementTitle: title announcementBody: body } }`, { id: result.id })).announcement;
    // Claim attachments: removeClaimFile takes a fresh file on a submission of its own claim, each call.
    let filesClaim: { id: string; files: number } | null = null;
    const claimFile = async () => {
      const reporter = clients.reporter;
      const text = Buffer.from('采访笔记');
      const meta = `filename ${Buffer.from('笔记.txt').toString('base64')},filetype ${Buffer.from('text/plain').toString('base64')}`;
      const created = await fetch(`${server.url}/uploads`, { method: 'POST', headers: { 'Tus-Resumable': '1.0.0', cookie: reporter.sessionCookie ?? '', 'Upload-Length': String(text.length), 'Upload-Metadata': meta } });
      const url = new URL(created.headers.get('location') ?? '', server.url);
      await fetch(url, { method: 'PATCH', headers: { 'Tus-Resumable': '1.0.0', 'Content-Type': 'application/offset+octet-stream', cookie: reporter.sessionCookie ?? '', 'Upload-Offset': '0' }, body: text });
      const fileId = url.pathname.split('/').pop() ?? '';
      if (!filesClaim || filesClaim.files >= 15) {
        const assignmentId = await assignmentOn(clients.editor, ids.topic!, ids.jingzhou!, 1);
        filesClaim = { id: (await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id, files: 0 };
      } else {
        await clients.editor.data(REQUEST_CHANGES, { id: filesClaim.id, comment: '请补充' });
      }
      await reporter.data(`mutation($id: ID!, $f: [ID!]) { submitClaim(claimId: $id, input: { text: "附件稿", links: [], fileIds: $f }) { id } }`, { id: filesClaim.id, f: [fileId] });
      filesClaim.files += 1;
      return fileId;
    };

    const SPECS: Record<string, OperationSpec> = {
      registerForEvent: {
        as: 'otherEditor',
        baseline: async () => ({ eventId: await openEvent(), participantIds: [ids.hengyangReporter], guests: [{ name: '王摄影', title: '摄影记者' }], joinWaitlist: false }),
        select: 'id',
        readBack: readRegistration,
      },
      withdrawParticipant: { as: 'otherEditor', baseline: async () => ({ participantId: (await registrationOn(await openEvent())).participants[0]!.id }), select: 'id' },
      withdrawRegistration: { as: 'otherEditor', baseline: async () => ({ id: (await registrationOn(await openEvent())).id }), select: 'id' },
      confirmRegistration: { as: 'editor', baseline: async () => ({ id: (await registrationOn(await openEvent())).id }), select: 'id' },
      checkIn: { as: 'editor', baseline: checkInArgs, select: 'id' },
      undoCheckIn: {
        as: 'editor',
        baseline: async () => ({ id: (await clients.editor.data<{ checkIn: { id: string } }>(CHECK_IN, await checkInArgs())).checkIn.id }),
      },
      innovationRound: { as: 'reporter', baseline: () => ({ id: ids.scoringRound }), select: 'id' },
      innovationRounds: { as: 'reporter', baseline: () => ({ first: 5, after: null }), select: 'totalCount' },
      innovationProject: { as: 'editor', baseline: () => ({ id: ids.scoringProject }), select: 'id' },
      innovationProjects: { as: 'editor', baseline: () => ({ roundId: ids.scoringRound, filter: { mine: false, awards: null, statuses: ['SUBMITTED'] }, first: 5, after: null }), select: 'totalCount' },
      openInnovationRound: { as: 'secretariat', baseline: async () => ({ input: await roundInput() }), select: 'id', readBack: readRound },
      updateInnovationRound: { as: 'secretariat', baseline: async () => ({ id: await openedRound(), version: 1, input: await roundInput() }), select: 'id', readBack: readRound },
      setInnovationPanel: { as: 'secretariat', baseline: async () => ({ roundId: await openedRound(), userIds: [ids.editorUser] }), select: 'id' },
      moveInnovationRound: { as: 'secretariat', baseline: async () => ({ id: await roundWithPanel(), to: 'SCORING' }), select: 'id' },
      presentInnovationRound: { as: 'secretariat', baseline: async () => ({ roundId: await openedRound(), eventId: ids.publishedEvent }), select: 'id' },
      submitInnovationProject: { as: 'editor', baseline: async () => ({ input: { roundId: await openedRound(), ...projectFields() } }), select: 'id', readBack: readProject },
      updateInnovationProject: { as: 'editor', baseline: async () => ({ id: await submittedProject(), version: 1, input: projectFields() }), select: 'id', readBack: readProject },
      withdrawInnovationProject: { as: 'editor', baseline: async () => ({ id: await submittedProject() }), select: 'id' },
      scoreInnovationProject: {
        as: 'editor',
        baseline: () => ({ projectId: ids.scoringProject, scores: [{ criterionIndex: 0, score: 20 }, { criterionIndex: 1, score: 50 }], comment: '成效扎实' }),
        select: 'id',
        readBack: readProject,
      },
      setInnovationAward: { as: 'secretariat', baseline: () => ({ projectId: ids.closedProject, award: 'TOP' }), select: 'id' },
      // Charter and commitments
      charterVersions: { as: 'reporter', baseline: () => ({ first: 5 }), select: 'version' },
      charterVersion: { as: 'reporter', baseline: () => ({ version: 1 }), select: 'version' },
      period: { as: 'reporter', baseline: () => ({ id: ids.period }), select: 'id' },
      commitments: { as: 'reporter', baseline: () => ({ periodId: ids.period }), select: 'id' },
      commitmentEvidence: {
        as: 'editor',
        baseline: () => ({ filter: { periodId: ids.period, commitmentId: ids.manualCommitment, memberId: ids.jingzhou, state: 'SUBMITTED' }, first: 5, after: null }),
        select: 'totalCount',
      },
      publishCharter: { as: 'secretariat', baseline: async () => ({ input: await charterInput() }), select: 'id version', readBack: readCharter },
      openPeriod: { as: 'secretariat', baseline: async () => ({ input: { kind: 'QUARTER', year: await freePeriodYear(), quarter: 2 } }), select: 'id' },
      setCommitment: {
        as: 'secretariat',
        baseline: async () => ({ input: { periodId: await freshPeriod(), metric: 'MANUAL', ...commitmentFields() } }),
        select: 'id',
        readBack: readCommitment,
      },
      updateCommitment: { as: 'secretariat', baseline: async () => ({ id: await freshCommitment(), input: { version: 1, ...commitmentFields() } }), select: 'id', readBack: readCommitment },
      removeCommitment: { as: 'secretariat', baseline: async () => ({ id: await freshCommitment() }) },
      setCommitmentTarget: { as: 'secretariat', baseline: () => ({ commitmentId: ids.measuredCommitment, memberId: ids.hengyang, target: 5 }), select: 'id' },
      submitCommitmentEvidence: { as: 'editor', baseline: () => ({ input: evidenceInput() }), select: 'id', readBack: readEvidence('editor') },
      decideCommitmentEvidence: {
        as: 'secretariat',
        baseline: async () => ({ id: await submittedEvidence(), verified: false, note: '缺少培训签到表', version: 1 }),
        select: 'id',
        readBack: readEvidence('secretariat'),
      },
      // Announcements and notification preferences: the secretariat posts to every member (Jingzhou's editor reads);
      // edits and withdrawals work on a fresh announcement each; preferences are reporter2's, so no other case hears less.
      announcements: { as: 'editor', baseline: () => ({ unreadOnly: false, first: 5, after: null }), select: 'totalCount unreadCount' },
      announcement: { as: 'editor', baseline: async () => ({ id: await postedAnnouncement() }), select: 'id' },
      announcementReceipts: { as: 'secretariat', baseline: async () => ({ id: await postedAnnouncement(), filter: 'UNREAD', first: 5, after: null }), select: 'totalCount' },
      postAnnouncement: { as: 'secretariat', baseline: () => ({ input: announcementInput() }), select: 'id', readBack: readAnnouncement },
      updateAnnouncement: {
        as: 'secretariat',
        baseline: async () => ({ id: await postedAnnouncement(), input: { title: '通知（更新）', body: '时间调整为周五。', important: false, version: 1 } }),
        select: 'id',
        readBack: readAnnouncement,
      },
      withdrawAnnouncement: { as: 'secretariat', baseline: async () => ({ id: await postedAnnouncement(), version: 1 }), select: 'id' },
      markAnnouncementRead: { as: 'editor', baseline: async () => ({ id: await postedAnnouncement() }), select: 'id' },
      setNotificationPreference: { as: 'reporter2', baseline: () => ({ kind: 'FOLLOWED_PIECE', delivery: 'DIGEST' }), select: 'kind delivery' },
      // Queries
      event: { as: 'reporter', baseline: () => ({ id: ids.event }), select: 'id' },
      events: { as: 'reporter', baseline: () => ({ filter: { when: 'ALL', kinds: ['TRIP'], hostMemberId: ids.jingzhou }, first: 5, after: null }), select: 'totalCount' },
      assignment: { as: 'reporter', baseline: () => ({ id: ids.assignment }), select: 'id' },
      calendar: { as: 'reporter', baseline: () => ({ from: inDays(0), to: inDays(30) }), select: 'title' },
      member: { as: 'reporter', baseline: () => ({ id: ids.jingzhou }), select: 'id' },
      memberAccounts: { as: 'chief', baseline: () => ({ memberId: ids.jingzhou, first: 5, after: null }), select: 'totalCount' },
      members: { as: 'reporter', baseline: () => ({ provinceCode: '420000', search: '荆州', first: 5, after: null, newsroomsOnly: true }), select: 'totalCount' },
      // Accounts: one-time password reset links and member suspension (issue 11)
      issuePasswordReset: { as: 'secretariat', baseline: () => ({ userId: ids.resetReporter }), select: 'expiresAt' },
      passwordResetLink: { as: 'anonymous', baseline: () => ({ token: 'A'.repeat(43) }), select: 'state' },
      resetPassword: {
        as: 'anonymous',
        baseline: async () => ({
          token: (await clients.secretariat.data<{ issuePasswordReset: { token: string } }>(`mutation($u: ID!) { issuePasswordReset(userId: $u) { token } }`, { u: ids.resetReporter })).issuePasswordReset.token,
          newPassword: 'fuzzed-reset-password-2026',
        }),
      },
      suspendMember: { as: 'secretariat', baseline: () => ({ memberId: ids.suspendable, reason: '未履行联盟承诺' }), select: 'id status' },
      reactivateMember: { as: 'secretariat', baseline: () => ({ memberId: ids.suspendable, reason: '已完成整改' }), select: 'id status' },
      myClaims: { as: 'reporter', baseline: () => ({ states: ['CLAIMED'], first: 5, after: null }), select: 'totalCount' },
      notifications: { as: 'editor', baseline: () => ({ unreadOnly: false, first: 5, after: null }), select: 'totalCount' },
      openAssignments: { as: 'reporter', baseline: () => ({ filter: { format: 'VIDEO', provinceCode: '420000', locationMemberId: ids.jingzhou, dueAfter: inDays(0), dueBefore: inDays(60) }, first: 5, after: null }), select: 'totalCount' },
      resource: { as: 'reporter', baseline: () => ({ id: ids.piece }), select: 'id' },
      resources: {
        as: 'reporter',
        baseline: () => ({
          filter: { area: 'CONTENT', memberId: ids.jingzhou, provinceCode: '420000', theme: '楚文化', search: '城墙', from: '2026-01-01', to: '2027-12-31', embargo: 'NONE', mine: false, includeWithdrawn: false },
          first: 5,
          after: null,
        }),
        select: 'totalCount',
      },
      reviewQueue: { as: 'editor', baseline: () => ({ first: 5, after: null }), select: 'totalCount' },
      topic: { as: 'editor', baseline: () => ({ id: ids.topic }), select: 'id' },
      topics: { as: 'editor', baseline: () => ({ filter: { states: ['DRAFT'], provinceCode: '420000', theme: '生态', mine: true, search: '长江' }, first: 5, after: null }), select: 'totalCount' },
      resourceRequests: { as: 'chief', baseline: () => ({ filter: { direction: 'INCOMING', states: ['PENDING'] }, first: 5, after: null }), select: 'totalCount' },
      auditLog: {
        as: 'secretariat',
        baseline: () => ({ filter: { memberId: ids.jingzhou, actorId: ids.editorUser, entityTypes: ['topic', 'event'], from: '2026-01-01', to: '2027-12-31' }, first: 5, after: null }),
        select: 'nodes { id }',
      },
      memberFeeds: { as: 'chief', baseline: () => ({ memberId: ids.jingzhou }), select: 'id' },
      // Participation: a period with one commitment of each kind the arguments name.
      participation: { as: 'secretariat', baseline: () => ({ periodId: ids.period, provinceCode: '420000' }), select: 'rows { index } quiet(days: 60) { daysQuiet }' },
      memberScorecard: { as: 'chief', baseline: () => ({ memberId: ids.jingzhou, periodId: ids.period }), select: 'index' },
      participationEntries: {
        as: 'secretariat',
        baseline: () => ({ periodId: ids.period, memberId: ids.jingzhou, metric: 'MANUAL', commitmentId: ids.manualCommitment, first: 5, after: null }),
        select: 'totalCount',
      },
      monthlyReport: { as: 'secretariat', baseline: () => ({ month: '2026-11' }), select: 'month' },
      // Mutations: the exchange
      requestResource: { as: 'otherEditor', baseline: async () => ({ resourceId: await jingzhouResource(), note: '衡阳需要转播车支持直播', neededOn: null }), select: 'id', readBack: readRequest },
      approveResourceRequest: { as: 'chief', baseline: async () => ({ id: await pendingRequest() }), select: 'id' },
      declineResourceRequest: { as: 'chief', baseline: async () => ({ id: await pendingRequest(), reason: '本月排期已满' }), select: 'id', readBack: readRequest },
      fulfillResourceRequest: { as: 'chief', baseline: async () => ({ id: await approvedRequest(), note: '12 月 16 日交车' }), select: 'id', readBack: readRequest },
      cancelResourceRequest: { as: 'secretariat', baseline: async () => ({ id: await pendingRequest() }), select: 'id' },
      setResourceRequestDelegate: { as: 'chief', baseline: () => ({ userId: ids.editorUser, delegated: true }), select: 'id' },
      followMember: { as: 'editor', baseline: () => ({ memberId: ids.hengyang }), select: 'id' },
      followKeyword: {
        as: 'reporter',
        baseline: () => ({ keyword: `长江${next()}` }),
        select: 'id',
        readBack: async (result) => (await clients.reporter.data<{ myFollows: { id: string }[] }>(`{ myFollows { id keyword } }`)).myFollows.find((follow) => follow.id === result.id),
      },
      unfollow: {
        as: 'editor',
        baseline: async () => ({ id: (await clients.editor.data<{ followKeyword: { id: string } }>(`mutation($k: String!) { followKeyword(keyword: $k) { id } }`, { k: `江${next()}` })).followKeyword.id }),
      },
      addMemberFeed: {
        as: 'secretariat',
        baseline: async () => {
          // At most five feeds a member: start each call from none.
          await server.database.dataSource.query(`DELETE FROM member_feeds WHERE member_id = $1`, [ids.hengyang]);
          return { memberId: ids.hengyang, input: feedInput() };
        },
        select: 'id',
        readBack: readFeed('secretariat', () => ids.hengyang!),
      },
      updateMemberFeed: { as: 'chief', baseline: () => ({ id: ids.feed, input: feedInput() }), select: 'id', readBack: readFeed('chief', () => ids.jingzhou!) },
      removeMemberFeed: { as: 'chief', baseline: async () => ({ id: await storedFeed('jingzhou') }) },
      pollMemberFeed: { as: 'chief', baseline: () => ({ id: ids.pollFeed }), select: 'id lastError' },
      // Mutations
      acceptSubmission: { as: 'editor', baseline: () => ({ claimId: ids.acceptedClaim }), select: 'id' },
      addComment: {
        as: 'editor',
        baseline: () => ({ topicId: ids.topic, body: '请各成员单位本周内认领' }),
        select: 'id body',
        readBack: async (result) =>
          (await clients.editor.data<{ topic: { comments: { nodes: { id: string; body: string }[] } } }>(`query($id: ID!) { topic(id: $id) { comments(first: 100) { nodes { id body } } } }`, { id: ids.topic })).topic.comments.nodes.find(
            (c) => c.id === result.id,
          ),
      },
      admitMember: {
        as: 'secretariat',
        baseline: () => ({
          input: { slug: `fuzz${next()}`, nameZh: '测试融媒体中心', nameEn: 'Test Media Center', cityZh: '测试', cityEn: 'Test', provinceCode: '420000', outletKind: 'CONVERGED_MEDIA_CENTER', allianceRole: 'MEMBER', joinedOn: '2026-01-01', latitude: 30, longitude: 112, channels: [{ kind: 'WECHAT', name: '公众号', url: 'https://test.example/' }] },
        }),
        select: 'id',
        readBack: async (result) =>
          (await clients.secretariat.data<{ member: unknown }>(`query($id: ID!) { member(id: $id) { slug nameZh nameEn cityZh cityEn joinedOn channels { name url } } }`, { id: result.id })).member,
      },
      approveTopic: { as: 'secretariat', baseline: () => ({ id: ids.topic }), select: 'id' },
      cancelAssignment: { as: 'editor', baseline: () => ({ id: ids.spareAssignment }), select: 'id' },
      cancelClaim: { as: 'editor', baseline: () => ({ claimId: ids.acceptedClaim }), select: 'id' },
      cancelTopic: { as: 'editor', baseline: async () => ({ id: await draftTopic(), reason: '计划调整，取消本选题' }), select: 'id', readBack: readTopic },
      changePassword: {
        as: 'profile',
        baseline: () => ({ currentPassword: profilePassword, newPassword: profilePassword }),
        readBack: async (_result, vars) => {
          profilePassword = vars.newPassword as string;
          return { password: vars.newPassword };
        },
      },
      claimAssignment: { as: 'reporter2', baseline: () => ({ assignmentId: ids.assignment }), select: 'id' },
      completeTopic: { as: 'editor', baseline: () => ({ id: ids.topic }), select: 'id' },
      createAccount: {
        as: 'chief',
        baseline: () => ({ input: { memberId: ids.jingzhou, email: `fuzz.${next()}@demo.example`, displayName: '测试记者', role: 'REPORTER', password: 'a-long-enough-password', locale: 'zh-CN' } }),
        select: 'id',
        readBack: async (result) =>
          (await clients.chief.data<{ memberAccounts: { nodes: { id: string }[] } }>(`query($m: ID!) { memberAccounts(memberId: $m, first: 100) { nodes { id email displayName locale } } }`, { m: ids.jingzhou })).memberAccounts.nodes.find(
            (user) => user.id === result.id,
          ),
      },
      createAssignment: { as: 'editor', baseline: () => ({ input: { ...assignmentInput(), topicId: ids.topic } }), select: 'id', readBack: readAssignment },
      // Assignment places and bulk creation (issue 11, places): a row at a place that is not a member city beside one in a city.
      createAssignments: {
        as: 'editor',
        baseline: () => ({
          input: {
            topicId: ids.topic,
            assignments: [{ ...assignmentInput(), locationMemberId: null, place: { name: '洞庭湖', latitude: 29.3167, longitude: 112.95 } }, assignmentInput()],
          },
        }),
        select: 'id',
        readBack: async (result) => {
          const made = result as unknown as { id: string }[];
          const read = await Promise.all(
            made.map(async ({ id }) => (await clients.editor.data<{ assignment: unknown }>(`query($id: ID!) { assignment(id: $id) { title brief place { name } } }`, { id })).assignment),
          );
          return read.length === made.length && read.length > 0 ? read : undefined;
        },
      },
      createTopic: { as: 'editor', baseline: () => ({ input: { ...TOPIC_INPUT } }), select: 'id', readBack: readTopic },
      inviteCoSponsors: { as: 'editor', baseline: async () => ({ topicId: ids.topic, memberIds: [ids.hengyang] }), select: 'id' },
      joinTopic: { as: 'editor', baseline: () => ({ id: ids.topic }), select: 'id' },
      markNotificationsRead: { as: 'editor', baseline: () => ({ ids: [ids.notification] }) },
      proposeTopic: { as: 'editor', baseline: () => ({ id: ids.topic }), select: 'id' },
      recordPublication: {
        as: 'editor',
        baseline: () => ({ input: { claimId: ids.acceptedClaim, memberId: ids.jingzhou, channel: 'APP', url: 'https://jingzhou.example/news/1', publishedAt: new Date().toISOString(), views: 100, shares: 10, likes: 5 } }),
        select: 'id',
        readBack: async (result) =>
          (await myClaim(result, { claimId: ids.acceptedClaim }) as { publications: { id: string }[] } | undefined)?.publications.find((publication) => publication.id === result.id),
      },
      offerClaimToLibrary: { as: 'editor', baseline: () => ({ claimId: ids.publishedClaim }), select: 'id' },
      recordRepublication: {
        as: 'editor',
        // A fresh piece of another member each time, so the per-member limit never refuses the baseline.
        baseline: async () => ({ input: { resourceId: await sharedBy(otherEditor, { ...pieceInput(), embargoUntil: null }), ...publicationFields() } }),
        select: 'id',
        readBack: async (result, vars) =>
          (
            await clients.editor.data<{ resource: { publications: { id: string; url: string }[] } }>(`query($id: ID!) { resource(id: $id) { publications { id url } } }`, {
              id: (vars.input as { resourceId: string }).resourceId,
            })
          ).resource.publications.find((publication) => publication.id === result.id),
      },
      rejectTopic: { as: 'secretariat', baseline: async () => ({ id: await proposedTopic(), reason: '与既有选题重复，请合并' }), select: 'id', readBack: readTopic },
      releaseClaim: { as: 'reporter', baseline: () => ({ claimId: ids.acceptedClaim }), select: 'id' },
      requestChanges: {
        as: 'editor',
        baseline: async () => {
          await cyclingClaimIn('SUBMITTED');
          return { claimId: ids.cyclingClaim, comment: '请补充修复前后的对比数据' };
        },
        select: 'id',
        readBack: myClaim,
      },
      shareResource: { as: 'editor', baseline: () => ({ input: pieceInput() }), select: 'id', readBack: readResource },
      setAccountActive: { as: 'chief', baseline: () => ({ userId: ids.spareReporter, active: true }), select: 'id' },
      signIn: { as: 'anonymous', baseline: () => ({ email: 'reporter2.yibin@demo.example', password: DEMO_PASSWORD }), select: 'id' },
      startTopic: { as: 'editor', baseline: () => ({ id: ids.topic }), select: 'id' },
      submitClaim: {
        as: 'reporter',
        baseline: async () => {
          await cyclingClaimIn('CHANGES_REQUESTED');
          return { claimId: ids.cyclingClaim, input: { text: '补充了对比数据的第二稿', links: ['https://video.example/jingzhou/1'] } };
        },
        select: 'id',
        readBack: myClaim,
      },
      updateAssignment: {
        as: 'editor',
        baseline: async () => ({ id: ids.assignment, version: await version('assignment', ids.assignment!), input: assignmentInput() }),
        select: 'id',
        readBack: readAssignment,
      },
      updateProfile: { as: 'profile', baseline: () => ({ input: { displayName: '测试用户', locale: 'zh-CN' } }), select: 'id', readBack: async () => (await clients.profile.data<{ me: unknown }>(`{ me { displayName locale } }`)).me },
      updatePublication: {
        as: 'editor',
        baseline: () => ({ id: ids.publication, input: publicationFields() }),
        select: 'id',
        readBack: async (result) =>
          (await myClaim(result, { claimId: ids.publishedClaim }) as { publications: { id: string }[] } | undefined)?.publications.find((publication) => publication.id === result.id),
      },
      withdrawPublication: { as: 'editor', baseline: async () => ({ id: await publicationOn(ids.publishedClaim!) }), select: 'id' },
      updateResource: {
        as: 'editor',
        baseline: async () => ({ id: ids.piece, version: (await clients.editor.data<{ resource: { version: number } }>(`query($id: ID!) { resource(id: $id) { version } }`, { id: ids.piece })).resource.version, input: pieceInput() }),
        select: 'id',
        readBack: readResource,
      },
      createEvent: { as: 'chief', baseline: () => ({ input: eventInput() }), select: 'id', readBack: readEvent },
      updateEvent: {
        as: 'chief',
        baseline: async () => ({
          id: ids.event,
          version: (await clients.chief.data<{ event: { version: number } }>(`query($id: ID!) { event(id: $id) { version } }`, { id: ids.event })).event.version,
          input: eventChanges(),
        }),
        select: 'id',
        readBack: readEvent,
      },
      publishEvent: { as: 'chief', baseline: async () => ({ id: await draftEvent() }), select: 'id' },
      cancelEvent: { as: 'chief', baseline: async () => ({ id: await draftEvent(), reason: '因天气原因取消' }), select: 'id', readBack: readEvent },
      withdrawResource: { as: 'editor', baseline: async () => ({ id: await sharedBy(clients.editor) }), select: 'id' },
      updateTopic: {
        as: 'editor',
        baseline: async () => ({ id: ids.draft, version: await version('topic', ids.draft!), input: { ...TOPIC_INPUT } }),
        select: 'id',
        readBack: readTopic,
      },
      // Offers of a slot to a named reporter (issue 11, assigning directly): each call offers a fresh one-slot assignment.
      offerCandidates: { as: 'editor', baseline: () => ({ assignmentId: ids.assignment, search: '衡阳', memberId: ids.hengyang, first: 5, after: null }), select: 'totalCount' },
      offerAssignment: { as: 'editor', baseline: async () => ({ assignmentId: await assignmentOn(clients.editor, ids.topic!, ids.jingzhou!, 1), reporterId: ids.hengyangReporter }), select: 'id' },
      acceptOffer: { as: 'reporter', baseline: async () => ({ claimId: await freshOffer() }), select: 'id' },
      declineOffer: {
        as: 'reporter',
        baseline: async () => ({ claimId: await freshOffer(), reason: '当天已有采访安排' }),
        select: 'id',
        readBack: async (_result, vars) =>
          (await clients.reporter.data<{ myClaims: { nodes: { id: string }[] } }>(`{ myClaims(states: [DECLINED], first: 100) { nodes { id state declineReason } } }`)).myClaims.nodes.find(
            (c) => c.id === vars.claimId,
          ),
      },
      withdrawOffer: { as: 'editor', baseline: async () => ({ claimId: await freshOffer() }), select: 'id' },
      // Claim attachments
      removeClaimFile: { as: 'reporter', baseline: async () => ({ fileId: await claimFile() }), select: 'id viewerMayRemoveFiles files { id }' },
    };

    const failures: string[] = [];
    let succeeded = 0;

    async function send(role: Role, document: string, vars: Vars, label: string): Promise<GraphQLResult<Record<string, unknown>>> {
      const result = await clientFor(role).request<Record<string, unknown>>(document, vars);
      if (result.status >= 500 || result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        failures.push(`${label}: INTERNAL_SERVER_ERROR (HTTP ${result.status})`);
      }
      return result;
    }

    beforeAll(async () => {
      server = await startTestServer(kind);
      const [secretariat, chief, editor, reporter, reporter2, profile] = await Promise.all(
        ['secretariat', 'chief.jingzhou', 'editor.jingzhou', 'reporter.hengyang', 'reporter2.hengyang', 'reporter2.wuhan'].map((name) => signedIn(server.url, `${name}@demo.example`)),
      );
      Object.assign(clients, { secretariat: secretariat!, chief: chief!, editor: editor!, reporter: reporter!, reporter2: reporter2!, profile: profile! });
      ids.jingzhou = await memberIdOf(clients.editor, 'jingzhou');
      ids.hengyang = await memberIdOf(clients.editor, 'hengyang');
      ids.suspendable = await memberIdOf(clients.editor, 'chongming');
      ids.resetReporter = await userIdOf(server.database.dataSource, 'reporter2.yueyang@demo.example');
      ids.topic = await approvedTopic(clients.editor, clients.secretariat);
      ids.draft = await draftTopic();
      ids.assignment = await assignmentOn(clients.editor, ids.topic, ids.jingzhou, 5);
      ids.spareAssignment = await assignmentOn(clients.editor, ids.topic, ids.jingzhou, 1);
      const cyclingAssignment = await assignmentOn(clients.editor, ids.topic, ids.jingzhou, 1);
      const acceptedAssignment = await assignmentOn(clients.editor, ids.topic, ids.jingzhou, 1);
      ids.cyclingClaim = (await clients.reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: cyclingAssignment })).claimAssignment.id;
      ids.acceptedClaim = (await clients.reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: acceptedAssignment })).claimAssignment.id;
      await clients.reporter.data(SUBMIT, { id: ids.acceptedClaim, input: { text: '初稿', links: [] } });
      await clients.editor.data(`mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`, { id: ids.acceptedClaim });
      const publishedAssignment = await assignmentOn(clients.editor, ids.topic, ids.jingzhou, 1);
      ids.publishedClaim = (await clients.reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: publishedAssignment })).claimAssignment.id;
      await clients.reporter.data(SUBMIT, { id: ids.publishedClaim, input: { text: '初稿', links: [] } });
      await clients.editor.data(`mutation($id: ID!) { acceptSubmission(claimId: $id) { id } }`, { id: ids.publishedClaim });
      // Corrections and withdrawals work on their own piece, so recordPublication's fuzzing cannot fill its outlets.
      ids.publication = await publicationOn(ids.publishedClaim);
      ids.notification = (await clients.editor.data<{ notifications: { nodes: { id: string }[] } }>(`{ notifications(first: 1) { nodes { id } } }`)).notifications.nodes[0]?.id ?? UUID;
      otherEditor = await signedIn(server.url, 'editor.hengyang@demo.example');
      clients.otherEditor = otherEditor;
      ids.piece = await sharedBy(clients.editor);
      ids.editorUser = (await clients.editor.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
      ids.feed = await storedFeed('jingzhou', 'https://jingzhou.example/rss.xml');
      ids.pollFeed = await storedFeed('jingzhou');
      const spare = await signedIn(server.url, 'reporter2.jingzhou@demo.example');
      ids.spareReporter = (await spare.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
      ids.event = await draftEvent();
      ids.publishedEvent = await draftEvent();
      await clients.chief.data(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: ids.publishedEvent });
      ids.hengyangReporter = await userIdOf(server.database.dataSource, 'reporter.hengyang@demo.example');
      // Hengyang submits what Jingzhou's editor (the panel) scores: a panellist never scores their own member's project.
      roundYear = 2027;
      ids.scoringRound = await roundWithPanel();
      ids.scoringProject = await submittedProject(ids.scoringRound, clients.otherEditor);
      await moveRound(ids.scoringRound, 'SCORING');
      ids.closedRound = await roundWithPanel();
      ids.closedProject = await submittedProject(ids.closedRound, clients.otherEditor);
      await moveRound(ids.closedRound, 'SCORING');
      await clients.editor.data(`mutation($id: ID!, $scores: [InnovationCriterionScoreInput!]!) { scoreInnovationProject(projectId: $id, scores: $scores) { id } }`, {
        id: ids.closedProject,
        scores: [{ criterionIndex: 0, score: 20 }, { criterionIndex: 1, score: 50 }],
      });
      await moveRound(ids.closedRound, 'CLOSED');
      // Charter and commitments: a fixed period with a MANUAL and a measured commitment.
      ids.period = (await clients.secretariat.data<{ openPeriod: { id: string } }>(OPEN_PERIOD, { input: { kind: 'YEAR', year: 2029 } })).openPeriod.id;
      ids.manualCommitment = await commitmentIn(ids.period);
      ids.measuredCommitment = await commitmentIn(ids.period, 'PIECES_OFFERED');
    }, 120_000);
    afterAll(() => server?.close());
    beforeEach(() => {
      failures.length = 0;
    });

    it('has a valid baseline for every operation that takes arguments', () => {
      const operations = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())].filter((field) => field.args.length);
      expect(operations.map((field) => field.name).filter((name) => !SPECS[name])).toEqual([]);
    });

    // One test per operation: each has its own time budget, and a failure names the operation.
    const operations = (['query', 'mutation'] as const).flatMap((operationKind) => {
      const rootType = operationKind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      return Object.values(rootType.getFields())
        .filter((field) => field.args.length)
        .map((field) => [`${operationKind} ${field.name}`, operationKind, field] as const);
    });

    it.each(operations)('never answers INTERNAL_SERVER_ERROR nor stores an invalid value: %s', async (_name, operationKind, field) => {
      const spec = SPECS[field.name]!;
      const document = documentFor(operationKind, field, spec.select);
      for (const slot of slotsOf(field)) {
        // Valid arguments, used until a call succeeds: a refused call changes nothing, a successful one may have
        // consumed its records or moved their state, so the next value gets a fresh set.
        let baseline: Vars | null = await spec.baseline();
        for (const value of hostileValues(slot, getAt(baseline, slot.path))) {
          baseline ??= await spec.baseline();
          const vars = setAt(baseline, slot.path, value);
          const label = `${field.name}(${slot.path.join('.')} = ${describeValue(value)})`;
          const result = await send(spec.as, document, vars, label);
          if (!result.errors) baseline = null;
          if (slot.name === 'after' && result.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT' && value !== '') {
            failures.push(`${label}: a forged cursor answered ${result.errors?.[0]?.extensions?.code ?? 'data'}`);
          }
          if (result.errors || !result.data || !spec.readBack) continue;
          succeeded += 1;
          const stored = await spec.readBack(result.data[field.name] as Record<string, unknown>, vars);
          if (stored === undefined || stored === null) failures.push(`${label}: succeeded, but what it stored cannot be read back`);
          for (const problem of storedProblems(stored)) failures.push(`${label}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    }, 60_000);

    it('stored something for many mutations, so the fuzz reached past the input layer', () => {
      expect(succeeded).toBeGreaterThan(20);
    });

    it('answers the reported inputs with BAD_USER_INPUT naming the field', async () => {
      const refused = async (role: Role, document: string, vars: Vars, field: string) => {
        const result = await send(role, document, vars, `${field} in ${document.slice(0, 40)}`);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
      };
      await refused('anonymous', `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, { e: 'editor.jingzhou@demo.example\u0000', p: DEMO_PASSWORD }, 'email');
      await refused('editor', `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: ['x'] }, 'ids');
      await refused('profile', `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName: 'a\uFE0F'.repeat(60) } }, 'displayName');
      await refused('profile', `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName: 'a\uD800' } }, 'displayName');
      const CREATE_TOPIC = `mutation($input: TopicInput!) { createTopic(input: $input) { id } }`;
      await refused('editor', CREATE_TOPIC, { input: { ...TOPIC_INPUT, title: ' \u3000\t ' } }, 'title');
      await refused('editor', CREATE_TOPIC, { input: { ...TOPIC_INPUT, windowStart: '2026-02-30' } }, 'windowStart');
      await refused('editor', CREATE_TOPIC, { input: { ...TOPIC_INPUT, windowEnd: '2026-13-01' } }, 'windowEnd');
      await refused('secretariat', `mutation($id: ID!, $r: String!) { rejectTopic(id: $id, reason: $r) { id } }`, { id: await proposedTopic(), r: '      ' }, 'reason');
      await refused('reporter', SUBMIT, { id: ids.cyclingClaim, input: { text: '稿件', links: [`https://e.example/${'a'.repeat(600)}`] } }, 'links');
      await refused('reporter', SUBMIT, { id: ids.cyclingClaim, input: { text: '稿件', links: ['javascript:alert(1)'] } }, 'links');
      expect(failures).toEqual([]);
    });

    it('refuses forged cursors on Topic.comments as bad input', async () => {
      const COMMENTS = `query($id: ID!, $after: String, $first: Int) { topic(id: $id) { comments(first: $first, after: $after) { totalCount } } }`;
      for (const after of FORGED_CURSORS.filter(Boolean)) {
        const result = await send('editor', COMMENTS, { id: ids.topic, after, first: 5 }, `Topic.comments(after = ${describeValue(after)})`);
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      for (const first of [0, 101, -1, 2 ** 31]) expect((await send('editor', COMMENTS, { id: ids.topic, first }, `Topic.comments(first = ${first})`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(failures).toEqual([]);
    });
  });
}
