import { EVIDENCE_STATES, MEASURED_METRICS, periodDates, RESOURCE_AREAS } from '@yah/shared';
import { signedIn } from '../../../test-support/coverage-fixtures';
import type { GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { DEMO_QUIET_DAYS } from '../../../db/seed/demo-members.data';
import {
  CHARTER,
  CHARTER_VERSION,
  CHARTER_VERSIONS,
  COMMITMENTS,
  EVIDENCE_LIST,
  PERIODS,
  type CharterResult,
  type CommitmentResult,
  type EvidenceResult,
  type PeriodResult,
} from './charter-fixtures';

/** The latest activity of each member unit, by the participation dashboard's definition of "last activity". */
const LAST_ACTIVITY = `
  SELECT m.slug, max(x.at) AS at FROM members m LEFT JOIN (
    SELECT proposer_member_id AS member_id, proposed_at AS at FROM topics
    UNION ALL SELECT member_id, joined_at FROM topic_co_sponsors
    UNION ALL SELECT u.member_id, c.claimed_at FROM claims c JOIN users u ON u.id = c.reporter_id
    UNION ALL SELECT u.member_id, c.submitted_at FROM claims c JOIN users u ON u.id = c.reporter_id
    UNION ALL SELECT member_id, created_at FROM publications
    UNION ALL SELECT owner_member_id, created_at FROM resources
    UNION ALL SELECT requester_member_id, created_at FROM resource_requests
    UNION ALL SELECT owner_member_id, decided_at FROM resource_requests
    UNION ALL SELECT member_id, created_at FROM event_registrations
    UNION ALL SELECT member_id, created_at FROM commitment_evidence
  ) x ON x.member_id = m.id
  WHERE m.alliance_role <> 'SECRETARIAT' GROUP BY m.slug`;

type EvidencePage = { commitmentEvidence: { totalCount: number; nodes: EvidenceResult[] } };

describe.each(DATABASE_KINDS)('the demo charter and commitments on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let year: PeriodResult;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [secretariat, chief] = await Promise.all([signedIn(server.url, 'secretariat@demo.example'), signedIn(server.url, 'chief.zhuzhou@demo.example')]);
    year = (await secretariat.data<{ periods: PeriodResult[] }>(PERIODS)).periods.find((period) => period.kind === 'YEAR' && period.year === 2026)!;
  }, 120_000);
  afterAll(() => server?.close());

  it('shows the charter as revised in June and what changed from the founding version, each with one article per area of sharing', async () => {
    const { charter } = await chief.data<{ charter: CharterResult }>(CHARTER);
    expect(charter).toMatchObject({ version: 2, publishedAt: '2026-06-18T08:30:00.000Z' });
    expect(charter.changeNote).toMatch(/第十六条.*第十八条/);
    expect(charter.changes.map((change) => [change.number, change.kind, change.title])).toEqual([
      [16, 'CHANGED', '年度承诺与考评'],
      [18, 'CHANGED', '稿件库转载规则'],
      [19, 'ADDED', '附则'],
    ]);
    const founding = (await chief.data<{ charterVersion: CharterResult }>(CHARTER_VERSION, { version: 1 })).charterVersion;
    expect(founding).toMatchObject({ publishedAt: '2025-12-17T03:00:00.000Z', changeNote: '成立大会审议通过。', changes: [] });
    expect((await chief.data<{ charterVersions: { version: number }[] }>(CHARTER_VERSIONS)).charterVersions.map((v) => v.version)).toEqual([2, 1]);
    for (const { articles } of [founding, charter]) {
      expect(articles.length).toBeGreaterThanOrEqual(14);
      expect(articles.length).toBeLessThanOrEqual(20);
      expect(articles.map((article) => article.number)).toEqual(articles.map((_, index) => index + 1));
      expect(articles.every((article) => article.title.trim() && article.body.length > 40)).toBe(true);
      expect(articles.flatMap((article) => article.area ?? []).sort()).toEqual([...RESOURCE_AREAS].sort());
    }
    expect((await secretariat.data<{ charter: CharterResult }>(CHARTER)).charter.publishedBy).toMatchObject({ displayName: expect.any(String) });
  });

  it('lists the year 2026 and its four quarters, newest first', async () => {
    const periods = (await chief.data<{ periods: PeriodResult[] }>(PERIODS)).periods.filter((period) => period.year === 2026);
    expect(periods.map((period) => period.quarter)).toEqual([4, 3, 2, null, 1]);
    for (const period of periods) expect({ startsOn: period.startsOn, endsOn: period.endsOn }).toEqual(periodDates(period.kind as 'YEAR' | 'QUARTER', 2026, period.quarter));
  });

  it("commits the year to every measured metric and two manual ones, with weights, targets and members' own targets", async () => {
    const { commitments } = await secretariat.data<{ commitments: CommitmentResult[] }>(COMMITMENTS, { periodId: year.id });
    expect(commitments.filter((c) => c.metric !== 'MANUAL').map((c) => c.metric).sort()).toEqual([...MEASURED_METRICS].sort());
    expect(commitments.filter((c) => c.metric === 'MANUAL').map((c) => c.title).sort()).toEqual(['向联盟提交年度融合创新案例', '每年至少主办一次联盟培训或采访活动'].sort());
    for (const commitment of commitments) {
      expect(commitment.weight).toBeGreaterThanOrEqual(1);
      expect(commitment.weight).toBeLessThanOrEqual(10);
      expect(commitment.defaultTarget).toBeGreaterThan(0);
      expect(commitment.description).not.toBe('');
    }
    expect(commitments.find((c) => c.metric === 'ON_TIME_RATE')!.defaultTarget).toBeLessThanOrEqual(100);
    // The chair leads more topics than the default, a member that joined this year fewer; a chief editor sees only their own.
    const proposed = commitments.find((c) => c.metric === 'TOPICS_PROPOSED')!;
    const targetOf = (slug: string) => proposed.targets.find((target) => target.member.slug === slug)?.target;
    expect(targetOf('jingzhou')).toBeGreaterThan(proposed.defaultTarget);
    expect(targetOf('zhuzhou')).toBeLessThan(proposed.defaultTarget);
    const seen = (await chief.data<{ commitments: CommitmentResult[] }>(COMMITMENTS, { periodId: year.id })).commitments.find((c) => c.id === proposed.id)!;
    expect(seen.targets).toEqual([{ member: expect.objectContaining({ slug: 'zhuzhou' }), target: targetOf('zhuzhou') }]);

    const fourth = (await chief.data<{ periods: PeriodResult[] }>(PERIODS)).periods.find((period) => period.year === 2026 && period.quarter === 4)!;
    expect((await chief.data<{ commitments: CommitmentResult[] }>(COMMITMENTS, { periodId: fourth.id })).commitments.length).toBeGreaterThanOrEqual(3);
  });

  it('holds evidence for the manual commitments in every state, the decided ones decided by the secretariat with a note', async () => {
    const { commitmentEvidence } = await secretariat.data<EvidencePage>(EVIDENCE_LIST, { filter: { periodId: year.id }, first: 100 });
    const evidence = commitmentEvidence.nodes;
    expect(evidence).toHaveLength(commitmentEvidence.totalCount);
    expect(new Set(evidence.map((item) => item.state))).toEqual(new Set(EVIDENCE_STATES));
    for (const item of evidence) {
      expect(item.text.length).toBeGreaterThan(20);
      expect(item.links.length).toBeGreaterThan(0);
      expect(item.submittedBy).not.toBeNull();
      if (item.state === 'SUBMITTED') expect(item).toMatchObject({ decidedAt: null, decidedBy: null, decisionNote: null });
      else expect(item).toMatchObject({ decidedAt: expect.any(String), decidedBy: expect.anything(), decisionNote: expect.stringMatching(/\S/) });
    }
    const rejected = evidence.filter((item) => item.state === 'REJECTED');
    expect(rejected).toHaveLength(1);
    const rejectedChief = await signedIn(server.url, `chief.${rejected[0]!.member.slug}@demo.example`);
    expect((await rejectedChief.data<EvidencePage>(EVIDENCE_LIST, { filter: { periodId: year.id } })).commitmentEvidence.nodes.map((item) => item.id)).toEqual([rejected[0]!.id]);
  });

  it('has a few members quiet for 30, 60 and 90 days, and every other member active within 30', async () => {
    const rows: { slug: string; at: Date | null }[] = await server.database.dataSource.query(LAST_ACTIVITY);
    const daysQuiet = new Map(rows.map((row) => [row.slug, row.at ? (Date.now() - row.at.getTime()) / 86_400_000 : Infinity]));
    const quiet = (days: number) => [...daysQuiet].filter(([, quietFor]) => quietFor >= days).map(([slug]) => slug).sort();
    expect(quiet(30)).toEqual(Object.keys(DEMO_QUIET_DAYS).sort());
    expect(quiet(60).length).toBeGreaterThanOrEqual(1);
    expect(quiet(60).length).toBeLessThan(quiet(30).length);
    expect(quiet(90)).toHaveLength(1);
  });
});
