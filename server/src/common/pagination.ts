import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { LIMITS } from '@yah/shared';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean)
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A GraphQL connection type `{ nodes, pageInfo, totalCount }` for one node type. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? LIMITS.page.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > LIMITS.page.maxSize) {
    throw badInput(`first must be between 1 and ${LIMITS.page.maxSize}.`, 'VALIDATION', { first: `1–${LIMITS.page.maxSize}` });
  }
  return size;
}

/** Cursors are opaque to clients: base64url JSON of the sort key of the last row. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid; start again from the first page.', 'VALIDATION', { after: 'invalid cursor' });
}

/** Builds a page from `size + 1` fetched rows: the extra row only tells whether there is a next page. */
export function toPage<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}
