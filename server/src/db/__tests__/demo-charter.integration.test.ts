import { EVIDENCE_STATES, MEASURED_METRICS, periodDates, RESOURCE_AREAS } from '@yah/shared';
import type { CharterArticle } from '../../modules/charter/charter.entity';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../test-support/test-server';
import { DEMO_QUIET_DAYS } from '../seed/demo-members.data';

/** The latest activity of each member, by the participation dashboard's definition of "last activity". */
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

describe.each(DATABASE_KINDS)('demo charter and commitments on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 120_000);
  afterAll(() => server?.close());

  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => server.database.dataSource.query(sql, params);

  it('has the founding charter and its June revision, published by the secretariat, each with one article per area of sharing', async () => {
    const versions = await query<{ version: number; articles: CharterArticle[]; change_note: string; published_on: string; email: string }>(
      `SELECT v.version, v.articles, v.change_note, to_char(v.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS published_on, u.email
         FROM charter_versions v JOIN users u ON u.id = v.published_by_id WHERE v.is_demo ORDER BY v.version`,
    );
    expect(versions.map((v) => [v.version, v.published_on.slice(0, 7), v.email])).toEqual([
      [1, '2025-12', 'secretariat@demo.example'],
      [2, '2026-06', 'secretariat@demo.example'],
    ]);
    expect(versions[0]!.published_on).toBe('2025-12-17');
    expect(versions[0]!.change_note).toContain('成立大会审议通过');
    expect(versions[1]!.change_note).toMatch(/第十六条.*第十八条/);
    for (const { articles } of versions) {
      expect(articles.length).toBeGreaterThanOrEqual(14);
      expect(articles.length).toBeLessThanOrEqual(20);
      expect(articles.map((a) => a.number)).toEqual(articles.map((_, i) => i + 1));
      expect(articles.every((a) => a.title.trim() && a.body.length > 40)).toBe(true);
      const areas = articles.filter((a) => a.area !== null).map((a) => a.area);
      expect([...areas].sort()).toEqual([...RESOURCE_AREAS].sort());
    }
    const [v1, v2] = versions.map((v) => new Map(v.articles.map((a) => [a.number, a])));
    expect(v2!.get(16)!.body).not.toBe(v1!.get(16)!.body);
    expect(v2!.get(18)!.title).toBe('稿件库转载规则');
    expect([...v2!.values()].at(-1)!.title).toBe('附则');
  });

  it('opens the year 2026 and its four quarters', async () => {
    const periods = await query<{ kind: 'YEAR' | 'QUARTER'; year: number; quarter: number; starts_on: string; ends_on: string }>(
      `SELECT kind, year, quarter, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM participation_periods WHERE is_demo AND year = 2026 ORDER BY starts_on, kind DESC`,
    );
    expect(periods.map((p) => `${p.kind}-${p.quarter}`)).toEqual(['YEAR-0', 'QUARTER-1', 'QUARTER-2', 'QUARTER-3', 'QUARTER-4']);
    for (const period of periods) {
      expect({ startsOn: period.starts_on, endsOn: period.ends_on }).toEqual(periodDates(period.kind, period.year, period.kind === 'YEAR' ? null : period.quarter));
    }
  });

  it('commits the year to every measured metric and two manual ones, with weights, default targets and per-member targets', async () => {
    const commitments = await query<{ id: string; metric: string; title: string; default_target: number; weight: number; period: string }>(
      `SELECT c.id, c.metric, c.title, c.default_target, c.weight, p.kind || '-' || p.quarter AS period
         FROM commitments c JOIN participation_periods p ON p.id = c.period_id WHERE c.is_demo AND p.year = 2026`,
    );
    const year = commitments.filter((c) => c.period === 'YEAR-0');
    expect(year.filter((c) => c.metric !== 'MANUAL').map((c) => c.metric).sort()).toEqual([...MEASURED_METRICS].sort());
    expect(year.filter((c) => c.metric === 'MANUAL').map((c) => c.title).sort()).toEqual(['向联盟提交年度融合创新案例', '每年至少主办一次联盟培训或采访活动'].sort());
    expect(commitments.filter((c) => c.period === 'QUARTER-4').length).toBeGreaterThanOrEqual(3);
    for (const commitment of commitments) {
      expect(commitment.weight).toBeGreaterThanOrEqual(1);
      expect(commitment.weight).toBeLessThanOrEqual(10);
      expect(commitment.default_target).toBeGreaterThan(0);
      if (commitment.metric === 'ON_TIME_RATE') expect(commitment.default_target).toBeLessThanOrEqual(100);
    }
    // The chair leads more topics than the default, a member that joined this year fewer.
    const proposed = year.find((c) => c.metric === 'TOPICS_PROPOSED')!;
    const targets = new Map(
      (await query<{ slug: string; target: number }>(`SELECT m.slug, t.target FROM commitment_targets t JOIN members m ON m.id = t.member_id WHERE t.commitment_id = $1`, [proposed.id])).map(
        (row) => [row.slug, row.target],
      ),
    );
    expect(targets.get('jingzhou')).toBeGreaterThan(proposed.default_target);
    expect(targets.get('zhoushan')).toBeLessThan(proposed.default_target);
  });

  it('holds evidence for the manual commitments in every state, decided by the secretariat with a note', async () => {
    const evidence = await query<{ state: string; metric: string; decided_at: Date | null; decider: string | null; decision_note: string | null; text: string; links: string[]; same_member: boolean }>(
      `SELECT e.state, c.metric, e.decided_at, d.email AS decider, e.decision_note, e.text, e.links, s.member_id = e.member_id AS same_member
         FROM commitment_evidence e JOIN commitments c ON c.id = e.commitment_id JOIN users s ON s.id = e.submitted_by_id LEFT JOIN users d ON d.id = e.decided_by_id
        WHERE e.is_demo`,
    );
    expect(new Set(evidence.map((e) => e.state))).toEqual(new Set(EVIDENCE_STATES));
    expect(evidence.filter((e) => e.state === 'REJECTED')).toHaveLength(1);
    for (const item of evidence) {
      expect(item).toMatchObject({ metric: 'MANUAL', same_member: true });
      expect(item.text.length).toBeGreaterThan(20);
      expect(item.links.length).toBeGreaterThan(0);
      if (item.state === 'SUBMITTED') expect(item).toMatchObject({ decided_at: null, decider: null, decision_note: null });
      else expect(item).toMatchObject({ decided_at: expect.any(Date), decider: 'secretariat@demo.example', decision_note: expect.stringMatching(/\S/) });
    }
  });

  it('has a few members quiet for 30, 60 and 90 days and every other member active this month', async () => {
    const rows = await query<{ slug: string; at: Date | null }>(LAST_ACTIVITY);
    const daysQuiet = new Map(rows.map((row) => [row.slug, row.at ? (Date.now() - row.at.getTime()) / 86_400_000 : Infinity]));
    const quiet = (days: number) => [...daysQuiet].filter(([, quietFor]) => quietFor >= days).map(([slug]) => slug).sort();
    expect(quiet(30)).toEqual(Object.keys(DEMO_QUIET_DAYS).sort());
    expect(quiet(60).length).toBeGreaterThanOrEqual(1);
    expect(quiet(60).length).toBeLessThan(quiet(30).length);
    expect(quiet(90)).toHaveLength(1);
  });
});
