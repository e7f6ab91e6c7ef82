import { errorCode, GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, DEMO_PASSWORD, startTestServer, type TestServer } from '../../../test-support/test-server';

interface MembersPage {
  members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; slug: string; allianceRole?: string; province: { riverOrder: number } }[] };
}

const MEMBERS = `query($provinceCode: String, $search: String, $first: Int, $after: String) {
  members(provinceCode: $provinceCode, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id slug nameZh cityZh outletKind allianceRole joinedOn channels { kind name } staffCounts { total reporters } province { code nameZh riverOrder memberCount } }
  }
}`;

const ADMIT = `mutation($input: AdmitMemberInput!) { admitMember(input: $input) { id slug nameZh status province { nameEn } channels { kind name url } } }`;

const newMember = (slug: string) => ({
  slug,
  nameZh: '宜春日报社',
  nameEn: 'Yichun Daily',
  cityZh: '宜春',
  cityEn: 'Yichun',
  provinceCode: '360000',
  outletKind: 'DAILY_NEWSPAPER',
  joinedOn: '2026-11-20',
  latitude: 27.8136,
  longitude: 114.4165,
  channels: [{ kind: 'WECHAT', name: '宜春发布' }, { kind: 'WEBSITE', name: '宜春新闻网', url: 'https://www.yichunnews.example' }],
});

