import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { MemberResolver } from '../modules/members/member.resolver';
import { ProvinceResolver } from '../modules/provinces/province.resolver';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AuthResolver, AccountResolver, MemberResolver, ProvinceResolver],
    validate: { forbidUnknownValues: true },
  });
}

/** The SDL committed as server/schema.graphql, from which the client's types are generated. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
