import { allianceDate, CHARTER_LIMITS } from '@yah/shared';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import {
  commitmentInput,
  COMMITMENTS,
  fieldsOf,
  freshPeriod,
  OPEN_PERIOD,
  PERIOD,
  PERIODS,
  reasonOf,
  REMOVE_COMMITMENT,
  SET_COMMITMENT,
  SET_TARGET,
  setCommitment,
  UPDATE_COMMITMENT,
  type CommitmentResult,
  type PeriodResult,
} from './charter-fixtures';

describe.each(DATABASE_KINDS)('periods and commitments on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let secretariat2: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherChief: GraphQLTestClient;
  let jingzhou: string;
  let hengyang: string;
  let secretariatUnit: string;

  const periodsAs = async (client: GraphQLTestClient) => (await client.data<{ periods: PeriodResult[] }>(PERIODS)).periods;
  const commitmentsAs = async (client: GraphQLTestClient, periodId: string) => (await client.data<{ commitments: CommitmentResult[] }>(COMMITMENTS, { periodId })).commitments;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [secretariat, secretariat2, chief, editor, reporter, otherChief] = (await Promise.all(
      ['secretariat', 'secretariat', 'chief.jingzhou', 'editor.jingzhou', 'reporter.jingzhou', 'chief.hengyang'].map(as),
    )) as GraphQLTestClient[] as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    jingzhou = await memberIdOf(chief, 'jingzhou');
    hengyang = await memberIdOf(chief, 'hengyang');
    [{ id: secretariatUnit }] = await server.database.dataSource.query(`SELECT id FROM members WHERE alliance_role = 'SECRETARIAT'`);
  }, 60_000);
  afterAll(() => server.close());

  it('opens years and quarters with their dates, newest first, and where today stands in them', async () => {
    const year = await freshPeriod(secretariat, server.database.dataSource);
    expect(year).toMatchObject({ kind: 'YEAR', quarter: null, startsOn: `${year.year}-01-01`, endsOn: `${year.year}-12-31`, isCurrent: false, elapsedDays: 0 });
    expect(year.periodDays).toBeGreaterThanOrEqual(365);
    const open = (quarter: number) => secretariat.data<{ openPeriod: PeriodResult }>(OPEN_PERIOD, { input: { kind: 'QUARTER', year: year.year, quarter } });
    const q1 = (await open(1)).openPeriod;
    const q4 = (await open(4)).openPeriod;
    expect(q4).toMatchObject({ quarter: 4, startsOn: `${year.year}-10-01`, endsOn: `${year.year}-12-31`, periodDays: 92 });
    const listed = (await periodsAs(reporter)).filter((period) => period.year === year.year);
    // By first day, latest first; the year before the quarter that starts with it.
    expect(listed.map((period) => period.id)).toEqual([q4.id, year.id, q1.id]);

    // A period under way: today (alliance time) is in this year's.
    const thisYear = Number(allianceDate(new Date()).slice(0, 4));
    const current = await secretariat.request<{ openPeriod: PeriodResult }>(OPEN_PERIOD, { input: { kind: 'YEAR', year: thisYear } });
    const currentPeriod = current.data?.openPeriod ?? (await periodsAs(secretariat)).find((period) => period.kind === 'YEAR' && period.year === thisYear)!;
    expect(currentPeriod.isCurrent).toBe(true);
    expect(currentPeriod.elapsedDays).toBeGreaterThanOrEqual(1);

    const { period } = await editor.data<{ period: PeriodResult & { commitments: unknown[] } }>(PERIOD, { id: q1.id });
    expect(period).toMatchObject({ id: q1.id, commitments: [] });
    expect((await editor.data<{ period: null }>(PERIOD, { id: '6f0f4a52-0000-4000-8000-000000000000' })).period).toBeNull();

    const audit: { action: string; after: { kind: string; quarter: number | null } }[] = await server.database.dataSource.query(
      `SELECT action, after FROM audit_log WHERE entity_type = 'participation_period' AND entity_id = $1`,
      [q4.id],
    );
    expect(audit).toEqual([{ action: 'participation_period.open', after: expect.objectContaining({ kind: 'QUARTER', quarter: 4 }) }]);
  });

  it('refuses periods that do not hold together, and of two openings of the same period exactly one wins', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await secretariat.request(OPEN_PERIOD, { input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return fieldsOf(result);
    };
    expect(await refused({ kind: 'QUARTER', year: 2080 })).toEqual(['quarter']);
    expect(await refused({ kind: 'QUARTER', year: 2080, quarter: 5 })).toEqual(['quarter']);
    expect(await refused({ kind: 'QUARTER', year: 2080, quarter: 0 })).toEqual(['quarter']);
    expect(await refused({ kind: 'YEAR', year: 2080, quarter: 2 })).toEqual(['quarter']);
    expect(await refused({ kind: 'YEAR', year: CHARTER_LIMITS.yearMin - 1 })).toEqual(['year']);
    expect(await refused({ kind: 'YEAR', year: CHARTER_LIMITS.yearMax + 1 })).toEqual(['year']);

    const year = await freshPeriod(secretariat, server.database.dataSource);
    const again = await secretariat.request(OPEN_PERIOD, { input: { kind: 'YEAR', year: year.year } });
    expect([errorCode(again), reasonOf(again)]).toEqual(['CONFLICT', 'PERIOD_EXISTS']);

    const racing = await Promise.all([secretariat, secretariat2].map((client) => client.request(OPEN_PERIOD, { input: { kind: 'QUARTER', year: year.year, quarter: 2 } })));
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(racing.flatMap((result) => (result.errors ? [reasonOf(result)] : []))).toEqual(['PERIOD_EXISTS']);
    const count = (await server.database.dataSource.query(`SELECT count(*)::int AS count FROM participation_periods WHERE year = $1 AND quarter = 2`, [year.year]) as { count: number }[])[0]!.count;
    expect(count).toBe(1);
  });

  it('sets, changes and removes commitments under a version guard, audited, for the secretariat only', async () => {
    const period = await freshPeriod(secretariat, server.database.dataSource);
    const topics = await setCommitment(secretariat, period.id, { metric: 'TOPICS_PROPOSED', title: '策划联合选题', description: null, defaultTarget: 6, weight: 3 });
    expect(topics).toMatchObject({ metric: 'TOPICS_PROPOSED', description: '', defaultTarget: 6, weight: 3, version: 1, period: { id: period.id }, targets: [] });
    const manual = await setCommitment(secretariat, period.id);
    expect((await commitmentsAs(reporter, period.id)).map((commitment) => commitment.id)).toEqual([topics.id, manual.id]);

    const { updateCommitment } = await secretariat.data<{ updateCommitment: CommitmentResult }>(UPDATE_COMMITMENT, {
      id: topics.id,
      input: { version: 1, title: '策划联合选题（调整）', description: '每季度至少一个', defaultTarget: 8, weight: 4 },
    });
    expect(updateCommitment).toMatchObject({ version: 2, title: '策划联合选题（调整）', description: '每季度至少一个', defaultTarget: 8, weight: 4, metric: 'TOPICS_PROPOSED' });
    const stale = await secretariat.request(UPDATE_COMMITMENT, { id: topics.id, input: { version: 1, title: '过期的修改', defaultTarget: 1, weight: 1 } });
    expect([errorCode(stale), reasonOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    // Two edits from the same version: one wins.
    const racing = await Promise.all(
      [secretariat, secretariat2].map((client, index) => client.request(UPDATE_COMMITMENT, { id: topics.id, input: { version: 2, title: `并发 ${index}`, defaultTarget: 8, weight: 4 } })),
    );
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(racing.flatMap((result) => (result.errors ? [reasonOf(result)] : []))).toEqual(['STALE_VERSION']);

    for (const client of [chief, editor, reporter]) {
      expect(errorCode(await client.request(SET_COMMITMENT, { input: commitmentInput(period.id) }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(UPDATE_COMMITMENT, { id: topics.id, input: { version: 3, title: '越权', defaultTarget: 1, weight: 1 } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(REMOVE_COMMITMENT, { id: manual.id }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(SET_TARGET, { commitmentId: topics.id, memberId: jingzhou, target: 1 }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(OPEN_PERIOD, { input: { kind: 'YEAR', year: 2099 } }))).toBe('FORBIDDEN');
    }
    const anonymous = new GraphQLTestClient(server.url);
    expect(errorCode(await anonymous.request(SET_COMMITMENT, { input: commitmentInput(period.id) }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(COMMITMENTS, { periodId: period.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(PERIODS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(PERIOD, { id: period.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(OPEN_PERIOD, { input: { kind: 'YEAR', year: 2099 } }))).toBe('UNAUTHENTICATED');

    expect((await secretariat.data<{ removeCommitment: boolean }>(REMOVE_COMMITMENT, { id: manual.id })).removeCommitment).toBe(true);
    expect(errorCode(await secretariat.request(REMOVE_COMMITMENT, { id: manual.id }))).toBe('NOT_FOUND');
    expect((await commitmentsAs(editor, period.id)).map((commitment) => commitment.id)).toEqual([topics.id]);
    expect(errorCode(await editor.request(COMMITMENTS, { periodId: '6f0f4a52-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const audit: { action: string }[] = await server.database.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'commitment' AND entity_id = ANY($1) ORDER BY id`,
      [[topics.id, manual.id]],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['commitment.create', 'commitment.create', 'commitment.update', 'commitment.update', 'commitment.remove']);
  });

  it('refuses commitments that do not hold together, naming the field', async () => {
    const period = await freshPeriod(secretariat, server.database.dataSource);
    const refused = async (fields: Record<string, unknown>) => {
      const result = await secretariat.request(SET_COMMITMENT, { input: commitmentInput(period.id, fields) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return fieldsOf(result);
    };
    expect(await refused({ metric: 'ON_TIME_RATE', defaultTarget: 101 })).toEqual(['defaultTarget']);
    expect(await refused({ defaultTarget: -1 })).toEqual(['defaultTarget']);
    expect(await refused({ defaultTarget: CHARTER_LIMITS.target + 1 })).toEqual(['defaultTarget']);
    expect(await refused({ weight: 0 })).toEqual(['weight']);
    expect(await refused({ weight: 11 })).toEqual(['weight']);
    expect(await refused({ title: ' ' })).toEqual(['title']);
    expect(await refused({ title: '承'.repeat(CHARTER_LIMITS.commitmentTitle + 1) })).toEqual(['title']);
    expect(await refused({ description: '述'.repeat(CHARTER_LIMITS.commitmentDescription + 1) })).toEqual(['description']);
    expect(errorCode(await secretariat.request(SET_COMMITMENT, { input: commitmentInput('6f0f4a52-0000-4000-8000-000000000000') }))).toBe('NOT_FOUND');

    const rate = await setCommitment(secretariat, period.id, { metric: 'ON_TIME_RATE', title: '按时交稿率', defaultTarget: 90 });
    const update = await secretariat.request(UPDATE_COMMITMENT, { id: rate.id, input: { version: 1, title: '按时交稿率', defaultTarget: 120, weight: 2 } });
    expect(fieldsOf(update)).toEqual(['defaultTarget']);
    expect(fieldsOf(await secretariat.request(SET_TARGET, { commitmentId: rate.id, memberId: jingzhou, target: 101 }))).toEqual(['target']);
    expect(fieldsOf(await secretariat.request(SET_TARGET, { commitmentId: rate.id, memberId: jingzhou, target: -5 }))).toEqual(['target']);
    expect(fieldsOf(await secretariat.request(SET_TARGET, { commitmentId: rate.id, memberId: secretariatUnit, target: 80 }))).toEqual(['memberId']);
    expect(errorCode(await secretariat.request(SET_TARGET, { commitmentId: '6f0f4a52-0000-4000-8000-000000000000', memberId: jingzhou, target: 80 }))).toBe('NOT_FOUND');
  });

  it('takes a measured metric once per period (also at once) and MANUAL many times, up to the limit under concurrency', async () => {
    const period = await freshPeriod(secretariat, server.database.dataSource);
    await setCommitment(secretariat, period.id, { metric: 'PIECES_OFFERED' });
    const again = await secretariat.request(SET_COMMITMENT, { input: commitmentInput(period.id, { metric: 'PIECES_OFFERED' }) });
    expect([errorCode(again), reasonOf(again)]).toEqual(['CONFLICT', 'METRIC_TAKEN']);
    const racing = await Promise.all([secretariat, secretariat2].map((client) => client.request(SET_COMMITMENT, { input: commitmentInput(period.id, { metric: 'EVENTS_ATTENDED' }) })));
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(racing.flatMap((result) => (result.errors ? [reasonOf(result)] : []))).toEqual(['METRIC_TAKEN']);
    // The same metric in another period is fine.
    const other = await freshPeriod(secretariat, server.database.dataSource);
    await setCommitment(secretariat, other.id, { metric: 'PIECES_OFFERED' });

    // Two taken; fill up to three short of the limit, then ask for six at once: exactly three get in.
    const limit = CHARTER_LIMITS.commitmentsPerPeriod;
    for (let index = 2; index < limit - 3; index += 1) await setCommitment(secretariat, period.id, { title: `手工承诺 ${index}` });
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, index) => (index % 2 ? secretariat : secretariat2).request(SET_COMMITMENT, { input: commitmentInput(period.id, { title: `并发承诺 ${index}` }) })),
    );
    expect(burst.filter((result) => !result.errors)).toHaveLength(3);
    expect(burst.flatMap((result) => (result.errors ? [reasonOf(result)] : []))).toEqual(['TOO_MANY_COMMITMENTS', 'TOO_MANY_COMMITMENTS', 'TOO_MANY_COMMITMENTS']);
    expect(await commitmentsAs(reporter, period.id)).toHaveLength(limit);
  });

  it("sets per-member targets (null: back to the default), shown to the secretariat for all and to others for their own member", async () => {
    const period = await freshPeriod(secretariat, server.database.dataSource);
    const commitment = await setCommitment(secretariat, period.id, { metric: 'PIECES_REPUBLISHED', defaultTarget: 10 });
    await secretariat.data(SET_TARGET, { commitmentId: commitment.id, memberId: jingzhou, target: 15 });
    const { setCommitmentTarget } = await secretariat.data<{ setCommitmentTarget: CommitmentResult }>(SET_TARGET, { commitmentId: commitment.id, memberId: hengyang, target: 0 });
    expect(setCommitmentTarget.targets.map((target) => [target.member.slug, target.target]).sort()).toEqual([
      ['hengyang', 0],
      ['jingzhou', 15],
    ]);
    // Each member's people see their own override only.
    expect((await commitmentsAs(chief, period.id))[0]!.targets.map((target) => [target.member.slug, target.target])).toEqual([['jingzhou', 15]]);
    expect((await commitmentsAs(reporter, period.id))[0]!.targets.map((target) => target.member.slug)).toEqual(['jingzhou']);
    expect((await commitmentsAs(otherChief, period.id))[0]!.targets.map((target) => [target.member.slug, target.target])).toEqual([['hengyang', 0]]);
    const changsha = await signedIn(server.url, 'chief.changsha@demo.example');
    expect((await commitmentsAs(changsha, period.id))[0]!.targets).toEqual([]);

    await secretariat.data(SET_TARGET, { commitmentId: commitment.id, memberId: jingzhou, target: 12 });
    await secretariat.data(SET_TARGET, { commitmentId: commitment.id, memberId: jingzhou, target: null });
    expect((await commitmentsAs(chief, period.id))[0]!.targets).toEqual([]);
    const audit: { action: string; before: { target: number } | null; after: { target: number } | null }[] = await server.database.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'commitment_target' AND entity_id = $1 AND (before->>'memberId' = $2 OR after->>'memberId' = $2) ORDER BY id`,
      [commitment.id, jingzhou],
    );
    expect(audit.map((entry) => [entry.action, entry.before?.target ?? null, entry.after?.target ?? null])).toEqual([
      ['commitment_target.set', null, 15],
      ['commitment_target.set', 15, 12],
      ['commitment_target.clear', 12, null],
    ]);
  });

  it('reads commitments with their period and targets in the same number of statements whatever their number (no N+1)', async () => {
    const ds = server.database.dataSource;
    const members: { id: string }[] = await ds.query(`SELECT id FROM members WHERE alliance_role <> 'SECRETARIAT' AND status = 'ACTIVE' ORDER BY slug LIMIT 12`);
    const fill = async (count: number) => {
      const period = await freshPeriod(secretariat, ds);
      await ds.query(
        `INSERT INTO commitments (period_id, metric, title, default_target, weight) SELECT $1, 'MANUAL', '手工承诺 ' || n, 3, 1 FROM generate_series(1, $2::int) AS n`,
        [period.id, count],
      );
      await ds.query(
        `INSERT INTO commitment_targets (commitment_id, member_id, target) SELECT c.id, m.id, 5 FROM commitments c CROSS JOIN unnest($2::uuid[]) AS m(id) WHERE c.period_id = $1`,
        [period.id, members.slice(0, Math.min(members.length, count)).map((member) => member.id)],
      );
      return period.id;
    };
    const statementsFor = async (periodId: string, count: number) => {
      const before = server.queries.count;
      const commitments = await commitmentsAs(secretariat, periodId);
      expect(commitments).toHaveLength(count);
      const afterList = server.queries.count - before;
      const start = server.queries.count;
      const data = await secretariat.data<{ periods: { commitments: { targets: { member: { slug: string } }[]; period: { id: string } }[] }[] }>(
        `{ periods { id commitments { id period { id kind } targets { target member { slug } } } } }`,
      );
      expect(data.periods.length).toBeGreaterThan(0);
      return [afterList, server.queries.count - start];
    };
    const small = await statementsFor(await fill(4), 4);
    const big = await statementsFor(await fill(25), 25);
    // Loaders batch per tick: a batch may now and then split in two, so allow one statement either way.
    expect(big[0]).toBeLessThanOrEqual(small[0]! + 1);
    expect(small[0]).toBeLessThanOrEqual(8);
    expect(big[1]).toBeLessThanOrEqual(small[1]! + 1);
    expect(small[1]).toBeLessThanOrEqual(10);
  });
});
