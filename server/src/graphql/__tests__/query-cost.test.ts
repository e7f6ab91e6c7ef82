import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type DefinitionNode } from 'graphql';
import { operationCost, QUERY_COST } from '../query-cost';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), { variables });

/** Every document the client sends, as codegen collected them from client/src (operations and the fragments they use). */
function clientDocuments(): { operations: DefinitionNode[]; fragments: DefinitionNode[] } {
  const generated = fs.readFileSync(path.resolve(__dirname, '../../../../client/src/__generated__/gql.ts'), 'utf8');
  const block = generated.slice(generated.indexOf('type Documents = {'), generated.indexOf('};'));
  const sources = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)].map((match) => JSON.parse(match[1] ?? '""') as string);
  const definitions = sources.flatMap((source) => parse(source).definitions);
  return {
    operations: definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION),
    fragments: definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
  };
}

describe('defect 8: the query cost multiplies by page sizes', () => {
  const COMMENTS_OF_100_TOPICS = `topics(first: 100) { nodes { comments(first: 1) { totalCount } } }`;

  it('counts each page of a list as many times as it asks for', () => {
    expect(cost(`{ topics(first: 100) { nodes { id title } } }`)).toBe(QUERY_COST.pageCost);
    expect(cost(`{ topics(first: 100) { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 100);
    expect(cost(`{ topics { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 20);
    expect(cost(`query($n: Int) { topics(first: $n) { nodes { proposer { id } } } }`, { n: 5 })).toBe(QUERY_COST.pageCost + 5);
    expect(cost(`query($n: Int = 7) { topics(first: $n) { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 7);
    expect(cost(`query($skip: Boolean!) { topics(first: 100) { nodes { proposer @skip(if: $skip) { id } } } }`, { skip: true })).toBe(QUERY_COST.pageCost);
    expect(cost(`{ topics(first: 100) { nodes { ...F } } } fragment F on Topic { proposer { id } }`)).toBe(QUERY_COST.pageCost + 100);
  });

  it("refuses three aliases of every topic's comments, allows one", () => {
    expect(cost(`{ ${COMMENTS_OF_100_TOPICS} }`)).toBeLessThanOrEqual(QUERY_COST.max);
    expect(cost(`{ a: ${COMMENTS_OF_100_TOPICS} b: ${COMMENTS_OF_100_TOPICS} c: ${COMMENTS_OF_100_TOPICS} }`)).toBeGreaterThan(QUERY_COST.max);
  });

  it("keeps every query of the client under the limit, even with the largest pages", () => {
    const { operations, fragments } = clientDocuments();
    expect(operations.length).toBeGreaterThan(40);
    const costs = operations.map((operation) => {
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      const name = operation.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? '') : '';
      return { name, cost: operationCost(schema, document, { unknownFirstIsLargest: true }) };
    });
    // The dearest today (largest pages): MyWork ≈ 1,500, TopicBoard ≈ 1,300.
    expect(costs.filter((entry) => entry.cost > QUERY_COST.max)).toEqual([]);
  });
});
