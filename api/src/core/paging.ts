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

const PAGE_SIZE = z.number().int().min(1).max(MAX_PAGE_SIZE);

/** `first`: 1 … 100, 20 when absent; anything else is BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined, locale: Locale): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  // The common case without building or running a schema; anything else gets the schema's own message.
  if (Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE) return size;
  return parseOrThrow(PAGE_SIZE, size, locale, 'first');
}

/** The SQL type of a sort key, for the cursor's values to be compared as PostgreSQL compares them. */
export type SortKeyType = 'timestamptz' | 'real' | 'int' | 'bigint' | 'uuid' | 'text' | 'date';

export interface SortKey {
  /** An SQL expression over the page's alias: `i.created_at`, `ts_rank(i.search_vector, $2)`, `m.score`. */
  sql: string;
  direction: 'ASC' | 'DESC';
  type: SortKeyType;
}

/**
 * An order a list is paged in: a name (a cursor of one order cannot continue another) and its sort
 * keys, the last of which must be unique (the id). Features build their own (score, date, position…);
 * `newest` and `relevance` are the common ones.
 */
export interface Order {
  name: string;
  keys: readonly SortKey[];
}

export const newest = (alias: string): Order => ({
  name: 'newest',
  keys: [
    { sql: `${alias}.created_at`, direction: 'DESC', type: 'timestamptz' },
    { sql: `${alias}.id`, direction: 'DESC', type: 'uuid' },
  ],
});

/** A cursor: the order's name and the sort-key values of the last row seen. */
export interface Cursor {
  order: string;
  values: readonly (string | number)[];
}

const valueSchemas: Record<SortKeyType, z.ZodType<string | number>> = {
  timestamptz: z.iso.datetime({ offset: true }),
  real: z.number().finite(),
  int: z.number().int(),
  bigint: z.string().regex(/^-?[0-9]{1,19}$/),
  uuid: z.uuid(),
  text: z.string().max(1000),
  date: z.iso.date(),
};

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.order, k: cursor.values })).toString('base64url');
}

/**
 * The cursor of `after`, which must decode, belong to this order (a cursor from a search cannot
 * continue a list without one) and hold a value of the right type per sort key; BAD_USER_INPUT on
 * `after` otherwise.
 */
export function decodeCursor(after: string | null | undefined, order: Order, locale: Locale): Cursor | null {
  if (after === null || after === undefined) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(locale);
  }
  const schema = z.object({ o: z.literal(order.name), k: z.tuple(order.keys.map((key) => valueSchemas[key.type]) as [z.ZodType]) });
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidCursor(locale);
  return { order: order.name, values: parsed.data.k as (string | number)[] };
}

/** A cursor value as JSON keeps it: instants as ISO strings, numbers as numbers, the rest as text. */
function cursorValue(value: unknown, type: SortKeyType): string | number {
  if (value instanceof Date) return value.toISOString();
  if (type === 'real' || type === 'int') return Number(value);
  return String(value);
}

/**
 * SQL: the rows after `cursor` in `order`: a row comparison when every key runs the same way, else
 * `(k1 > v1) OR (k1 = v1 AND k2 < v2) OR …`.
 */
export function afterCursor(order: Order, cursor: Cursor, params: SqlParams): string {
  const values = order.keys.map((key, i) => `${params.add(cursor.values[i])}::${key.type}`);
  // One direction: a row comparison, which a matching btree index answers as a range scan.
  const direction = order.keys[0]?.direction;
  if (order.keys.every((key) => key.direction === direction)) {
    return `(${order.keys.map((key) => key.sql).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${values.join(', ')})`;
  }
  const alternatives = order.keys.map((key, i) => {
    const equal = order.keys.slice(0, i).map((k, j) => `${k.sql} = ${values[j]}`);
    return [...equal, `${key.sql} ${key.direction === 'ASC' ? '>' : '<'} ${values[i]}`].join(' AND ');
  });
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

export const orderBy = (order: Order) => order.keys.map((key) => `${key.sql} ${key.direction}`).join(', ');

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
  order: Order;
  first: number;
  after: Cursor | null;
  /**
   * A to-one relation fetched in the same statement (`LEFT JOIN … ON on`), for the caller to prime
   * its loader with: a page and, say, its organisations in one round trip instead of two.
   */
  join?: { entity: ClassType<object>; alias: string; on: string };
}

