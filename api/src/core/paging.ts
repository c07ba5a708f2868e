import type { Locale } from '@koppel/reference-data';
import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { badUserInput } from './errors.js';
import { parseOrThrow } from './validation.js';

/**
 * Cursor connections (`API.md`): `(first, after)` → `{ edges { cursor node } pageInfo totalCount }`.
 * Keyset paging, never OFFSET: a page costs the same at the end of a list as at its start, and a row
 * inserted meanwhile does not shift the next page.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where this page ends, and whether more follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether a next page exists: ask for it with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; null on an empty page.' })
  endCursor: string | null;
}

/** What a connection object holds; `totalCount` is only counted when a client asks for it. */
export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/**
 * A connection type per node type: `class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}`.
 * (type-graphql builds one GraphQL type per concrete subclass.)
 */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a connection, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` to get the items that follow this one.' })
    cursor: string;

    @Field(() => Node)
    node: T;
  }

  // Never in the schema itself: only its concrete subclasses are reachable from a resolver.
  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection implements ConnectionData<T> {
    @Field(() => [Edge])
    edges: { cursor: string; node: T }[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    count: () => Promise<number>;

    // A method, so the count query runs only when `totalCount` is selected.
    @Field(() => Int, { description: 'How many items match, on all pages together.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return Connection;
}

/** Makes a connection object of a concrete connection class from a fetched page. */
export function toConnection<T, C extends ConnectionData<T>>(
  ConnectionClass: new () => C,
  page: Page<T>,
  count: (() => Promise<number>) | Promise<number>,
): C {
  const connection = new ConnectionClass();
  connection.edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  connection.pageInfo = { hasNextPage: page.hasNextPage, endCursor: connection.edges.at(-1)?.cursor ?? null };
  // The count runs at most once, however often `totalCount` is asked for.
  let counted = typeof count === 'function' ? undefined : count;
  connection.count = () => (counted ??= (count as () => Promise<number>)());
  return connection;
}

/**
 * Starts the count next to the page query when the client asked for `totalCount` (two statements at
 * once on two pooled connections, instead of one after the other); otherwise counts only if asked.
 */
export function countWhenSelected(
  info: GraphQLResolveInfo | undefined,
  count: () => Promise<number>,
): (() => Promise<number>) | Promise<number> {
  if (!info || !selectsField(info, 'totalCount')) return count;
  const counting = count();
  // Handled where `totalCount` resolves; this only keeps a failed page query from leaving it unhandled.
  counting.catch(() => {});
  return counting;
}

/** Whether the field being resolved selects the path, e.g. `['edges', 'node', 'organisation']` (through fragments too). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const visit = (selections: readonly SelectionNode[], depth: number): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || (selection.selectionSet ? visit(selection.selectionSet.selections, depth + 1) : false);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections, depth);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections, depth) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections, 0) : false));
}

/** Whether the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections) : false));
}

export interface Page<T> {
  rows: T[];
  /** The joined row of each row, in the same order (`PageQuery.join`); empty without a join. */
  joined?: object[];
  hasNextPage: boolean;
  cursorOf: (row: T) => string;
}

// ---------------------------------------------------------------------------------------------
// Arguments

/** `first`: 1 … 100, 20 when absent; anything else is BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined, locale: Locale): number {
  return parseOrThrow(z.number().int().min(1).max(MAX_PAGE_SIZE), first ?? DEFAULT_PAGE_SIZE, locale, 'first');
}

/**
 * Two orders: newest first (`createdAt` desc, then id desc) and, when searching, by relevance (rank
 * desc, then id asc). A cursor remembers the sort key of its row, so paging stays stable under both.
 */
export type Cursor = { order: 'newest'; createdAt: Date; id: string } | { order: 'rank'; rank: number; id: string };

const cursorSchema = z.discriminatedUnion('o', [
  z.object({ o: z.literal('n'), t: z.iso.datetime({ offset: false }), i: z.uuid() }),
  z.object({ o: z.literal('r'), r: z.number().finite().min(0), i: z.uuid() }),
]);

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(cursor: Cursor): string {
  const payload =
    cursor.order === 'newest' ? { o: 'n', t: cursor.createdAt.toISOString(), i: cursor.id } : { o: 'r', r: cursor.rank, i: cursor.id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/**
 * The cursor of `after`, which must decode and belong to the order of this request (a cursor from a
 * search cannot continue a list without one); BAD_USER_INPUT on `after` otherwise.
 */
export function decodeCursor(after: string | null | undefined, order: Cursor['order'], locale: Locale): Cursor | null {
  if (after === null || after === undefined) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(locale);
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) throw invalidCursor(locale);
  const cursor: Cursor =
    parsed.data.o === 'n'
      ? { order: 'newest', createdAt: new Date(parsed.data.t), id: parsed.data.i }
      : { order: 'rank', rank: parsed.data.r, id: parsed.data.i };
  if (cursor.order !== order) throw invalidCursor(locale);
  return cursor;
}

const invalidCursor = (locale: Locale) =>
  badUserInput({
    after: {
      nl: 'Deze cursor is ongeldig of hoort bij een andere zoekopdracht; gebruik een endCursor uit een eerder antwoord.',
      en: 'This cursor is not valid or belongs to another search; use an endCursor from an earlier answer.',
    }[locale],
  });

// ---------------------------------------------------------------------------------------------
// SQL

/** Positional parameters for hand-written SQL: `params.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  clone(): SqlParams {
    const copy = new SqlParams();
    copy.values.push(...this.values);
    return copy;
  }
}

