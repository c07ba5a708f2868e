/**
 * Calls for proposals: a rubric of criteria with points, reviewers' scores, the mean and spread of
 * their totals, and a budget split over co-funders. Pure: the API enforces them, the web app shows
 * the same numbers.
 */

export interface Criterion {
  id: string;
  maxPoints: number;
}

export interface CriterionPoints {
  criterionId: string;
  points: number;
}

/** Why a set of scores does not fit a rubric, per entry (`scores.2`) or for the whole set (`scores`). */
export type ScoreProblem =
  | { at: number; reason: 'UNKNOWN_CRITERION' | 'TWICE' | 'NOT_WHOLE' | 'BELOW_ZERO' | 'ABOVE_MAXIMUM'; maxPoints?: number }
  | { at: null; reason: 'MISSING'; criterionIds: string[] };

/**
 * Checks one reviewer's scores against the rubric: every criterion once, whole points from 0 to its
 * maximum. Returns the total, or what is wrong.
 */
export function scoreRubric(
  rubric: readonly Criterion[],
  scores: readonly CriterionPoints[],
): { total: number; problems: [] } | { total: null; problems: ScoreProblem[] } {
  const problems: ScoreProblem[] = [];
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let total = 0;
  scores.forEach((score, at) => {
    const problem = checkScore(byId.get(score.criterionId), score, seen);
    if (problem) problems.push({ at, ...problem });
    else total += score.points;
  });
  const missing = rubric.filter((c) => !seen.has(c.id)).map((c) => c.id);
  if (missing.length && !problems.length) problems.push({ at: null, reason: 'MISSING', criterionIds: missing });
  return problems.length ? { total: null, problems } : { total, problems: [] };
}

function checkScore(
  criterion: Criterion | undefined,
  score: CriterionPoints,
  seen: Set<string>,
): { reason: 'UNKNOWN_CRITERION' | 'TWICE' | 'NOT_WHOLE' | 'BELOW_ZERO' | 'ABOVE_MAXIMUM'; maxPoints?: number } | null {
  if (!criterion) return { reason: 'UNKNOWN_CRITERION' };
  if (seen.has(score.criterionId)) return { reason: 'TWICE' };
  seen.add(score.criterionId);
  if (!Number.isInteger(score.points)) return { reason: 'NOT_WHOLE' };
  if (score.points < 0) return { reason: 'BELOW_ZERO' };
  if (score.points > criterion.maxPoints) return { reason: 'ABOVE_MAXIMUM', maxPoints: criterion.maxPoints };
  return null;
}

/** The most points a reviewer can give. */
export const rubricMaximum = (rubric: readonly Pick<Criterion, 'maxPoints'>[]): number => rubric.reduce((sum, c) => sum + c.maxPoints, 0);

/** An application's score: the mean of its reviewers' totals, rounded to two decimals; null before any review. */
export function meanScore(totals: readonly number[]): number | null {
  if (!totals.length) return null;
  return round2(totals.reduce((sum, t) => sum + t, 0) / totals.length);
}

/** How far the reviewers are apart: the highest total minus the lowest (0 with one review, null with none). */
export function spread(totals: readonly number[]): number | null {
  if (!totals.length) return null;
  return Math.max(...totals) - Math.min(...totals);
}

export interface CriterionSummary {
  criterionId: string;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/** Per criterion: the reviewers' mean, lowest and highest points, in rubric order. */
export function criterionSummaries(
  rubric: readonly Pick<Criterion, 'id'>[],
  reviews: readonly (readonly CriterionPoints[])[],
): CriterionSummary[] {
  return rubric.map((criterion) => {
    const points = reviews.flatMap((scores) => scores.filter((s) => s.criterionId === criterion.id).map((s) => s.points));
    return {
      criterionId: criterion.id,
      mean: meanScore(points),
      min: points.length ? Math.min(...points) : null,
      max: points.length ? Math.max(...points) : null,
    };
  });
}

/**
 * Ranks applications: highest score first, unreviewed ones last, ties by who applied first. Returns
 * the items in rank order.
 */
export function rankByScore<T extends { score: number | null; submittedAt: string | number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.score !== b.score) return (b.score ?? -1) - (a.score ?? -1);
    return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0;
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;
