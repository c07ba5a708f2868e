/**
 * The matching criteria and their default weights: a transparent points system. A fund keeps its own
 * weights in its profile; a query may override them. The scores of each criterion are computed by the
 * matching rules beside this file; the weights say how many points each is worth.
 */
export const MATCH_CRITERIA = ['theme', 'geography', 'budget', 'targetGroup', 'timing', 'text', 'completeness'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];
export type MatchWeightValues = Record<MatchCriterion, number>;

/** The points each criterion is worth by default (they add up to 100); the fund-profile migration's column default says the same. */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeightValues> = Object.freeze({
  theme: 30,
  geography: 25,
  budget: 15,
  targetGroup: 10,
  timing: 5,
  text: 10,
  completeness: 5,
});

/** Stored weights with the defaults filled in, and a query's overrides on top (absent or null: keep). */
export function mergeWeights(
  base: Partial<MatchWeightValues> | null | undefined,
  overrides?: Partial<Record<MatchCriterion, number | null>> | null,
): MatchWeightValues {
  const merged: MatchWeightValues = { ...DEFAULT_MATCH_WEIGHTS, ...base };
  for (const criterion of MATCH_CRITERIA) {
    const value = overrides?.[criterion];
    if (value !== null && value !== undefined) merged[criterion] = value;
  }
  return merged;
}
