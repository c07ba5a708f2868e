import type { EntityManager } from 'typeorm';
import { isUuid } from '../core/ids.js';
import type { SqlParams } from '../core/paging.js';

/** What funds have available, by fund id (funds without a profile are left out). */
export async function budgetsAvailable(db: Pick<EntityManager, 'query'>, fundIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { id: string; budget: number }[] = await db.query(
    'SELECT organisation_id AS id, budget_available AS budget FROM fund_profile WHERE organisation_id = ANY($1::uuid[])',
    [fundIds.filter(isUuid)],
  );
  return new Map(rows.map((r) => [r.id, r.budget]));
}

/**
 * Lowers the budget available of funds by what they committed (an award of a call), inside the
 * caller's transaction, in fund id order (the one order every writer uses). Nothing is lowered below
 * zero: the funds that do not have enough are returned, and the caller rolls back.
 */
export async function lowerBudgetsAvailable(
  tx: Pick<EntityManager, 'query'>,
  parts: readonly { fundId: string; amount: number }[],
): Promise<{ short: string[] }> {
  const sorted = [...parts].filter((p) => p.amount > 0).sort((a, b) => (a.fundId < b.fundId ? -1 : a.fundId > b.fundId ? 1 : 0));
  const short: string[] = [];
  for (const part of sorted) {
    const [rows] = await tx.query(
      `UPDATE fund_profile SET budget_available = budget_available - $2, updated_at = now()
        WHERE organisation_id = $1 AND budget_available >= $2 RETURNING organisation_id`,
      [part.fundId, part.amount],
    );
    if (!rows?.length) short.push(part.fundId);
  }
  return { short };
}

/**
 * The province of each place (a table's municipality, or none) and the funds whose profile covers it, and
 * how (its municipality, its province, or national): for table composition. One statement for any number of places.
 */
export async function fundsServingPlaces(
  db: Pick<EntityManager, 'query'>,
  places: readonly { key: string; municipalityCode: string | null }[],
): Promise<Map<string, { provinceCode: string | null; funds: Map<string, 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL'> }>> {
  if (!places.length) return new Map();
  const rows: { key: string; provinceCode: string | null; id: string | null; serves: 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL' | null }[] =
    await db.query(
      `SELECT p.key, m.province_code AS "provinceCode", f.id, f.serves
         FROM unnest($1::text[], $2::text[]) AS p(key, municipality)
         LEFT JOIN municipality m ON m.code = p.municipality
         LEFT JOIN LATERAL (
           SELECT organisation_id AS id,
                  CASE WHEN p.municipality = ANY(municipality_codes) THEN 'MUNICIPALITY'
                       WHEN m.province_code = ANY(province_codes) THEN 'PROVINCE' ELSE 'NATIONAL' END AS serves
             FROM fund_profile WHERE p.municipality = ANY(municipality_codes) OR m.province_code = ANY(province_codes) OR national
            ORDER BY organisation_id LIMIT 2000) f ON true`,
      [places.map((p) => p.key), places.map((p) => p.municipalityCode)],
    );
  const result = new Map<string, { provinceCode: string | null; funds: Map<string, 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL'> }>();
  for (const row of rows) {
    const place = result.get(row.key) ?? { provinceCode: row.provinceCode, funds: new Map() };
    if (row.id && row.serves) place.funds.set(row.id, row.serves);
    result.set(row.key, place);
  }
  return result;
}

/**
 * SQL for the overview (rows `key, funds`): how many fund profiles serve each region of a level, on a theme
 * and/or of one fund. A regional fund serves the regions it names and those inside or around them (a fund of a
 * province serves its municipalities; a fund of a municipality serves its province); national funds are
 * counted once under the key `NL`, which serves every region.
 */
export function fundsServingRegions(
  params: SqlParams,
  level: 'PROVINCE' | 'MUNICIPALITY',
  options: { theme?: string | null; organisationId?: string | null },
): string {
  const where: string[] = [];
  if (options.theme) where.push(`fp.themes @> ARRAY[${params.add(options.theme)}::text]`);
  if (options.organisationId) where.push(`fp.organisation_id = ${params.add(options.organisationId)}::uuid`);
  const and = where.length ? ` AND ${where.join(' AND ')}` : '';
  // Named regions, and the regions inside or around them, as (fund, region) pairs joined by hash, not looked up per fund.
  const pairs =
    level === 'MUNICIPALITY'
      ? `SELECT fp.organisation_id AS id, k.code AS key FROM fund_profile fp CROSS JOIN LATERAL unnest(fp.municipality_codes) AS k(code) WHERE NOT fp.national${and}
         UNION ALL
         SELECT fp.organisation_id, m.code FROM fund_profile fp CROSS JOIN LATERAL unnest(fp.province_codes) AS p(code) JOIN municipality m ON m.province_code = p.code
          WHERE NOT fp.national${and}`
      : `SELECT fp.organisation_id AS id, k.code AS key FROM fund_profile fp CROSS JOIN LATERAL unnest(fp.province_codes) AS k(code) WHERE NOT fp.national${and}
         UNION ALL
         SELECT fp.organisation_id, m.province_code FROM fund_profile fp CROSS JOIN LATERAL unnest(fp.municipality_codes) AS c(code) JOIN municipality m ON m.code = c.code
          WHERE NOT fp.national${and}`;
  return `SELECT s.key, count(DISTINCT s.id)::int AS funds FROM (${pairs}) AS s GROUP BY s.key
          UNION ALL
          SELECT 'NL', count(*)::int FROM fund_profile fp WHERE fp.national${and}`;
}

/** SQL for the overview (rows `key, funds`): fund profiles per theme they name (`key` is the theme), optionally of one fund. */
export function fundsByTheme(params: SqlParams, options: { organisationId?: string | null }): string {
  const own = options.organisationId ? `WHERE fp.organisation_id = ${params.add(options.organisationId)}::uuid` : '';
  return `SELECT k.key, count(*)::int AS funds FROM fund_profile fp CROSS JOIN LATERAL unnest(fp.themes) AS k(key) ${own} GROUP BY k.key`;
}
