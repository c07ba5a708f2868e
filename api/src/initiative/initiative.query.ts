import type { EntityManager } from 'typeorm';
import { SqlParams } from '../core/paging.js';
import type { InitiativeFilter } from './initiative.inputs.js';
import type { InitiativeScope } from './initiative.policy.js';

/** The public statuses as SQL, written out so that the partial index `initiative_listed_idx` applies. */
const LISTED = `i.status IN ('PUBLISHED','FUNDED')`;

/** SQL: which initiatives (alias `i`) the viewer may see at all. */
export function visibleInitiatives(scope: InitiativeScope, params: SqlParams, alias = 'i'): string | null {
  if (scope.all) return null;
  const listed = LISTED.replace('i.', `${alias}.`);
  if (!scope.memberOf.length) return listed;
  return `(${listed} OR ${alias}.organisation_id = ANY(${params.add(scope.memberOf)}::uuid[]))`;
}

/** SQL for other features: whether the initiative with id `idSql` exists and the viewer may see it; null when every one is visible. */
export function visibleInitiativeById(scope: InitiativeScope, params: SqlParams, idSql: string): string | null {
  const visible = visibleInitiatives(scope, params, 'vi');
  return visible ? `EXISTS (SELECT 1 FROM initiative vi WHERE vi.id = ${idSql} AND ${visible})` : null;
}

/**
 * SQL conditions (ANDed) for an initiative list on alias `i`: what the viewer may see, then the
 * filter. National initiatives match every place filter unless `includeNational: false`.
 */
