import type { ClassType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { hydrate, selectList } from './connection.js';

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
