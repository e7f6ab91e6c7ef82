import { CHARTER_LIMITS } from '@yah/shared';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import {
  DECIDE_EVIDENCE,
  EVIDENCE_LIST,
  fieldsOf,
  freshPeriod,
  reasonOf,
  setCommitment,
  SUBMIT_EVIDENCE,
  type CommitmentResult,
  type EvidenceResult,
} from './charter-fixtures';

type EvidencePage = { commitmentEvidence: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: EvidenceResult[] } };
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind detail actor { displayName } commitmentEvidence { id state commitment { title } } } } }`;
type Notes = { notifications: { nodes: { kind: string; detail: string | null; commitmentEvidence: { id: string; state: string; commitment: { title: string } } | null }[] } };

describe.each(DATABASE_KINDS)('commitment evidence on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let secretariat2: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let jingzhou: string;
  let hengyang: string;
  let manual: CommitmentResult;
  let measured: CommitmentResult;

  const submit = async (client: GraphQLTestClient, input: Record<string, unknown> = {}) =>
    (await client.data<{ submitCommitmentEvidence: EvidenceResult }>(SUBMIT_EVIDENCE, { input: { commitmentId: manual.id, text: '举办融媒体业务培训一期，参训 60 人。', ...input } }))
      .submitCommitmentEvidence;
  const listAs = async (client: GraphQLTestClient, filter: Record<string, unknown> = {}, first = 100, after: string | null = null) =>
    (await client.data<EvidencePage>(EVIDENCE_LIST, { filter, first, after })).commitmentEvidence;
  const notesOf = async (client: GraphQLTestClient) => (await client.data<Notes>(NOTIFICATIONS)).notifications.nodes.filter((note) => note.kind.startsWith('EVIDENCE_'));

  const periodOf = async (commitmentId: string) => {
    const [row]: { period_id: string }[] = await server.database.dataSource.query(`SELECT period_id FROM commitments WHERE id = $1`, [commitmentId]);
    return row?.period_id;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    // Whatever evidence the demo holds, these tests start with none (their lists count only their own).
    await server.database.dataSource.query(`DELETE FROM commitment_evidence`);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [secretariat, secretariat2, chief, editor, reporter, otherEditor] = (await Promise.all(
      ['secretariat', 'secretariat', 'chief.jingzhou', 'editor.jingzhou', 'reporter.jingzhou', 'editor.hengyang'].map(as),
    )) as GraphQLTestClient[] as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    jingzhou = await memberIdOf(chief, 'jingzhou');
    hengyang = await memberIdOf(chief, 'hengyang');
    const period = await freshPeriod(secretariat, server.database.dataSource);
    manual = await setCommitment(secretariat, period.id, { title: '举办一次业务培训' });
    measured = await setCommitment(secretariat, period.id, { metric: 'TOPICS_PROPOSED', title: '策划联合选题' });
  }, 60_000);
  afterAll(() => server.close());

  it("is given by a member's editors for their own member (the secretariat for any), for manual commitments only", async () => {
    const evidence = await submit(editor, { links: ['https://jingzhou.example/training', 'https://jingzhou.example/training'] });
    expect(evidence).toMatchObject({ state: 'SUBMITTED', version: 1, member: { slug: 'jingzhou' }, commitment: { id: manual.id }, decidedBy: null, decidedAt: null });
    expect(evidence.links).toEqual(['https://jingzhou.example/training']);
    expect(evidence.submittedBy).toMatchObject({ displayName: expect.any(String) });
    expect((await submit(chief, { memberId: jingzhou })).member.slug).toBe('jingzhou');
    expect((await submit(secretariat, { memberId: hengyang })).member.slug).toBe('hengyang');

    expect(errorCode(await editor.request(SUBMIT_EVIDENCE, { input: { commitmentId: manual.id, memberId: hengyang, text: '替别人提交' } }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(SUBMIT_EVIDENCE, { input: { commitmentId: manual.id, text: '记者提交' } }))).toBe('FORBIDDEN');
    expect(errorCode(await new GraphQLTestClient(server.url).request(SUBMIT_EVIDENCE, { input: { commitmentId: manual.id, text: '匿名' } }))).toBe('UNAUTHENTICATED');
    const refused = async (client: GraphQLTestClient, input: Record<string, unknown>) => {
      const result = await client.request(SUBMIT_EVIDENCE, { input: { commitmentId: manual.id, text: '材料', ...input } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return fieldsOf(result);
    };
    expect(await refused(editor, { commitmentId: measured.id })).toEqual(['commitmentId']);
    // The secretariat names a member unit: its own is not one.
    expect(await refused(secretariat, {})).toEqual(['memberId']);
    expect(await refused(editor, { text: '  ' })).toEqual(['text']);
    expect(await refused(editor, { text: '文'.repeat(CHARTER_LIMITS.evidenceText + 1) })).toEqual(['text']);
    expect(await refused(editor, { links: ['javascript:alert(1)'] })).toEqual(['links']);
    expect(await refused(editor, { links: Array.from({ length: CHARTER_LIMITS.evidenceLinks + 1 }, (_, index) => `https://e.example/${index}`) })).toEqual(['links']);
    expect(errorCode(await editor.request(SUBMIT_EVIDENCE, { input: { commitmentId: '6f0f4a52-0000-4000-8000-000000000000', text: '材料' } }))).toBe('NOT_FOUND');

    const audit: { action: string }[] = await server.database.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'commitment_evidence' AND entity_id = $1`, [evidence.id]);
    expect(audit.map((entry) => entry.action)).toEqual(['commitment_evidence.submit']);
  });

  it("lists the secretariat every member's, a member's editors their own, reporters nothing; newest first, page by page", async () => {
    const all = await listAs(secretariat);
    expect(new Set(all.nodes.map((node) => node.member.slug))).toEqual(new Set(['jingzhou', 'hengyang']));
    const own = await listAs(editor);
    expect(own.totalCount).toBeGreaterThan(0);
    expect(own.nodes.every((node) => node.member.slug === 'jingzhou')).toBe(true);
    expect((await listAs(editor, { memberId: hengyang })).totalCount).toBe(0);
    expect((await listAs(otherEditor)).nodes.every((node) => node.member.slug === 'hengyang')).toBe(true);
    expect(errorCode(await reporter.request(EVIDENCE_LIST, {}))).toBe('FORBIDDEN');
    expect(errorCode(await new GraphQLTestClient(server.url).request(EVIDENCE_LIST, {}))).toBe('UNAUTHENTICATED');
    // The submitter's account is the member's chief editor's to read, not another member's.
    expect((await listAs(chief)).nodes.every((node) => node.submittedBy !== null)).toBe(true);

    for (let index = 0; index < 5; index += 1) await submit(otherEditor, { text: `衡阳材料 ${index}` });
    const seen: string[] = [];
    let after: string | null = null;
    const filter = { memberId: hengyang, commitmentId: manual.id, state: 'SUBMITTED' };
    const { totalCount } = await listAs(secretariat, filter);
    for (;;) {
      const page: EvidencePage['commitmentEvidence'] = await listAs(secretariat, filter, 2, after);
      expect(page.totalCount).toBe(totalCount);
      seen.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
    const everything = await listAs(secretariat, filter);
    expect(seen).toEqual(everything.nodes.map((node) => node.id));
    const created = everything.nodes.map((node) => (node as EvidenceResult & { createdAt: string }).createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(errorCode(await secretariat.request(EVIDENCE_LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    const period = (await periodOf(manual.id))!;
    expect((await listAs(secretariat, { periodId: period })).totalCount).toBe((await listAs(secretariat)).totalCount);
    expect((await listAs(secretariat, { periodId: '6f0f4a52-0000-4000-8000-000000000000' })).totalCount).toBe(0);
  });

  it('is decided by the secretariat once, under a version guard, and the submitter is told with the note', async () => {
    const evidence = await submit(editor, { text: '举办新闻摄影培训' });
    for (const client of [chief, editor, reporter]) expect(errorCode(await client.request(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 1 }))).toBe('FORBIDDEN');
    expect(errorCode(await new GraphQLTestClient(server.url).request(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 1 }))).toBe('UNAUTHENTICATED');
    const stale = await secretariat.request(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 2 });
    expect([errorCode(stale), reasonOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(fieldsOf(await secretariat.request(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 1, note: '注'.repeat(CHARTER_LIMITS.decisionNote + 1) }))).toEqual(['note']);

    // Two decisions from the same version: one wins, the other is stale.
    const racing = await Promise.all([
      secretariat.request<{ decideCommitmentEvidence: EvidenceResult }>(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 1, note: '材料齐全，予以认定' }),
      secretariat2.request<{ decideCommitmentEvidence: EvidenceResult }>(DECIDE_EVIDENCE, { id: evidence.id, verified: false, version: 1, note: '缺少签到表' }),
    ]);
    const won = racing.filter((result) => !result.errors);
    expect(won).toHaveLength(1);
    expect(racing.flatMap((result) => (result.errors ? [reasonOf(result)] : []))).toEqual(['STALE_VERSION']);
    const decided = won[0]!.data!.decideCommitmentEvidence;
    expect(decided).toMatchObject({ version: 2, decidedBy: { displayName: expect.any(String) }, decidedAt: expect.any(String) });
    // Decided evidence stays decided, whatever version is sent.
    const again = await secretariat.request(DECIDE_EVIDENCE, { id: evidence.id, verified: true, version: 2 });
    expect([errorCode(again), reasonOf(again)]).toEqual(['CONFLICT', 'NOT_ALLOWED_IN_STATE']);

    const notes = await notesOf(editor);
    expect(notes).toEqual([
      {
        kind: decided.state === 'VERIFIED' ? 'EVIDENCE_VERIFIED' : 'EVIDENCE_REJECTED',
        detail: decided.decisionNote,
        actor: { displayName: expect.any(String) },
        commitmentEvidence: { id: evidence.id, state: decided.state, commitment: { title: '举办一次业务培训' } },
      },
    ]);
    // Only the submitter is told.
    expect(await notesOf(chief)).toEqual([]);

    const rejected = await submit(chief, { text: '举办编辑培训' });
    const { decideCommitmentEvidence } = await secretariat.data<{ decideCommitmentEvidence: EvidenceResult }>(DECIDE_EVIDENCE, { id: rejected.id, verified: false, version: 1, note: '  ' });
    expect(decideCommitmentEvidence).toMatchObject({ state: 'REJECTED', decisionNote: null });
    expect((await notesOf(chief))[0]).toMatchObject({ kind: 'EVIDENCE_REJECTED', detail: null, commitmentEvidence: { id: rejected.id } });

    const audit: { action: string; before: { state: string }; after: { state: string } }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'commitment_evidence' AND entity_id = $1 ORDER BY id`,
      [rejected.id],
    );
    expect(audit.map((entry) => [entry.action, entry.before?.state ?? null, entry.after.state])).toEqual([
      ['commitment_evidence.submit', null, 'SUBMITTED'],
      ['commitment_evidence.reject', 'SUBMITTED', 'REJECTED'],
    ]);
  });

  it('reads the list with commitment, member and people in the same number of statements whatever its size (no N+1)', async () => {
    const ds = server.database.dataSource;
    const secretariatUser = ((await ds.query(`SELECT id FROM users WHERE email = 'secretariat@demo.example'`)) as { id: string }[])[0]!.id;
    const period = await freshPeriod(secretariat, ds);
    await ds.query(`INSERT INTO commitments (period_id, metric, title, default_target, weight) SELECT $1, 'MANUAL', '手工承诺 ' || n, 3, 1 FROM generate_series(1, 12) AS n`, [period.id]);
    await ds.query(
      `INSERT INTO commitment_evidence (commitment_id, member_id, submitted_by_id, text, state, decided_by_id, decided_at)
       SELECT c.id, u.member_id, u.id, '材料', 'VERIFIED', $2, now()
         FROM commitments c CROSS JOIN (SELECT id, member_id FROM users WHERE role IN ('EDITOR', 'CHIEF_EDITOR') AND active ORDER BY email LIMIT 10) u
        WHERE c.period_id = $1`,
      [period.id, secretariatUser],
    );
    const statementsFor = async (first: number) => {
      const before = server.queries.count;
      const page = await listAs(secretariat, { periodId: period.id }, first);
      expect(page.nodes).toHaveLength(first);
      expect(page.nodes.every((node) => node.submittedBy && node.decidedBy && node.member && node.commitment)).toBe(true);
      return server.queries.count - before;
    };
    const small = await statementsFor(5);
    const big = await statementsFor(60);
    expect(big).toBeLessThanOrEqual(small + 1);
    expect(small).toBeLessThanOrEqual(10);
  });
});
