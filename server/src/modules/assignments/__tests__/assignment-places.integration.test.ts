import { BULK_ASSIGNMENT_LIMITS, distanceKm, gazetteerPlaceNamed } from '@yah/shared';
import { approvedTopic, inDays, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const CREATE = `mutation($input: AssignmentInput!) { createAssignment(input: $input) { id place { name latitude longitude } location { slug } } }`;
const CREATE_MANY = `mutation($input: AssignmentsInput!) { createAssignments(input: $input) { id title place { name } location { slug } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) { updateAssignment(id: $id, version: $version, input: $input) { id version place { name } location { slug } } }`;
const LAKE = gazetteerPlaceNamed('洞庭湖')!;
const DAM = gazetteerPlaceNamed('三峡大坝')!;
const lake = { name: LAKE.zh, latitude: LAKE.latitude, longitude: LAKE.longitude };
const dam = { name: DAM.zh, latitude: DAM.latitude, longitude: DAM.longitude };

const row = (title: string, extra: Record<string, unknown>) => ({ title, brief: '', format: 'TEXT', dueAt: inDays(4), slots: 2, ...extra });

describe.each(DATABASE_KINDS)('assignments at places that are not member cities, and made in bulk, on %s', (kind) => {
  let server: TestServer;
  let editor: GraphQLTestClient;
  let topicId: string;
  let jingzhou: string;

  const topicAssignments = async () =>
    (await editor.data<{ topic: { assignments: { id: string }[] } }>(`query($id: ID!) { topic(id: $id) { assignments { id } } }`, { id: topicId })).topic.assignments.map((a) => a.id);

  beforeAll(async () => {
    server = await startTestServer(kind);
    editor = await signedIn(server.url, 'editor.jingzhou@demo.example');
    topicId = await approvedTopic(editor, await signedIn(server.url, 'secretariat@demo.example'));
    jingzhou = await memberIdOf(editor, 'jingzhou');
  }, 60_000);
  afterAll(() => server.close());

  it('keeps a free place with its nearest member city, shows the distance to the place, and orders nearest first by that city', async () => {
    const { createAssignment: atLake } = await editor.data<{ createAssignment: { id: string; place: unknown; location: { slug: string } } }>(CREATE, {
      input: { topicId, ...row('洞庭湖越冬候鸟观察', { place: { ...lake, name: `  ${lake.name} ` } }) },
    });
    expect(atLake.place).toEqual(lake);
    expect(atLake.location.slug).toBe('yueyang');
    const { createAssignment: atDam } = await editor.data<{ createAssignment: { id: string; location: { slug: string } } }>(CREATE, { input: { topicId, ...row('三峡大坝冬季调度', { place: dam }) } });
    expect(atDam.location.slug).toBe('yichang');
    const { createAssignment: inCity } = await editor.data<{ createAssignment: { id: string } }>(CREATE, { input: { topicId, ...row('荆州古城墙修缮', { locationMemberId: jingzhou }) } });

    const reporter = await signedIn(server.url, 'reporter.yueyang@demo.example');
    const order: { id: string; distanceKm: number; location: { slug: string } }[] = [];
    let after: string | null = null;
    do {
      const page: { openAssignments: { nodes: { id: string; distanceKm: number; location: { slug: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } =
        await reporter.data(`query($after: String) { openAssignments(first: 100, after: $after) { nodes { id distanceKm location { slug } } pageInfo { endCursor hasNextPage } } }`, { after });
      order.push(...page.openAssignments.nodes);
      after = page.openAssignments.pageInfo.hasNextPage ? page.openAssignments.pageInfo.endCursor : null;
    } while (after);
    const position = (id: string) => order.findIndex((node) => node.id === id);
    // Yueyang's own slots come first (the lake is Yueyang's), then Jingzhou (≈ 150 km), then Yichang (≈ 250 km).
    expect(position(atLake.id)).toBeGreaterThanOrEqual(0);
    expect(position(atLake.id)).toBeLessThan(position(inCity.id));
    expect(position(inCity.id)).toBeLessThan(position(atDam.id));
    expect(order.slice(0, position(atLake.id) + 1).every((node) => node.location.slug === 'yueyang')).toBe(true);
    const yueyang = { latitude: 29.3572, longitude: 113.1289 };
    expect(order[position(atLake.id)]!.distanceKm).toBeCloseTo(distanceKm(yueyang, LAKE), 0);
    expect(order[position(atLake.id)]!.distanceKm).toBeGreaterThan(5);
    expect(order[position(atDam.id)]!.distanceKm).toBeCloseTo(distanceKm(yueyang, DAM), 0);

    // The city filter finds a place by its nearest member city.
    const byCity = await reporter.data<{ openAssignments: { nodes: { id: string }[] } }>(`query($m: ID) { openAssignments(first: 100, filter: { locationMemberId: $m }) { nodes { id } } }`, {
      m: await memberIdOf(editor, 'yueyang'),
    });
    expect(byCity.openAssignments.nodes.map((node) => node.id)).toContain(atLake.id);

    // Moving it to a member city drops the place; the calendar and the ICS feed name the place.
    const { calendar } = await editor.data<{ calendar: { place: string | null; assignment: { id: string } | null }[] }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { place assignment { id } } }`,
      { from: new Date().toISOString(), to: inDays(20) },
    );
    expect(calendar.find((entry) => entry.assignment?.id === atLake.id)?.place).toBe('洞庭湖（岳阳）');
    expect(calendar.find((entry) => entry.assignment?.id === inCity.id)?.place).toBe('荆州');
    const { createIcsFeed } = await editor.data<{ createIcsFeed: string }>(`mutation { createIcsFeed }`);
    const ics = (await (await fetch(`${server.url}${new URL(createIcsFeed).pathname}`)).text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('LOCATION:洞庭湖（岳阳）');
    const { updateAssignment } = await editor.data<{ updateAssignment: { place: unknown; location: { slug: string } } }>(UPDATE, {
      id: atLake.id,
      version: 1,
      input: row('洞庭湖越冬候鸟观察', { locationMemberId: jingzhou }),
    });
    expect(updateAssignment).toEqual({ id: atLake.id, version: 2, place: null, location: { slug: 'jingzhou' } });
  });

  it('refuses a place outside the belt, far from every member, without a name, or given with a member city', async () => {
    const refused = async (extra: Record<string, unknown>) => errorCode(await editor.request(CREATE, { input: { topicId, ...row('越界地点测试', extra) } }));
    expect(await refused({ place: { name: '北京', latitude: 39.9, longitude: 116.4 } })).toBe('BAD_USER_INPUT');
    expect(await refused({ place: { name: '西双版纳以西', latitude: 21.0, longitude: 98.0 } })).toBe('BAD_USER_INPUT');
    expect(await refused({ place: { ...lake, name: '   ' } })).toBe('BAD_USER_INPUT');
    expect(await refused({ place: { ...lake, name: '洞'.repeat(121) } })).toBe('BAD_USER_INPUT');
    expect(await refused({ place: lake, locationMemberId: jingzhou })).toBe('BAD_USER_INPUT');
    expect(await refused({})).toBe('BAD_USER_INPUT');
  });

  it('makes assignments in bulk all or nothing, within the limit, only for editors who may add to the topic', async () => {
    const before = await topicAssignments();
    const rows = [row('第一站：会展中心', { place: { name: '荆州国际会展中心', latitude: 30.3187, longitude: 112.2712 } }), row('第二站：洞庭湖', { place: lake }), row('第三站：古城', { locationMemberId: jingzhou })];

    const late = await editor.request(CREATE_MANY, { input: { topicId, assignments: [...rows.slice(0, 2), { ...rows[2], dueAt: inDays(-1) }] } });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toMatch(/^Row 3:/);
    expect((late.errors?.[0]?.extensions as { fields?: Record<string, string> }).fields).toEqual({ 'assignments.2.dueAt': 'in the past' });
    const far = await editor.request(CREATE_MANY, { input: { topicId, assignments: [rows[0], row('太远', { place: { name: '远方', latitude: 21, longitude: 98 } })] } });
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
    const tooMany = await editor.request(CREATE_MANY, { input: { topicId, assignments: Array.from({ length: BULK_ASSIGNMENT_LIMITS.rows.max + 1 }, () => rows[0]) } });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(errorCode(await editor.request(CREATE_MANY, { input: { topicId, assignments: [] } }))).toBe('BAD_USER_INPUT');
    expect(await topicAssignments()).toEqual(before);

    const otherEditor = await signedIn(server.url, 'editor.nanjing@demo.example');
    expect(errorCode(await otherEditor.request(CREATE_MANY, { input: { topicId, assignments: rows } }))).toBe('FORBIDDEN');
    const reporter = await signedIn(server.url, 'reporter.jingzhou@demo.example');
    expect(errorCode(await reporter.request(CREATE_MANY, { input: { topicId, assignments: rows } }))).toBe('FORBIDDEN');
    expect(await topicAssignments()).toEqual(before);

    const { createAssignments } = await editor.data<{ createAssignments: { id: string; title: string; place: { name: string } | null; location: { slug: string } }[] }>(CREATE_MANY, {
      input: { topicId, assignments: rows },
    });
    expect(createAssignments.map((a) => [a.title, a.place?.name ?? null, a.location.slug])).toEqual([
      ['第一站：会展中心', '荆州国际会展中心', 'jingzhou'],
      ['第二站：洞庭湖', '洞庭湖', 'yueyang'],
      ['第三站：古城', null, 'jingzhou'],
    ]);
    expect(new Set(await topicAssignments())).toEqual(new Set([...before, ...createAssignments.map((a) => a.id)]));

    // The audit log has one entry per assignment made.
    const secretariat = await signedIn(server.url, 'secretariat@demo.example');
    const { auditLog } = await secretariat.data<{ auditLog: { nodes: { entityId: string }[] } }>(`{ auditLog(first: 20) { nodes { entityId } } }`);
    for (const made of createAssignments) expect(auditLog.nodes.map((entry) => entry.entityId)).toContain(made.id);
  });
});