export interface PageQuery<T extends object> {
  /** The entity to hydrate rows into; its table is `FROM <table> <alias>`. */
  entity: ClassType<T>;
  alias: string;
  /** Conditions, ANDed. */
  where: string[];
  params: SqlParams;
  /** `tsquery` SQL (with its parameter) when searching: relevance order on `<alias>.search_vector`. */
  search?: string | null;
  first: number;
  after: Cursor | null;
  /**
   * A to-one relation fetched in the same statement (`LEFT JOIN … ON on`), for the caller to prime
   * its loader with: a page and, say, its organisations in one round trip instead of two.
   */
  join?: { entity: ClassType<object>; alias: string; on: string };
}

/**
 * Fetches one page in one statement: newest first, or by `ts_rank` when searching, after the cursor,
 * one row more than asked to know whether a next page exists.
 */
export async function fetchPage<T extends { id: string; createdAt: Date }>(
  db: DataSource | EntityManager,
  query: PageQuery<T>,
): Promise<Page<T>> {
  const { alias } = query;
  // The cursor adds parameters of its own; the count of the same query must not see them.
  const params = query.params.clone();
  const where = [...query.where];
  const rank = query.search ? `ts_rank(${alias}.search_vector, ${query.search})` : null;
  if (query.after?.order === 'newest') {
    where.push(
      `(${alias}.created_at, ${alias}.id) < (${params.add(query.after.createdAt.toISOString())}::timestamptz, ${params.add(query.after.id)}::uuid)`,
    );
  } else if (query.after?.order === 'rank' && rank) {
    const r = params.add(query.after.rank);
    where.push(`(${rank} < ${r}::real OR (${rank} = ${r}::real AND ${alias}.id > ${params.add(query.after.id)}::uuid))`);
  }
  const { join } = query;
  const sql = `SELECT ${selectList(db, query.entity, alias)}${rank ? `, ${rank} AS "__rank"` : ''}${join ? `, ${selectList(db, join.entity, join.alias, JOINED)}` : ''}
    FROM ${tableOf(db, query.entity)} ${alias}
    ${join ? `LEFT JOIN ${tableOf(db, join.entity)} ${join.alias} ON ${join.on}` : ''}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${rank ? `"__rank" DESC, ${alias}.id ASC` : `${alias}.created_at DESC, ${alias}.id DESC`}
    LIMIT ${query.first + 1}`;
  const raw: Record<string, unknown>[] = await db.query(sql, params.values);
  const ranks = new Map<string, number>();
  const joined: object[] = [];
  const rows = raw.slice(0, query.first).map((row) => {
    const { __rank, ...columns } = row;
    if (join) joined.push(hydrate(join.entity, splitJoined(columns)));
    const entity = hydrate(query.entity, columns);
    if (rank) ranks.set(entity.id, Number(__rank));
    return entity;
  });
  return {
    rows,
    joined,
    hasNextPage: raw.length > query.first,
    cursorOf: rank
      ? (row) => encodeCursor({ order: 'rank', rank: ranks.get(row.id) ?? 0, id: row.id })
      : (row) => encodeCursor({ order: 'newest', createdAt: row.createdAt, id: row.id }),
  };
}

/** Counts what `fetchPage` pages through (without the cursor). */
export async function countRows(
  db: DataSource | EntityManager,
  query: Pick<PageQuery<object>, 'entity' | 'alias' | 'where' | 'params'>,
): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM ${tableOf(db, query.entity)} ${query.alias} ${query.where.length ? `WHERE ${query.where.join(' AND ')}` : ''}`,
    query.params.values,
  );
  return row.n;
}

/**
 * `alias.column AS "property"` for every mapped column, so that hand-written SQL hydrates into the
 * entity class. Dates (`date`) come back as ISO strings, as TypeORM gives them.
 */
export function selectList(db: DataSource | EntityManager, entity: ClassType<object>, alias: string, prefix = ''): string {
  const key = `${alias}:${entity.name}:${prefix}`;
  let list = selectLists.get(key);
  if (!list) {
    // Columns marked `select: false` (a password hash) are never read by hand-written SQL either.
    list = metadataOf(db, entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `${alias}.${c.databaseName}${c.type === 'date' ? '::text' : ''} AS "${prefix}${c.propertyName}"`)
      .join(', ');
    selectLists.set(key, list);
  }
  return list;
}
const selectLists = new Map<string, string>();

const JOINED = '__joined.';

/** Moves the joined row's columns (prefixed) out of `columns` into an object of their own. */
function splitJoined(columns: Record<string, unknown>): Record<string, unknown> {
  const joined: Record<string, unknown> = {};
  for (const key of Object.keys(columns)) {
    if (!key.startsWith(JOINED)) continue;
    joined[key.slice(JOINED.length)] = columns[key];
    delete columns[key];
  }
  return joined;
}

export function hydrate<T extends object>(entity: ClassType<T>, row: Record<string, unknown>): T {
  return Object.assign(new entity() as object, row) as T;
}

function tableOf(db: DataSource | EntityManager, entity: ClassType<object>): string {
  return metadataOf(db, entity).tableName;
}

function metadataOf(db: DataSource | EntityManager, entity: ClassType<object>) {
  return 'dataSource' in db ? db.dataSource.getMetadata(entity) : db.getMetadata(entity);
}
