import type { MatchWeightValues } from '@koppel/rules';
import { exactScore, scoreMatch } from '@koppel/rules';
import type { Context } from '../core/context.js';
import { isUuid } from '../core/ids.js';
import { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { initiativeNotFound } from '../initiative/initiative.errors.js';
import { mayViewInitiative } from '../initiative/initiative.policy.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { FundMatch } from './matching.entity.js';
import { allWeightsZero, firstOutOfRange, notPublished } from './matching.errors.js';
import { amsterdamToday, fundFacts, initiativeFacts, placesFromSnapshot, weightsFor } from './matching.facts.js';
import { fundTsQuery } from './matching.query.js';
import { DEFAULT_FIRST, MAX_FIRST } from './matching.service.js';

/**
 * `matchFunds`: the funds that fit an initiative, from the initiative's side — the same pair gets the
 * same score as in the fund's `matchInitiatives` (each fund's own weights, unless the query overrides
 * them). Funds are few (hundreds), so every fund sharing a theme is scored by the pure code; the text
 * rank of the initiative against each fund's description comes from the same statement.
 */
export async function matchFunds(
  ctx: Context,
  initiativeId: string,
  overrides: Partial<Record<keyof MatchWeightValues, number | null>> | null | undefined,
  firstArg: number | null | undefined,
): Promise<FundMatch[]> {
  const first = firstArg ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw firstOutOfRange(ctx.locale, MAX_FIRST);
  const initiative = isUuid(initiativeId) ? await ctx.loaders.initiative.byId.load(initiativeId) : null;
  if (!initiative || !mayViewInitiative(ctx.viewer, initiative)) throw initiativeNotFound();
  if (initiative.status !== 'PUBLISHED') throw notPublished(ctx.locale);
  if (overrides && !weightsFor(null, overrides)) throw allWeightsZero(ctx.locale);

  const rows: (Record<string, unknown> & { text_rank: number })[] = await ctx.db.query(
    `SELECT f.organisation_id, f.themes, f.municipality_codes, f.province_codes, f.national, f.target_groups, f.min_grant, f.max_grant,
            f.budget_available, f.description, f.match_weights, f.horizon_months,
            CASE WHEN btrim(f.description) = '' THEN 0::float8 ELSE ts_rank(i.search_vector, ${fundTsQuery('f.description')})::float8 END AS text_rank
       FROM fund_profile f
       JOIN organisation o ON o.id = f.organisation_id AND o.kind = 'FUND'
       JOIN initiative i ON i.id = $1::uuid
      WHERE f.themes && i.themes`,
    [initiative.id],
  );
  const places = placesFromSnapshot(await ctx.runtime.reference.get());
  const today = amsterdamToday();
  const scored = rows.map((row) => {
    const profile = Object.assign(new FundProfile(), {
      organisationId: row.organisation_id,
      themes: row.themes,
      municipalityCodes: row.municipality_codes,
      provinceCodes: row.province_codes,
      national: row.national,
      targetGroups: row.target_groups,
      minGrant: row.min_grant,
      maxGrant: row.max_grant,
      budgetAvailable: row.budget_available,
      description: row.description,
      matchWeights: row.match_weights,
      horizonMonths: row.horizon_months,
    } as Partial<FundProfile>);
    const scoring = weightsFor(profile, overrides) ?? (weightsFor(null) as NonNullable<ReturnType<typeof weightsFor>>);
    const facts = fundFacts(profile, places);
    const initiativeSide = initiativeFacts(initiative, row.text_rank, places);
    return {
      fundId: profile.organisationId,
      exact: exactScore(facts, initiativeSide, scoring.maxPoints, today),
      result: scoreMatch(facts, initiativeSide, scoring.weights, {
        today,
        perspective: 'initiative',
        locale: ctx.locale,
        placeName: places.name,
      }),
    };
  });
  scored.sort((a, b) => b.exact - a.exact || (a.fundId < b.fundId ? -1 : 1));
  const top = scored.slice(0, first);
  const funds = await ctx.loaders.organisation.byId.loadMany(top.map((s) => s.fundId));
  return top.map((s, index) => ({
    score: s.result.score,
    fund: funds[index] as Organisation,
    reasons: s.result.reasons.map((r) => ({
      criterion: r.criterion,
      points: r.points,
      maxPoints: r.maxPoints,
      explanation: r.explanation,
    })),
  }));
}