export function initiativeConditions(filter: InitiativeFilter | null | undefined, scope: InitiativeScope, params: SqlParams): string[] {
  const where: string[] = [];
  const visible = visibleInitiatives(scope, params);
  if (visible) where.push(visible);
  if (!filter) return where;
  // place_codes holds the municipalities, their provinces and NL for national ones (see its migration).
  const places = (codes: string[]) =>
    filter.includeNational === false ? `${params.add(codes)}::text[]` : `(${params.add(codes)}::text[] || '{NL}'::text[])`;
  if (filter.statuses?.length) where.push(`i.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.organisationId) where.push(`i.organisation_id = ${params.add(filter.organisationId)}::uuid`);
  if (filter.themes?.length) where.push(`i.themes && ${params.add(filter.themes)}::text[]`);
  if (filter.targetGroups?.length) where.push(`i.target_groups && ${params.add(filter.targetGroups)}::text[]`);
  if (filter.municipalityCodes?.length) where.push(`i.place_codes && ${places(filter.municipalityCodes)}`);
  if (filter.provinceCodes?.length) where.push(`i.place_codes && ${places(filter.provinceCodes)}`);
  if (filter.budgetMin !== null && filter.budgetMin !== undefined) where.push(`i.budget_requested >= ${params.add(filter.budgetMin)}::int`);
  if (filter.budgetMax !== null && filter.budgetMax !== undefined) where.push(`i.budget_requested <= ${params.add(filter.budgetMax)}::int`);
  return where;
}

/**
 * Another feature's decision that an initiative is funded (an award of a call): PUBLISHED → FUNDED,
 * inside the caller's transaction. A FUNDED one stays FUNDED; a closed or draft one is left alone.
 */
export async function markInitiativeFunded(tx: Pick<EntityManager, 'query'>, initiativeId: string): Promise<boolean> {
  const [rows] = await tx.query(
    `UPDATE initiative SET status = 'FUNDED', updated_at = now() WHERE id = $1 AND status = 'PUBLISHED' RETURNING id`,
    [initiativeId],
  );
  return (rows?.length ?? 0) > 0;
}

/** Titles of initiatives by id, for another feature's exports. */
export async function initiativeTitles(db: Pick<EntityManager, 'query'>, ids: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; title: string }[] = await db.query('SELECT id, title FROM initiative WHERE id = ANY($1::uuid[])', [ids]);
  return new Map(rows.map((r) => [r.id, r.title]));
}

/**
 * SQL for the overview (rows `key, initiatives, national, requested`): published initiatives (PUBLISHED or
 * FUNDED) grouped by the text keys that `keys` (a `text[]` expression over alias `i`, e.g. `i.place_codes`
 * or `i.themes`) gives each; one initiative counts once per key. `keyPrefix` keeps only keys starting with it.
 */
export function initiativeFigures(
  params: SqlParams,
  options: { keys: string; theme?: string | null; organisationId?: string | null; keyPrefix?: string; publishedSince?: string },
): string {
  const where = [LISTED];
  if (options.theme) where.push(`i.themes @> ARRAY[${params.add(options.theme)}::text]`);
  if (options.organisationId) where.push(`i.organisation_id = ${params.add(options.organisationId)}::uuid`);
  if (options.publishedSince) where.push(`i.published_at >= ${options.publishedSince}`);
  if (options.keyPrefix) where.push(`k.key LIKE ${params.add(`${options.keyPrefix}%`)}`);
  return `SELECT k.key, count(*)::int AS initiatives, count(*) FILTER (WHERE i.national)::int AS national,
                 coalesce(sum(i.budget_requested), 0)::float8 AS requested
            FROM initiative i CROSS JOIN LATERAL unnest(${options.keys}) AS k(key)
           WHERE ${where.join(' AND ')}
           GROUP BY k.key`;
}

/** SQL for other features: the place codes of initiative `idSql` (municipalities, their provinces, `NL` when national). */
export const initiativePlaceCodes = (idSql: string) => `(SELECT pi.place_codes FROM initiative pi WHERE pi.id = ${idSql})`;

/** SQL for other features: the themes of initiative `idSql`. */
export const initiativeThemes = (idSql: string) => `(SELECT ti.themes FROM initiative ti WHERE ti.id = ${idSql})`;

/** One initiative as the CSV export writes it. */
export interface InitiativeExportRow {
  id: string;
  organisationId: string;
  title: string;
  summary: string;
  description: string;
  status: string;
  themes: string[];
  municipalityCodes: string[];
  national: boolean;
  targetGroups: string[];
  budgetRequested: number | null;
  coFundingSecured: number;
  startsOn: string | null;
  endsOn: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  /** Keyset position for the next batch. */
  position: string;
}

/**
 * A batch of the initiatives the viewer may see, by the `initiatives` list's filter and permission code
 * (`initiativeConditions`, full-text search included), oldest first, after `after` (the last row's
 * `position`): for exports that stream any number of rows in batches, one statement each.
 */
export async function initiativesForExport(
  db: Pick<EntityManager, 'query'>,
  filter: InitiativeFilter | null | undefined,
  scope: InitiativeScope,
  after: string | null,
  limit: number,
): Promise<InitiativeExportRow[]> {
  const params = new SqlParams();
  const where = initiativeConditions(filter, scope, params);
  const text = filter?.search?.trim();
  if (text) where.push(`i.search_vector @@ websearch_to_tsquery('dutch', ${params.add(text)})`);
  if (after) {
    const [createdAt, id] = after.split('|');
    where.push(`(i.created_at, i.id) > (${params.add(createdAt)}::timestamptz, ${params.add(id)}::uuid)`);
  }
  return db.query(
    `SELECT i.id, i.organisation_id AS "organisationId", i.title, i.summary, i.description, i.status, i.themes,
            i.municipality_codes AS "municipalityCodes", i.national, i.target_groups AS "targetGroups",
            i.budget_requested AS "budgetRequested", i.co_funding_secured AS "coFundingSecured",
            i.starts_on::text AS "startsOn", i.ends_on::text AS "endsOn", i.published_at AS "publishedAt", i.created_at AS "createdAt",
            to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || i.id AS position
       FROM initiative i
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY i.created_at, i.id
      LIMIT ${params.add(limit)}::int`,
    params.values,
  );
}

/** What open data may tell of public initiatives (PUBLISHED or FUNDED), by id; others are left out. */
export interface PublicInitiativeFacts {
  id: string;
  organisationId: string;
  title: string;
  summary: string;
  themes: string[];
  municipalityCodes: string[];
  national: boolean;
  budgetRequested: number | null;
  startsOn: string | null;
  endsOn: string | null;
}

export async function publicInitiativeFacts(
  db: Pick<EntityManager, 'query'>,
  ids: readonly string[],
): Promise<Map<string, PublicInitiativeFacts>> {
  const rows: PublicInitiativeFacts[] = await db.query(
    `SELECT i.id, i.organisation_id AS "organisationId", i.title, i.summary, i.themes, i.municipality_codes AS "municipalityCodes",
            i.national, i.budget_requested AS "budgetRequested", i.starts_on::text AS "startsOn", i.ends_on::text AS "endsOn"
       FROM initiative i WHERE i.id = ANY($1::uuid[]) AND ${LISTED}`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * SQL for the overview, the same rows as `initiativeFigures` (`key, initiatives, national, requested`) from the
 * counters of `initiative_coverage` (migration 1764000020000) instead of every public initiative: per place code
 * (`by: 'place'`, on one theme or any, keys starting with `keyPrefix`) or per theme (`by: 'theme'`, each
 * initiative once, `national` from the `NL` counters). For figures of one organisation, use `initiativeFigures`.
 */
export function initiativeCounts(params: SqlParams, options: { by: 'place' | 'theme'; theme?: string | null; keyPrefix?: string }): string {
  if (options.by === 'theme')
    return `SELECT c.theme AS key, c.initiatives, coalesce(n.initiatives, 0) AS national, c.requested::float8 AS requested
              FROM initiative_coverage c LEFT JOIN initiative_coverage n ON n.place_code = 'NL' AND n.theme = c.theme
             WHERE c.place_code = '*' AND c.theme <> '*' AND c.initiatives > 0`;
  const where = [`c.theme = ${params.add(options.theme ?? '*')}::text`, 'c.initiatives > 0'];
  if (options.keyPrefix) where.push(`c.place_code LIKE ${params.add(`${options.keyPrefix}%`)}`);
  return `SELECT c.place_code AS key, c.initiatives, 0 AS national, c.requested::float8 AS requested
            FROM initiative_coverage c WHERE ${where.join(' AND ')}`;
}
