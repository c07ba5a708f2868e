import type { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { amsterdamToday, fundFacts, loadPlaces, weightsFor } from '../matching/matching.facts.js';
import { rankInitiativesSql } from '../matching/matching.query.js';

/**
 * The matching benchmark: `matchInitiatives` for each of the 200 benchmark funds in turn (40 national),
 * against a baseline that answers each with one SQL statement — the API's own ranking statement,
 * prepared per fund when the baseline starts (so it never reads the fund profile per request) and
 * wrapped to build the response JSON inside PostgreSQL. The API in addition reads the fund and its
 * profile, loads the 20 initiatives and computes the reasons.
 */
export const MATCH_FIELDS = 'score initiative { id title } reasons { criterion points maxPoints explanation }';
export const matchQuery = `query Match($fundId: ID!) { matchInitiatives(fundId: $fundId, first: 20) { ${MATCH_FIELDS} } }`;
export const matchBody = (fundId: string) => JSON.stringify({ query: matchQuery, variables: { fundId } });

interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** The benchmark funds, national ones marked. */
export async function benchFunds(db: Queryable): Promise<{ id: string; national: boolean }[]> {
  const { rows } = await db.query(
    `SELECT f.organisation_id AS id, f.national FROM fund_profile f WHERE f.organisation_id IN (SELECT md5('fund' || n)::uuid FROM generate_series(1, 200) AS n) ORDER BY f.organisation_id`,
  );
  return rows as { id: string; national: boolean }[];
}

/** Per fund, the baseline's one statement (text and values). */
export async function baselineStatements(db: Queryable): Promise<Map<string, { text: string; values: unknown[] }>> {
  const places = await loadPlaces({ query: async (text: string, values?: unknown[]) => (await db.query(text, values)).rows } as never);
  const { rows } = await db.query(
    `SELECT organisation_id AS "organisationId", themes, municipality_codes AS "municipalityCodes", province_codes AS "provinceCodes", national,
            target_groups AS "targetGroups", min_grant AS "minGrant", max_grant AS "maxGrant", budget_available AS "budgetAvailable",
            description, match_weights AS "matchWeights", horizon_months AS "horizonMonths" FROM fund_profile`,
  );
  const statements = new Map<string, { text: string; values: unknown[] }>();
  for (const row of rows as unknown as FundProfile[]) {
    const scoring = weightsFor(row);
    if (!scoring) continue;
    const sql = rankInitiativesSql({
      fundId: row.organisationId,
      fund: fundFacts(row, places),
      maxPoints: scoring.maxPoints,
      today: amsterdamToday(),
      first: 20,
      excludeDismissed: true,
    });
    statements.set(row.organisationId, {
      text: `SELECT json_build_object('data', json_build_object('matchInitiatives', COALESCE(json_agg(
               json_build_object('score', r.score, 'initiative', json_build_object('id', r.id, 'title', i.title)) ORDER BY r.score DESC, r.id), '[]')))::text AS body
             FROM (${sql.text}) r JOIN initiative i ON i.id = r.id`,
      values: sql.values,
    });
  }
  return statements;
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
