import { inDays } from '../../../test-support/coverage-fixtures';
import type { GraphQLTestClient } from '../../../test-support/graphql-client';
import { publicSearchText } from '../resource-search';
import { ResourceEntity } from '../resource.entity';
import type { DataSource } from 'typeorm';

/** A library piece as an editor writes it. */
export const PIECE = {
  area: 'CONTENT',
  title: '荆州古城墙的晨光',
  description: 'Jingzhou ancient city wall at dawn: 守城人的一天。',
  terms: '请保留作者署名',
  themes: ['百家党媒看荆州', '楚文化'],
  provinceCodes: ['420000'],
  cities: ['荆州'],
  body: '<p>清晨六点，守城人沿着城墙巡查。</p><script>alert(1)</script><p onclick="x()">古城墙始建于三国时期。</p>',
  byline: '记者 王晓明',
  originalUrl: 'https://jingzhou.example/news/wall',
  media: [{ url: 'https://jingzhou.example/img/wall.jpg', kind: 'IMAGE', credit: '摄影：李思远', caption: '晨光中的城墙' }],
  creditLine: '荆州市融媒体中心供稿',
  excludedProvinceCodes: [] as string[],
  noResyndication: false,
  embargoUntil: null as string | null,
};

export const SHARE = `mutation($input: ResourceInput!) { shareResource(input: $input) { id version status owner { slug } createdBy { displayName } viewerActions } }`;
export const UPDATE = `mutation($id: ID!, $version: Int!, $input: ResourceInput!) { updateResource(id: $id, version: $version, input: $input) { id version title } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawResource(id: $id) { id status } }`;
export const OFFER = `mutation($id: ID!) { offerClaimToLibrary(claimId: $id) { id source title body byline originalUrl themes cities owner { slug } sourceTopic { id } } }`;
export const REPUBLISH = `mutation($input: RepublicationInput!) { recordRepublication(input: $input) { id views claim { id } resource { id } member { id } } }`;
export const CONTENT_FIELDS = `id title description contentVisible embargoState body byline originalUrl media { url credit } package { headline byline html text attribution } viewerActions`;
export const PIECE_QUERY = `query($id: ID!) { resource(id: $id) { ${CONTENT_FIELDS} } }`;
export const SEARCH = `query($filter: ResourceFilter) { resources(filter: $filter, first: 100) { totalCount nodes { id } } }`;

export interface SharedResource {
  id: string;
  version: number;
  status: string;
  owner: { slug: string };
  createdBy: { displayName: string };
  viewerActions: string[];
}

export interface PieceView {
  id: string;
  title: string;
  description: string;
  contentVisible: boolean;
  embargoState: string;
  body: string | null;
  byline: string | null;
  originalUrl: string | null;
  media: { url: string; credit: string }[] | null;
  package: { headline: string; byline: string; html: string; text: string; attribution: string } | null;
  viewerActions: string[];
}

export async function sharePiece(editor: GraphQLTestClient, overrides: Partial<typeof PIECE> = {}): Promise<SharedResource> {
  return (await editor.data<{ shareResource: SharedResource }>(SHARE, { input: { ...PIECE, ...overrides } })).shareResource;
}

export async function pieceAs(client: GraphQLTestClient, id: string): Promise<PieceView | null> {
  return (await client.data<{ resource: PieceView | null }>(PIECE_QUERY, { id })).resource;
}

export async function searchIds(client: GraphQLTestClient, filter: Record<string, unknown>): Promise<string[]> {
  return (await client.data<{ resources: { nodes: { id: string }[] } }>(SEARCH, { filter })).resources.nodes.map((node) => node.id);
}

export const republication = (resourceId: string, memberId: string, views = 1000) => ({
  resourceId,
  memberId,
  channel: 'WECHAT',
  url: `https://republish.example/${resourceId.slice(0, 8)}/${Math.random().toString(36).slice(2)}`,
  publishedAt: new Date().toISOString(),
  views,
  shares: 10,
  likes: 5,
});

export { inDays };

/** A resource written straight into the database (sharing itself is another slice's), owned by a member's editor. */
export async function insertResource(
  dataSource: DataSource,
  ownerSlug: string,
  fields: Partial<ResourceEntity> & Pick<ResourceEntity, 'area' | 'title'>,
): Promise<ResourceEntity> {
  const [owner]: { member_id: string; user_id: string }[] = await dataSource.query(
    `SELECT m.id AS member_id, u.id AS user_id FROM members m JOIN users u ON u.member_id = m.id WHERE m.slug = $1 AND u.role = 'EDITOR' ORDER BY u.email LIMIT 1`,
    [ownerSlug],
  );
  if (!owner) throw new Error(`no editor at ${ownerSlug}`);
  const repository = dataSource.getRepository(ResourceEntity);
  const description = fields.description ?? `${fields.title}（简介）`;
  return repository.save(
    repository.create({
      ownerMemberId: owner.member_id,
      createdById: owner.user_id,
      description,
      searchPublic: publicSearchText({ title: fields.title, description, themes: fields.themes ?? [], cities: fields.cities ?? [] }),
      ...fields,
    }),
  );
}