describe.each(DATABASE_KINDS)('member directory on %s', (kind) => {
  let server: TestServer;
  let reporter: GraphQLTestClient;
  let secretariat: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    reporter = new GraphQLTestClient(server.url);
    secretariat = new GraphQLTestClient(server.url);
    await reporter.signIn('reporter.hengyang@demo.example', DEMO_PASSWORD);
    await secretariat.signIn('secretariat@demo.example', DEMO_PASSWORD);
  }, 60_000);
  afterAll(() => server.close());

  it('lists the 11 provinces along the river, upstream first, with their member counts (the 36 newsrooms, not the secretariat)', async () => {
    const { provinces } = await reporter.data<{ provinces: { nameEn: string; memberCount: number }[] }>(`{ provinces { code nameEn nameZh riverOrder memberCount } }`);
    expect(provinces.map((p) => p.nameEn)).toEqual(['Yunnan', 'Sichuan', 'Guizhou', 'Chongqing', 'Hubei', 'Hunan', 'Jiangxi', 'Anhui', 'Jiangsu', 'Zhejiang', 'Shanghai']);
    expect(provinces.reduce((sum, p) => sum + p.memberCount, 0)).toBe(36);
  });

  it('counts 36 member newsrooms in the directory; the secretariat unit is answered on its own and stays in the full list', async () => {
    const directory = await reporter.data<MembersPage>(`query($after: String) { members(newsroomsOnly: true, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug allianceRole province { riverOrder } } } }`);
    expect(directory.members.totalCount).toBe(36);
    expect(directory.members.nodes).toHaveLength(36);
    expect(directory.members.nodes.map((m) => m.allianceRole)).not.toContain('SECRETARIAT');
    const hubei = await reporter.data<MembersPage>(`{ members(provinceCode: "420000", newsroomsOnly: true) { totalCount nodes { slug } } }`);
    expect(hubei.members.nodes.map((m) => m.slug)).not.toContain('secretariat');
    const { allianceSecretariat } = await reporter.data<{ allianceSecretariat: { slug: string; allianceRole: string } }>(`{ allianceSecretariat { slug allianceRole } }`);
    expect(allianceSecretariat).toEqual({ slug: 'secretariat', allianceRole: 'SECRETARIAT' });
    // Pickers that may name the secretariat (an innovation panel, account management) still get every unit.
    expect((await reporter.data<MembersPage>(MEMBERS, { first: 100 })).members.totalCount).toBe(37);
  });

  it('pages through all members in river order without repeats', async () => {
    const seen: MembersPage['members']['nodes'] = [];
    let after: string | null = null;
    do {
      const page: MembersPage = await reporter.data<MembersPage>(MEMBERS, { first: 10, after });
      expect(page.members.totalCount).toBe(37);
      seen.push(...page.members.nodes);
      after = page.members.pageInfo.hasNextPage ? page.members.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(37);
    expect(new Set(seen.map((m) => m.id)).size).toBe(37);
    const orders = seen.map((m) => m.province.riverOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(seen[0]?.province.riverOrder).toBe(1);
  });

  it('filters by province and searches by Chinese name or pinyin', async () => {
    const hunan = await reporter.data<MembersPage>(MEMBERS, { provinceCode: '430000' });
    expect(hunan.members.nodes.map((m) => m.slug).sort()).toEqual(['changde', 'changsha', 'hengyang', 'yueyang', 'zhuzhou']);
    const byChinese = await reporter.data<MembersPage>(MEMBERS, { search: '荆州' });
    expect(byChinese.members.nodes.map((m) => m.slug)).toContain('jingzhou');
    const byPinyin = await reporter.data<MembersPage>(MEMBERS, { search: 'WanZhou' });
    expect(byPinyin.members.nodes.map((m) => m.slug)).toEqual(['wanzhou']);
    const nothing = await reporter.data<MembersPage>(MEMBERS, { search: '100%_' });
    expect(nothing.members).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('rejects page sizes over the limit and forged cursors', async () => {
    expect(errorCode(await reporter.request(MEMBERS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await reporter.request(MEMBERS, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('opens a member page, says NOT_FOUND for a member that does not exist and BAD_USER_INPUT for an id that is no id', async () => {
    const { members } = await reporter.data<MembersPage>(MEMBERS, { search: 'jingzhou', provinceCode: '420000' });
    const id = members.nodes.find((m) => m.slug === 'jingzhou')?.id;
    const { member } = await reporter.data<{ member: { nameZh: string; staffCounts: { total: number } } }>(
      `query($id: ID!) { member(id: $id) { nameZh staffCounts { total chiefEditors } } }`,
      { id },
    );
    expect(member).toMatchObject({ nameZh: '荆州市融媒体中心', staffCounts: { total: 4 } });
    expect(errorCode(await reporter.request(`{ member(id: "00000000-0000-0000-0000-000000000000") { id } }`))).toBe('NOT_FOUND');
    expect(errorCode(await reporter.request(`{ member(id: "jingzhou") { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('lets only the secretariat admit a member, with validation and unique slugs', async () => {
    expect(errorCode(await reporter.request(ADMIT, { input: newMember('yichun') }))).toBe('FORBIDDEN');
    const chief = new GraphQLTestClient(server.url);
    await chief.signIn('chief.jingzhou@demo.example', DEMO_PASSWORD);
    expect(errorCode(await chief.request(ADMIT, { input: newMember('yichun') }))).toBe('FORBIDDEN');

    const bad = await secretariat.request(ADMIT, { input: { ...newMember('Yi Chun!'), latitude: 45 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0]?.extensions?.fields ?? {})).toEqual(expect.arrayContaining(['slug', 'latitude']));

    const { admitMember } = await secretariat.data<{ admitMember: { slug: string; status: string; province: { nameEn: string } } }>(ADMIT, { input: newMember('yichun') });
    expect(admitMember).toMatchObject({ slug: 'yichun', status: 'ACTIVE', province: { nameEn: 'Jiangxi' } });
    const again = await secretariat.request(ADMIT, { input: newMember('yichun') });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('SLUG_TAKEN');
    expect((await reporter.data<MembersPage>(MEMBERS, { provinceCode: '360000' })).members.nodes.map((m) => m.slug)).toContain('yichun');
  });

  it('loads the directory in the same number of SQL statements whatever the page size (no N+1)', async () => {
    const statementsFor = async (first: number) => {
      const before = server.queries.count;
      await reporter.data(MEMBERS, { first });
      return server.queries.count - before;
    };
    const small = await statementsFor(3);
    const large = await statementsFor(30);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(6);
  });
});
