import { RESOURCE_LIMITS } from '@yah/shared';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { republication, REPUBLISH, sharePiece } from './resource-fixtures';

const BALANCE = `query($id: ID!) { member(id: $id) { exchangeBalance { piecesOffered resourcesOffered republishedFromOthers republishedByOthers requestsFulfilledForOthers requestsReceivedFulfilled } } }`;
const REACH = `query($id: ID!) { resource(id: $id) { reach { publications members views shares likes } publications { url member { slug } } } }`;
const UPDATE_PUBLICATION = `mutation($id: ID!, $input: PublicationFieldsInput!) { updatePublication(id: $id, input: $input) { id views } }`;
const WITHDRAW_PUBLICATION = `mutation($id: ID!) { withdrawPublication(id: $id) { id } }`;

interface Balance {
  piecesOffered: number;
  resourcesOffered: number;
  republishedFromOthers: number;
  republishedByOthers: number;
  requestsFulfilledForOthers: number;
  requestsReceivedFulfilled: number;
}

describe.each(DATABASE_KINDS)('republishing library pieces into the publication ledger on %s', (kind) => {
  let server: TestServer;
  let owner: GraphQLTestClient;
  let republisher: GraphQLTestClient;
  let members: Record<'jingzhou' | 'hengyang' | 'changsha' | 'wanzhou', string>;

  const balanceOf = async (memberId: string) => (await republisher.data<{ member: { exchangeBalance: Balance } }>(BALANCE, { id: memberId })).member.exchangeBalance;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [owner, republisher] = await Promise.all([signedIn(server.url, 'editor.jingzhou@demo.example'), signedIn(server.url, 'editor.hengyang@demo.example')]);
    const [jingzhou, hengyang, changsha, wanzhou] = await Promise.all(['jingzhou', 'hengyang', 'changsha', 'wanzhou'].map((slug) => memberIdOf(owner, slug)));
    members = { jingzhou: jingzhou!, hengyang: hengyang!, changsha: changsha!, wanzhou: wanzhou! };
  }, 60_000);
  afterAll(() => server.close());

  it('records who may: editors for their own member, the secretariat for any other; never the owner or a reporter', async () => {
    const piece = await sharePiece(owner);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    const [reporter, chief, ownerChief, secretariat] = await Promise.all([as('reporter.hengyang'), as('chief.hengyang'), as('chief.jingzhou'), as('secretariat')]);
    expect(errorCode(await reporter.request(REPUBLISH, { input: republication(piece.id, members.hengyang) }))).toBe('FORBIDDEN');
    expect(errorCode(await republisher.request(REPUBLISH, { input: republication(piece.id, members.changsha) }))).toBe('FORBIDDEN');
    for (const own of [owner, ownerChief]) expect(errorCode(await own.request(REPUBLISH, { input: republication(piece.id, members.jingzhou) }))).toBe('FORBIDDEN');
    expect(errorCode(await secretariat.request(REPUBLISH, { input: republication(piece.id, members.jingzhou) }))).toBe('FORBIDDEN');

    const { recordRepublication } = await republisher.data<{ recordRepublication: { claim: null; resource: { id: string }; member: { id: string } } }>(REPUBLISH, {
      input: republication(piece.id, members.hengyang),
    });
    expect(recordRepublication).toMatchObject({ claim: null, resource: { id: piece.id }, member: { id: members.hengyang } });
    await chief.data(REPUBLISH, { input: republication(piece.id, members.hengyang) });
    await secretariat.data(REPUBLISH, { input: republication(piece.id, members.changsha) });
    // Not before the piece was offered, nor in the future.
    expect(await republisher.request(REPUBLISH, { input: { ...republication(piece.id, members.hengyang), publishedAt: '2025-01-01T00:00:00Z' } })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { publishedAt: 'before the piece could run' } } }],
    });
    expect(errorCode(await republisher.request(REPUBLISH, { input: { ...republication(piece.id, members.hengyang), publishedAt: new Date(Date.now() + 3600_000).toISOString() } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses an outlet in an excluded region', async () => {
    const piece = await sharePiece(owner, { title: '只限省外转载的稿件', excludedProvinceCodes: ['430000'] });
    expect(await republisher.request(REPUBLISH, { input: republication(piece.id, members.hengyang) })).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', reason: 'REGION_EXCLUDED' } }] });
    const wanzhouEditor = await signedIn(server.url, 'editor.wanzhou@demo.example');
    await wanzhouEditor.data(REPUBLISH, { input: republication(piece.id, members.wanzhou) });
  });

  it(`keeps ${RESOURCE_LIMITS.republicationsPerMember.max} republications per member and piece, however many are recorded at once`, async () => {
    const piece = await sharePiece(owner, { title: '并发转载测试稿' });
    const results = await Promise.all(Array.from({ length: 30 }, () => republisher.request(REPUBLISH, { input: republication(piece.id, members.hengyang, 1) })));
    expect(results.filter((result) => !result.errors).length).toBe(RESOURCE_LIMITS.republicationsPerMember.max);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.reason === 'REPUBLICATION_LIMIT').length).toBe(30 - RESOURCE_LIMITS.republicationsPerMember.max);
    const [{ count }] = await server.database.dataSource.query(`SELECT count(*)::int AS count FROM publications WHERE resource_id = $1`, [piece.id]);
    expect(count).toBe(RESOURCE_LIMITS.republicationsPerMember.max);
  }, 60_000);

  it('duplicate republications inflate the figures: no, one record per piece and address, at once or by correction; balances count records on both sides', async () => {
    const piece = await sharePiece(owner, { title: '同一网址重复转载测试稿' });
    const [ownerBefore, republisherBefore] = [await balanceOf(members.jingzhou), await balanceOf(members.hengyang)];
    const url = 'https://hengyang.example/zhuanzai/wall.html';
    const at = (address: string) => ({ ...republication(piece.id, members.hengyang), url: address });
    const results = await Promise.all(Array.from({ length: 20 }, () => republisher.request(REPUBLISH, { input: at(url) })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((result) => result.errors)) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RECORDED' });
    // The same address written differently: padded, scheme and host in capitals, the default port, a fragment, a trailing slash.
    for (const same of ['  HTTPS://HengYang.Example/zhuanzai/wall.html ', 'https://hengyang.example:443/zhuanzai/wall.html', 'https://hengyang.example/zhuanzai/wall.html#comments', 'https://hengyang.example/zhuanzai/wall.html/']) {
      expect({ same, answer: await republisher.request(REPUBLISH, { input: at(same) }) }).toMatchObject({ same, answer: { errors: [{ extensions: { code: 'CONFLICT', reason: 'ALREADY_RECORDED' } }] } });
    }
    const second = (await republisher.data<{ recordRepublication: { id: string } }>(REPUBLISH, { input: at('https://hengyang.example/zhuanzai/wall-app.html') })).recordRepublication;
    // A correction cannot move a record onto an address the piece is already recorded at, but may keep its own.
    const { resourceId: _resourceId, ...fields } = at(url);
    expect(await republisher.request(UPDATE_PUBLICATION, { id: second.id, input: fields })).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', reason: 'ALREADY_RECORDED' } }] });
    expect((await republisher.data<{ updatePublication: { views: number } }>(UPDATE_PUBLICATION, { id: second.id, input: { ...fields, url: 'https://hengyang.example/zhuanzai/wall-app.html', views: 7 } })).updatePublication.views).toBe(7);
    const [{ count }] = await server.database.dataSource.query(`SELECT count(*)::int AS count FROM publications WHERE resource_id = $1`, [piece.id]);
    expect(count).toBe(2);
    // Two records of one piece count twice on both sides of the exchange.
    expect((await balanceOf(members.jingzhou)).republishedByOthers).toBe(ownerBefore.republishedByOthers + 2);
    expect((await balanceOf(members.hengyang)).republishedFromOthers).toBe(republisherBefore.republishedFromOthers + 2);
  }, 60_000);

  it("notifies the owner's editors, sums the reach, moves both balances, and lets the recorder correct or withdraw it", async () => {
    const piece = await sharePiece(owner, { title: '荆州古城墙：守城人的一天（转载统计）' });
    const [ownerBefore, republisherBefore] = [await balanceOf(members.jingzhou), await balanceOf(members.hengyang)];
    const first = (await republisher.data<{ recordRepublication: { id: string } }>(REPUBLISH, { input: republication(piece.id, members.hengyang, 1200) })).recordRepublication;
    await (await signedIn(server.url, 'editor.changsha@demo.example')).data(REPUBLISH, { input: republication(piece.id, members.changsha, 800) });

    const inbox = await owner.data<{ notifications: { nodes: { kind: string; resource: { id: string } | null; actor: { displayName: string } }[] } }>(
      `{ notifications(first: 5) { nodes { kind resource { id } actor { displayName } } } }`,
    );
    expect(inbox.notifications.nodes.filter((note) => note.kind === 'PIECE_REPUBLISHED' && note.resource?.id === piece.id)).toHaveLength(2);

    const reach = async () => (await owner.data<{ resource: { reach: { publications: number; members: number; views: number }; publications: { member: { slug: string } }[] } }>(REACH, { id: piece.id })).resource;
    expect(await reach()).toMatchObject({ reach: { publications: 2, members: 2, views: 2000 }, publications: [{ member: { slug: 'changsha' } }, { member: { slug: 'hengyang' } }] });
    expect(await balanceOf(members.jingzhou)).toEqual({ ...ownerBefore, republishedByOthers: ownerBefore.republishedByOthers + 2 });
    expect(await balanceOf(members.hengyang)).toEqual({ ...republisherBefore, republishedFromOthers: republisherBefore.republishedFromOthers + 1 });

    const id = first.id;
    const correction = { memberId: members.hengyang, channel: 'APP', url: 'https://hengyang.example/corrected', publishedAt: new Date().toISOString(), views: 5000, shares: 10, likes: 5 };
    expect(errorCode(await owner.request(UPDATE_PUBLICATION, { id, input: correction }))).toBe('FORBIDDEN');
    expect((await republisher.data<{ updatePublication: { views: number } }>(UPDATE_PUBLICATION, { id, input: correction })).updatePublication.views).toBe(5000);
    expect((await reach()).reach.views).toBe(5800);
    expect((await republisher.data<{ withdrawPublication: null }>(WITHDRAW_PUBLICATION, { id })).withdrawPublication).toBeNull();
    expect((await reach()).reach).toMatchObject({ publications: 1, views: 800 });
  });
});
