import type { SqlParams } from '../core/paging.js';

/** SQL for other features: where table `idSql` is held — its municipality and that municipality's province (empty when it has none). */
export const tablePlaceCodes = (idSql: string) =>
  `(SELECT array_remove(ARRAY[pt.municipality_code, pm.province_code], NULL) FROM round_table pt LEFT JOIN municipality pm ON pm.code = pt.municipality_code WHERE pt.id = ${idSql})`;

/** SQL for other features: the theme of table `idSql`. */
export const tableTheme = (idSql: string) => `(SELECT tt.theme FROM round_table tt WHERE tt.id = ${idSql})`;

/** SQL: tables (alias `t`) that an organisation organises, co-organises or has accepted a place at. */
function takesPart(params: SqlParams, organisationId: string): string {
  const org = params.add(organisationId);
  return `(t.organiser_id = ${org}::uuid OR t.co_organiser_id = ${org}::uuid OR EXISTS (
             SELECT 1 FROM table_invitation ti WHERE ti.table_id = t.id AND ti.organisation_id = ${org}::uuid AND ti.response = 'ACCEPTED' AND ti.waitlist_number IS NULL))`;
}

/**
 * SQL for the overview (rows `key, tables`): tables that are not CLOSED grouped by `keys`, a `text[]` expression
 * over alias `t` and `m` (the table's municipality), e.g. `ARRAY[t.municipality_code, m.province_code]` or `ARRAY[t.theme]`.
 */
export function tableFigures(
  params: SqlParams,
  options: { keys: string; theme?: string | null; organisationId?: string | null; keyPrefix?: string },
): string {
  const where = [`t.status <> 'CLOSED'`, 'k.key IS NOT NULL'];
  if (options.theme) where.push(`t.theme = ${params.add(options.theme)}::text`);
  if (options.organisationId) where.push(takesPart(params, options.organisationId));
  if (options.keyPrefix) where.push(`k.key LIKE ${params.add(`${options.keyPrefix}%`)}`);
  return `SELECT k.key, count(*)::int AS tables
            FROM round_table t LEFT JOIN municipality m ON m.code = t.municipality_code CROSS JOIN LATERAL unnest(${options.keys}) AS k(key)
           WHERE ${where.join(' AND ')}
           GROUP BY k.key`;
}

/** SQL for the overview (rows `key, tables`): tables with a session per month (`key`: the first day, `YYYY-MM-DD`, Europe/Amsterdam) since `since` (SQL). */
export function tablesWithSessionsByMonth(
  params: SqlParams,
  options: { since: string; theme?: string | null; organisationId?: string | null },
): string {
  const where = [`s.starts_at >= ${options.since}`];
  if (options.theme) where.push(`t.theme = ${params.add(options.theme)}::text`);
  if (options.organisationId) where.push(takesPart(params, options.organisationId));
  return `SELECT to_char(date_trunc('month', s.starts_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS key, count(DISTINCT t.id)::int AS tables
            FROM table_session s JOIN round_table t ON t.id = s.table_id
           WHERE ${where.join(' AND ')}
           GROUP BY 1`;
}
