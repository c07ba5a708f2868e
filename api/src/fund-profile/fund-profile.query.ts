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

/** Funds whose profile covers a place, and how (their municipality, their province, or national): for table composition. */
export async function fundsServingPlace(
  db: Pick<EntityManager, 'query'>,
  municipalityCode: string | null,
  provinceCode: string | null,
): Promise<Map<string, 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL'>> {
  const rows: { id: string; serves: 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL' }[] = await db.query(
    `SELECT organisation_id AS id,
            CASE WHEN $1::text = ANY(municipality_codes) THEN 'MUNICIPALITY' WHEN $2::text = ANY(province_codes) THEN 'PROVINCE' ELSE 'NATIONAL' END AS serves
       FROM fund_profile WHERE $1::text = ANY(municipality_codes) OR $2::text = ANY(province_codes) OR national
      ORDER BY organisation_id LIMIT 2000`,
    [municipalityCode, provinceCode],
  );
  return new Map(rows.map((r) => [r.id, r.serves]));
}
