import { GraphQLTestClient } from './graphql-client';
import { DEMO_PASSWORD } from './test-server';

export const TOPIC_INPUT = {
  title: '长江大保护十年：沿江城市的生态答卷',
  brief: '沿江城市联合采访长江十年禁渔、岸线修复与绿色转型，各成员单位就近认领本地选题。',
  themes: ['长江大保护', '生态'],
  provinceCodes: ['420000', '430000'],
  cities: ['荆州', '岳阳'],
  windowStart: '2026-12-01',
  windowEnd: '2027-01-31',
  targetChannels: ['APP', 'WECHAT'],
};

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

export async function signedIn(url: string, email: string): Promise<GraphQLTestClient> {
  const client = new GraphQLTestClient(url);
  const result = await client.signIn(email, DEMO_PASSWORD);
  if (result.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return client;
}

export async function memberIdOf(client: GraphQLTestClient, slug: string): Promise<string> {
  const { members } = await client.data<{ members: { nodes: { id: string; slug: string }[] } }>(`query($s: String) { members(search: $s, first: 100) { nodes { id slug } } }`, { s: slug });
  const member = members.nodes.find((node) => node.slug === slug);
  if (!member) throw new Error(`no member ${slug}`);
  return member.id;
}

/** An editor's topic, proposed and approved by the secretariat. */
export async function approvedTopic(editor: GraphQLTestClient, secretariat: GraphQLTestClient, input = TOPIC_INPUT): Promise<string> {
  const { createTopic } = await editor.data<{ createTopic: { id: string } }>(`mutation($input: TopicInput!) { createTopic(input: $input) { id } }`, { input });
  await editor.data(`mutation($id: ID!) { proposeTopic(id: $id) { id } }`, { id: createTopic.id });
  await secretariat.data(`mutation($id: ID!) { approveTopic(id: $id) { id } }`, { id: createTopic.id });
  return createTopic.id;
}

export async function assignmentOn(editor: GraphQLTestClient, topicId: string, locationMemberId: string, slots: number, dueInDays = 5): Promise<string> {
  const { createAssignment } = await editor.data<{ createAssignment: { id: string } }>(
    `mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }`,
    { input: { topicId, title: '岸线修复现场探访', brief: '拍摄修复前后对比', format: 'VIDEO', locationMemberId, dueAt: inDays(dueInDays), slots } },
  );
  return createAssignment.id;
}

export const CLAIM = `mutation($id: ID!) { claimAssignment(assignmentId: $id) { id state } }`;