/** Fetches one page in one statement: in the order, after the cursor, one row more than asked to know whether more follows. */
export async function fetchPage<T extends object>(db: DataSource | EntityManager, query: PageQuery<T>): Promise<Page<T>> {
  const { alias, order, join } = query;
  // The cursor adds parameters of its own; the count of the same query must not see them.
  const params = query.params.clone();
  const where = [...query.where];
  if (query.after) where.push(afterCursor(order, query.after, params));
  const keys = order.keys.map((key, i) => `, ${key.sql} AS "__k${i}"`).join('');
  const sql = `SELECT ${selectList(db, query.entity, alias)}${keys}${join ? `, ${selectList(db, join.entity, join.alias, JOINED)}` : ''}
    FROM ${tableOf(db, query.entity)} ${alias}
    ${join ? `LEFT JOIN ${tableOf(db, join.entity)} ${join.alias} ON ${join.on}` : ''}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${orderBy(order)}
    LIMIT ${query.first + 1}`;
  const raw: Record<string, unknown>[] = await db.query(sql, params.values);
  const cursors = new Map<T, string>();
  const joined: object[] = [];
  // Each entity gets its own columns copied over (no `delete` on the driver's rows, which would turn
  // every row into a slow dictionary object for everything that reads it after).
  const columns = propertiesOf(db, query.entity, '');
  const joinedColumns = join ? propertiesOf(db, join.entity, JOINED) : [];
  const rows: T[] = [];
  for (const row of raw.length > query.first ? raw.slice(0, query.first) : raw) {
    const values = order.keys.map((key, i) => cursorValue(row[`__k${i}`], key.type));
    if (join) joined.push(copyColumns(new join.entity(), row, joinedColumns));
    const entity = copyColumns(new query.entity(), row, columns);
    cursors.set(entity, encodeCursor({ order: order.name, values }));
    rows.push(entity);
  }
  return { rows, joined, hasNextPage: raw.length > query.first, cursorOf: (row) => cursors.get(row) ?? '' };
}

/** [property, column alias in the row] of every column `selectList` reads, cached per entity and prefix. */
function propertiesOf(db: DataSource | EntityManager, entity: ClassType<object>, prefix: string): readonly (readonly [string, string])[] {
  const key = `${entity.name}:${prefix}`;
  let list = properties.get(key);
  if (!list) {
    list = metadataOf(db, entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => [c.propertyName, `${prefix}${c.propertyName}`] as const);
    properties.set(key, list);
  }
  return list;
}
const properties = new Map<string, readonly (readonly [string, string])[]>();

/** An entity from the columns `selectList(db, entity, alias, prefix)` read into a row. */
export function entityFromRow<T extends object>(
  db: DataSource | EntityManager,
  entity: ClassType<T>,
  row: Record<string, unknown>,
  prefix = '',
): T {
  return copyColumns(new entity(), row, propertiesOf(db, entity, prefix));
}

function copyColumns<T extends object>(target: T, row: Record<string, unknown>, columns: readonly (readonly [string, string])[]): T {
  const record = target as Record<string, unknown>;
  for (const [property, alias] of columns) record[property] = row[alias];
  return target;
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

export interface ListRequest<T extends object> extends Omit<PageQuery<T>, 'first' | 'after'> {
  first: number | null | undefined;
  after: string | null | undefined;
  locale: Locale;
  /** The field's resolve info: `totalCount` is counted only when selected (beside the page query). */
  info?: GraphQLResolveInfo;
}

/**
 * The one list recipe: checks `first` and `after`, fetches the page in the order, counts when asked.
 * `ConnectionClass` is the feature's `XConnection`.
 */
export async function listConnection<T extends object, C extends ConnectionData<T>>(
  db: DataSource | EntityManager,
  ConnectionClass: new () => C,
  request: ListRequest<T>,
): Promise<{ connection: C; page: Page<T> }> {
  const { locale, info, ...query } = request;
  const first = pageSize(request.first, locale);
  const after = decodeCursor(request.after, request.order, locale);
  const count = countWhenSelected(info, () => countRows(db, query));
  const page = await fetchPage(db, { ...query, first, after });
  return { connection: toConnection(ConnectionClass, page, count), page };
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

export function hydrate<T extends object>(entity: ClassType<T>, row: Record<string, unknown>): T {
  return Object.assign(new entity() as object, row) as T;
}

function tableOf(db: DataSource | EntityManager, entity: ClassType<object>): string {
  return metadataOf(db, entity).tableName;
}

function metadataOf(db: DataSource | EntityManager, entity: ClassType<object>) {
  return 'dataSource' in db ? db.dataSource.getMetadata(entity) : db.getMetadata(entity);
}
