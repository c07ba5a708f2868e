import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { isUuid } from './ids.js';
import { hydrate, selectList } from './paging.js';

/** DataLoader batch results in key order, `null` for a key without a row. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** DataLoader batch results for one-to-many relations: one list per key, empty when none. */
export function groupedByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Rows of `entity` whose `column` is one of `values`, in one statement. Plain SQL with the entity's
 * column list: TypeORM's query builder costs more CPU than the query itself on the hottest loaders.
 */
export async function rowsWhereIn<T extends object>(
  db: DataSource,
  entity: ClassType<T>,
  column: string,
  values: readonly unknown[],
  sqlType: 'uuid' | 'text',
): Promise<T[]> {
  if (!values.length) return [];
  const table = db.getMetadata(entity).tableName;
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT ${selectList(db, entity, 't')} FROM ${table} t WHERE t.${column} = ANY($1::${sqlType}[])`,
    [values],
  );
  return rows.map((row) => hydrate(entity, row));
}

/**
 * The one way to load rows by a unique uuid column (`id`, or `organisation_id` of a one-to-one), batched
 * per request. Ids come from clients too: one that is not a uuid is simply not found.
 */
export function loaderById<T extends object>(db: DataSource, entity: ClassType<T>, column = 'id'): DataLoader<string, T | null> {
  const property = db.getMetadata(entity).columns.find((c) => c.databaseName === column)?.propertyName ?? column;
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await rowsWhereIn(db, entity, column, ids.filter(isUuid), 'uuid');
    return byKeys(ids, rows, (row) => (row as Record<string, unknown>)[property] as string);
  });
}
