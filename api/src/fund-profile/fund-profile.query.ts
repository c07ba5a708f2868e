import type { EntityManager } from 'typeorm';
import { isUuid } from '../core/ids.js';

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
