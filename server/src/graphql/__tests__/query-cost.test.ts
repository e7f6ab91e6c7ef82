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
    // Each node is a row (1), and each object it asks for another.
    expect(cost(`{ topics(first: 100) { nodes { id title } } }`)).toBe(QUERY_COST.pageCost + 100);
    expect(cost(`{ topics(first: 100) { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 200);
    expect(cost(`{ topics { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 40);
    expect(cost(`query($n: Int) { topics(first: $n) { nodes { proposer { id } } } }`, { n: 5 })).toBe(QUERY_COST.pageCost + 10);
    expect(cost(`query($n: Int = 7) { topics(first: $n) { nodes { proposer { id } } } }`)).toBe(QUERY_COST.pageCost + 14);
    expect(cost(`query($skip: Boolean!) { topics(first: 100) { nodes { proposer @skip(if: $skip) { id } } } }`, { skip: true })).toBe(QUERY_COST.pageCost + 100);
    expect(cost(`{ topics(first: 100) { nodes { ...F } } } fragment F on Topic { proposer { id } }`)).toBe(QUERY_COST.pageCost + 200);
  });

  it('counts the rows of nested pages, and lists that can nest in a cycle at their largest', () => {
    // A page of comments costs its rows even when each row asks only for scalars.
    expect(cost(`{ topic(id: "x") { comments(first: 100) { nodes { body } } } }`)).toBe(1 + QUERY_COST.pageCost + 100);
    expect(cost(`{ topic(id: "x") { comments(first: 1) { nodes { body } } } }`)).toBe(1 + QUERY_COST.pageCost + 1);
    // topic → assignments → topic → assignments: up to 200 × 200 rows, refused; one level at its usual size.
    expect(cost(`{ topic(id: "x") { assignments { topic { assignments { id } } } } }`)).toBeGreaterThan(QUERY_COST.max);
    expect(cost(`{ topic(id: "x") { assignments { id title claims { reporter { displayName } } } } }`)).toBeLessThanOrEqual(QUERY_COST.max);
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
    // The dearest today, at their largest pages: MyWork ≈ 1,620 and TopicBoard ≈ 1,420.
    expect(costs.filter((entry) => entry.cost > QUERY_COST.max)).toEqual([]);
  });
});
