import type { DataSource } from 'typeorm';
import type { GraphQLResult, GraphQLTestClient } from '../../../test-support/graphql-client';

export const CHARTER_FIELDS = `id version changeNote publishedAt publishedBy { id displayName } articles { number title body area }
  changes { number kind title before { number title body area } after { number title body area } }`;
export const CHARTER = `{ charter { ${CHARTER_FIELDS} } }`;
export const CHARTER_VERSIONS = `query($first: Int) { charterVersions(first: $first) { version changeNote changes { number kind } } }`;
export const CHARTER_VERSION = `query($version: Int!) { charterVersion(version: $version) { ${CHARTER_FIELDS} } }`;
export const PUBLISH_CHARTER = `mutation($input: PublishCharterInput!) { publishCharter(input: $input) { ${CHARTER_FIELDS} } }`;

export const PERIOD_FIELDS = `id kind year quarter startsOn endsOn isCurrent elapsedDays periodDays`;
export const PERIODS = `{ periods { ${PERIOD_FIELDS} } }`;
export const PERIOD = `query($id: ID!) { period(id: $id) { ${PERIOD_FIELDS} commitments { id title } } }`;
export const OPEN_PERIOD = `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { ${PERIOD_FIELDS} } }`;

export const COMMITMENT_FIELDS = `id metric title description defaultTarget weight version period { id } targets { member { id slug } target }`;
export const COMMITMENTS = `query($periodId: ID!) { commitments(periodId: $periodId) { ${COMMITMENT_FIELDS} } }`;
export const SET_COMMITMENT = `mutation($input: CommitmentInput!) { setCommitment(input: $input) { ${COMMITMENT_FIELDS} } }`;
export const UPDATE_COMMITMENT = `mutation($id: ID!, $input: CommitmentUpdateInput!) { updateCommitment(id: $id, input: $input) { ${COMMITMENT_FIELDS} } }`;
export const REMOVE_COMMITMENT = `mutation($id: ID!) { removeCommitment(id: $id) }`;
export const SET_TARGET = `mutation($commitmentId: ID!, $memberId: ID!, $target: Int) { setCommitmentTarget(commitmentId: $commitmentId, memberId: $memberId, target: $target) { ${COMMITMENT_FIELDS} } }`;

export const EVIDENCE_FIELDS = `id text links state decidedAt decisionNote createdAt version commitment { id title } member { id slug }
  submittedBy { id displayName } decidedBy { id displayName }`;
export const EVIDENCE_LIST = `query($filter: EvidenceFilter, $first: Int, $after: String) {
  commitmentEvidence(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${EVIDENCE_FIELDS} } }
}`;
export const SUBMIT_EVIDENCE = `mutation($input: EvidenceInput!) { submitCommitmentEvidence(input: $input) { ${EVIDENCE_FIELDS} } }`;
export const DECIDE_EVIDENCE = `mutation($id: ID!, $verified: Boolean!, $note: String, $version: Int!) {
  decideCommitmentEvidence(id: $id, verified: $verified, note: $note, version: $version) { ${EVIDENCE_FIELDS} }
}`;

export interface ArticleResult {
  number: number;
  title: string;
  body: string;
  area: string | null;
}
export interface CharterResult {
  id: string;
  version: number;
  changeNote: string;
  publishedAt: string;
  publishedBy: { id: string; displayName: string } | null;
  articles: ArticleResult[];
  changes: { number: number; kind: string; title: string; before: ArticleResult | null; after: ArticleResult | null }[];
}
export interface PeriodResult {
  id: string;
  kind: string;
  year: number;
  quarter: number | null;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
  elapsedDays: number;
  periodDays: number;
}
export interface CommitmentResult {
  id: string;
  metric: string;
  title: string;
  description: string;
  defaultTarget: number;
  weight: number;
  version: number;
  period: { id: string };
  targets: { member: { id: string; slug: string }; target: number }[];
}
export interface EvidenceResult {
  id: string;
  text: string;
  links: string[];
  state: string;
  decidedAt: string | null;
  decisionNote: string | null;
  version: number;
  commitment: { id: string; title: string };
  member: { id: string; slug: string };
  submittedBy: { id: string; displayName: string } | null;
  decidedBy: { id: string; displayName: string } | null;
}

/** The charter's first articles as the alliance adopted them (abridged). */
export const ARTICLES = [
  { number: 1, title: '总则', body: '长江经济带城市党媒融合发展联盟（以下简称联盟）由沿江城市党媒自愿组成。', area: null },
  { number: 2, title: '平台共享', body: '成员单位共建共享融合传播平台。', area: 'PLATFORM' },
  { number: 3, title: '内容共享', body: '成员单位互通稿件资源，转载注明来源。', area: 'CONTENT' },
];

export const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;
export const fieldsOf = (result: GraphQLResult<unknown>) => Object.keys((result.errors?.[0]?.extensions?.fields as Record<string, string> | undefined) ?? {});

/** The charter's current version number, or null. */
export async function currentVersion(client: GraphQLTestClient): Promise<number | null> {
  return (await client.data<{ charter: { version: number } | null }>(`{ charter { version } }`)).charter?.version ?? null;
}

/** Publishes on top of whatever is current. */
export async function publish(client: GraphQLTestClient, articles: readonly object[] = ARTICLES, changeNote = '修订'): Promise<CharterResult> {
  return (await client.data<{ publishCharter: CharterResult }>(PUBLISH_CHARTER, { input: { baseVersion: await currentVersion(client), changeNote, articles } })).publishCharter;
}

/**
 * A fresh period for a test: a year (or quarter) no demo data or other test uses. Years 2070–2100 are the tests':
 * each call takes the next free one.
 */
export async function freshPeriod(client: GraphQLTestClient, ds: DataSource, kind: 'YEAR' | 'QUARTER' = 'YEAR', quarter: number | null = null): Promise<PeriodResult> {
  const [row]: { year: number | null }[] = await ds.query(`SELECT max(year) AS year FROM participation_periods WHERE year >= 2070`);
  const year = (row?.year ?? 2069) + 1;
  return (await client.data<{ openPeriod: PeriodResult }>(OPEN_PERIOD, { input: { kind, year, quarter } })).openPeriod;
}

export const commitmentInput = (periodId: string, fields: Record<string, unknown> = {}) => ({
  periodId,
  metric: 'MANUAL',
  title: '举办一次业务培训',
  description: '面向成员单位的融合传播培训',
  defaultTarget: 1,
  weight: 2,
  ...fields,
});

export async function setCommitment(client: GraphQLTestClient, periodId: string, fields: Record<string, unknown> = {}): Promise<CommitmentResult> {
  return (await client.data<{ setCommitment: CommitmentResult }>(SET_COMMITMENT, { input: commitmentInput(periodId, fields) })).setCommitment;
}
