import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isCalendarDate, isUuid, LIMITS } from '@yah/shared';
import { badInput } from './errors';
import { checkInstant } from './input/text-rules';

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
  /** True when totalCount stopped at LIMITS.page.countCap: there are at least that many. */
  totalCountCapped: boolean;
}

/** A list's total: exact, or `capped` when counting stopped at LIMITS.page.countCap. */
export interface ListCount {
  totalCount: number;
  capped: boolean;
}

/** A GraphQL connection type `{ nodes, pageInfo, totalCount }` for one node type. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many rows the list holds; when totalCountCapped, at least this many' })
    totalCount: number;

    @Field(() => Boolean, { description: 'True when counting stopped at the cap (the client shows "1,000+")' })
    totalCountCapped: boolean;
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

/** What one part of a cursor's sort key must be; decodeCursor checks each part before SQL sees it. */
export type CursorPart = 'uuid' | 'timestamp' | 'epochMicros' | 'integer' | 'bigint' | 'number' | 'slug' | 'date';
type CursorValue<P extends CursorPart> = P extends 'integer' | 'number' ? number : string;
export type CursorKey<S extends readonly CursorPart[]> = { -readonly [I in keyof S]: CursorValue<S[I]> };

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function fitsPart(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'uuid':
      return typeof value === 'string' && isUuid(value);
    case 'timestamp':
      // Cursors carry Date#toISOString(): anything that does not round-trip (2026-02-30…) is forged.
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && checkInstant(new Date(value)).ok && new Date(value).toISOString() === value;
    case 'epochMicros':
      // Microseconds since 1970 as digits: PostgreSQL keeps microseconds, a JS Date only milliseconds.
      return typeof value === 'string' && /^\d{1,17}$/.test(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32.min && value <= INT32.max;
    case 'bigint':
      // A bigint key (e.g. the audit log's serial id) as digits: a JS number would lose precision past 2^53.
      return typeof value === 'string' && /^[1-9]\d{0,17}$/.test(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'slug':
      return typeof value === 'string' && value.length <= LIMITS.slug.max && LIMITS.slug.pattern.test(value);
    case 'date':
      // A calendar day YYYY-MM-DD (event days): a real one, within the years the alliance plans in.
      return typeof value === 'string' && isCalendarDate(value);
  }
}

/**
 * The sort key in a cursor, each part checked against `shape` (e.g. `['timestamp', 'uuid']`): a forged
 * cursor of the right length but the wrong types is BAD_USER_INPUT here, not a database error later.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(cursor: string, shape: S): CursorKey<S> {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && shape.every((part, index) => fitsPart(part, key[index]))) {
      return key as CursorKey<S>;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid; start again from the first page.', 'VALIDATION', { after: 'invalid cursor' });
}

/**
 * Counts the rows of a filtered (not yet ordered or paged) query up to LIMITS.page.countCap + 1: one index walk that
 * stops early, where count(*) would visit every matching row. It counts rows, not distinct entities: the query must
 * not join anything that multiplies them (filter through EXISTS instead).
 */
export async function cappedCount(query: SelectQueryBuilder<ObjectLiteral>): Promise<ListCount> {
  const cap = LIMITS.page.countCap;
  const [sql, parameters] = query.clone().select('1').orderBy().limit(cap + 1).getQueryAndParameters();
  const rows: { n: string | number }[] = await query.connection.query(`SELECT count(*) AS n FROM (${sql}) counted`, parameters);
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { totalCount: cap, capped: true } : { totalCount: n, capped: false };
}

/** Builds a page from `size + 1` fetched rows: the extra row only tells whether there is a next page. */
export function toPage<T>(rows: T[], size: number, count: number | ListCount, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  const { totalCount, capped } = typeof count === 'number' ? { totalCount: count, capped: false } : count;
  return {
    nodes,
    totalCount,
    totalCountCapped: capped,
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}
