import {
  BUDGET_MARGIN,
  COMPLETENESS_CHECKS,
  type FundFacts,
  GEOGRAPHY_LEVELS,
  horizonEnd,
  isoDate,
  type MatchWeightValues,
  TEXT_RANK_FULL,
} from '@koppel/rules';
import { SqlParams } from '../core/paging.js';
import {
  GROUP_MASK_COUNT,
  groupMask,
  MATCH_PROFILE_PLACE_ALL,
  MATCH_PROFILE_PLACE_NATIONAL,
  THEME_MASK_COUNT,
  themeMask,
} from '../initiative/initiative.match-profile.js';

/**
 * The fund → initiatives ranking in SQL: the same score as `exactScore` in packages/rules, with the rules'
 * constants. Each criterion's points are computed as the pure code computes them (same operations, same
 * order of the sum, float8 throughout), so the two agree to the bit and break ties the same way (score,
 * then id); `matching.agreement.test.ts` holds them to it.
 *
 * It reads the initiative feature's read model `initiative_match_profile` (see
 * api/src/initiative/initiative.match-profile.ts): one narrow row per published initiative and place it
 * counts for, in a B-tree ordered by (place, theme mask, target-group mask, budget). How it stays fast:
 *
 * - **Combinations with an upper bound.** A fund's geography tiers (its municipalities, its provinces, then
 *   `NL` — national initiatives — and `*` — every initiative — or, for a national fund, `*` alone) times the
 *   theme masks that share a theme with it: for each, the theme and geography points are exact constants,
 *   and every other criterion at most its maximum gives an upper bound of any initiative in it.
 * - **Seed.** The combinations best first, each read only where everything else is perfect too (the best
 *   target groups, the budget inside the fund's range), until a hundred rows: the k-th best of their final
 *   scores (text ranked for these few) is a lower bound L of the k-th best final score.
 * - **Candidates.** Only combinations whose bound reaches L, and in each only the target-group masks and
 *   the budget range that can still reach L (the budget points needed give a range around the fund's):
 *   index-only range scans; the exact score without text is computed per row from the index.
 *   An initiative is found once per tier it falls in; its best row is its true geography.
 * - **Text.** The `*` row of each initiative carries its search vector in the index (migration
 *   1764000019000), so a row read from the `*` tier — a national fund's only tier — has its `ts_rank` computed
 *   in the same index-only scan, once the row's partial score plus all text points reaches L. An initiative
 *   found only through place rows (a regional fund's municipalities and provinces) gets its rank by primary
 *   key: first the best 50 by partial score — with the exact scores already known, their k-th best raises
 *   L — then only those whose partial score plus all text points still reach it.
 *
 * The work grows with the initiatives that could still beat the k-th best score, not with the table.
 */

export interface RankOptions {
  fundId: string;
  fund: FundFacts & { description: string };
  maxPoints: MatchWeightValues;
  today: string;
  first: number;
  /** Leave out what the fund dismissed. */
  excludeDismissed: boolean;
  /** Restrict to these initiatives (a decision's single match, the alert worker's new ones). */
  initiativeIds?: readonly string[];
  /**
   * The API's own answer in the same statement: the ranked initiatives' columns (a select list over `initiative i`)
   * and, when `decisions`, the fund's decision on each — as `__score`, `__textRank`, `__decision` and the columns.
   */
  withInitiatives?: { columns: string; decisions: boolean };
}

export interface RankedRow {
  id: string;
  score: number;
  text_rank: number;
}

const f8 = (value: number) => `${value}::float8`;
/** The fund's text as an OR query over its words (plainto_tsquery ANDs them). */
export const fundTsQuery = (description: string) => `replace(plainto_tsquery('dutch', ${description})::text, '&', '|')::tsquery`;

const bits = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};
/** Slack for comparing upper bounds with a score: bounds are sums of the same float8 terms in another order. */
const EPS = '1e-6';
/** Rows the seed reads; initiatives whose text is ranked before the second bound. */
const SEED_ROWS = 100;
const TEXT_FIRST = 50;

/** The statement: the top `first` initiatives for a fund, best first (`id`, `score`, `text_rank`). */
export function rankInitiativesSql(options: RankOptions): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const { fund, maxPoints, today } = options;
  const first = Math.max(1, options.first);
  const w = (criterion: keyof MatchWeightValues) => maxPoints[criterion];
  const cap = Math.min(fund.maxGrant, fund.budgetAvailable);
  const low = Math.min(fund.minGrant, cap);
  const hasText = fund.description.trim() !== '';

  // Theme points per theme mask sharing a theme with the fund; target-group points per group mask (index = mask).
  const fundThemes = themeMask(fund.themes);
  const masks: number[] = [];
  const themePoints: number[] = [];
  for (let mask = 1; mask < THEME_MASK_COUNT; mask++) {
    if (!(mask & fundThemes)) continue;
    masks.push(mask);
    themePoints.push(w('theme') * (bits(mask & fundThemes) / bits(mask)));
  }
  const fundGroups = groupMask(fund.targetGroups);
  const groupPoints = Array.from(
    { length: GROUP_MASK_COUNT },
    (_, mask) => w('targetGroup') * (!fund.targetGroups.length ? 1 : bits(mask) ? bits(mask & fundGroups) / bits(mask) : 0),
  );
  const groupMax = Math.max(...groupPoints);
  const bestGroups = groupPoints.flatMap((points, mask) => (points === groupMax ? [mask] : []));
  const budgetMax = cap > 0 ? w('budget') : 0;
  const textMax = hasText ? w('text') : 0;
  const restMax = budgetMax + groupMax + w('timing') + textMax + w('completeness');

  // Geography tiers: the points are the level's, the codes those of initiative_match_profile.place_code.
  const tiers: [readonly string[], number][] = [];
  if (fund.municipalityCodes.length) tiers.push([fund.municipalityCodes, GEOGRAPHY_LEVELS.MUNICIPALITY]);
  if (fund.provinceCodes.length) tiers.push([fund.provinceCodes, GEOGRAPHY_LEVELS.PROVINCE]);
  if (fund.national) tiers.push([[MATCH_PROFILE_PLACE_ALL], GEOGRAPHY_LEVELS.NATIONAL]);
  else tiers.push([[MATCH_PROFILE_PLACE_NATIONAL], GEOGRAPHY_LEVELS.NATIONAL], [[MATCH_PROFILE_PLACE_ALL], GEOGRAPHY_LEVELS.NONE]);
  const tierValues = tiers.map(([codes, level]) => `(${params.add(codes)}::text[], ${f8(w('geography') * level)})`).join(', ');

  const todayParam = `${params.add(today)}::date`;
  const horizon = `${params.add(isoDate(horizonEnd(today, fund.horizonMonths)))}::date`;
  const budget =
    cap <= 0
      ? '0::float8'
      : `CASE WHEN e.budget_requested > ${cap} THEN GREATEST(0::float8, LEAST(1::float8, 1::float8 - (e.budget_requested - ${cap})::float8 / ${f8(BUDGET_MARGIN * cap)}))
          WHEN e.budget_requested < ${low} THEN GREATEST(0::float8, LEAST(1::float8, 1::float8 - (${low} - e.budget_requested)::float8 / ${f8(BUDGET_MARGIN * low)}))
          ELSE 1::float8 END`;
  const timing = `GREATEST(0, LEAST(e.ends_on, ${horizon}) - GREATEST(e.starts_on, ${todayParam}) + 1)::float8 / (e.ends_on - e.starts_on + 1)`;
  const groupsParam = `${params.add(groupPoints)}::float8[]`;
  // Summed in the criteria's order, as exactScore does: theme, geography, budget, targetGroup, timing (then text, completeness).
  const partial = `c.theme + c.geo + ${f8(w('budget'))} * (${budget}) + (${groupsParam})[e.group_mask + 1] + ${f8(w('timing'))} * (${timing})`;
  const completeness = `${f8(w('completeness'))} * (e.completeness::float8 / ${COMPLETENESS_CHECKS})`;
  const textPoints = (rank: string) =>
    `${f8(w('text'))} * (${hasText ? `LEAST(1::float8, ${rank} / ${f8(TEXT_RANK_FULL)})` : '0::float8'})`;
  // NOT IN over the fund's dismissals: a hashed sub-plan, built once, whatever the planner guesses of the candidates.
  const keep = (id: string) =>
    options.excludeDismissed
      ? `AND ${id} NOT IN (SELECT d.initiative_id FROM match_decision d WHERE d.fund_id = ${params.add(options.fundId)}::uuid AND d.decision = 'DISMISSED')`
      : '';
  const tsquery = hasText ? fundTsQuery(`${params.add(fund.description)}::text`) : `''::tsquery`;
  // The text rank from a profile row: the `*` row carries the search vector (migration 1764000019000), a place row
  // NULL. ts_rank is strict, so a place row gives NULL here and its initiative's rank comes from `rankOf` later.
  const inlineRank = hasText ? 'ts_rank(e.search_vector, q.q)::float8' : '0::float8';
  // The rank of an initiative whose `*` row was not read: one primary-key lookup, only when needed (COALESCE
  // evaluates the sub-select only for NULL; a sub-select in the SELECT list stays a lookup, never a join; OFFSET 0
  // below keeps the planner from copying it into each expression that uses the rank).
  const rankOf = (rank: string, id: string) =>
    hasText ? `COALESCE(${rank}, (SELECT ts_rank(i.search_vector, q.q)::float8 FROM initiative i WHERE i.id = ${id}))` : '0::float8';
  // One tier of one place code (a national fund: `*` alone): every initiative is found at most once.
  const once = tiers.length === 1 && (tiers[0]?.[0].length ?? 0) === 1;

  let candidates: string;
  let lower: string;
  if (options.initiativeIds) {
    // A few given initiatives (the alert worker's new ones): each by primary key, no bound needed.
    lower = `SELECT '-Infinity'::float8 AS l`;
    candidates = `
      SELECT e.initiative_id, max(${partial}) AS partial, max(${completeness}) AS completeness, max(${inlineRank}) AS rank
        FROM q CROSS JOIN combos c JOIN initiative_match_profile e ON e.place_code = ANY(c.codes) AND e.theme_mask = c.mask
       WHERE e.initiative_id = ANY(${params.add(options.initiativeIds)}::uuid[])
       GROUP BY e.initiative_id`;
  } else {
    const seedBudget = cap > 0 ? `AND e.budget_requested BETWEEN ${low} AND ${cap}` : '';
    // Exact final scores of the seed's initiatives (an initiative's row of a lower tier only underestimates it).
    lower = `SELECT COALESCE((
        SELECT y.partial + ${textPoints(rankOf('y.rank', 'y.initiative_id'))} + y.completeness AS s
          FROM q CROSS JOIN (
                SELECT x.initiative_id, max(x.partial) AS partial, max(x.completeness) AS completeness, max(x.rank) AS rank FROM (
                  SELECT e.initiative_id, ${partial} AS partial, ${completeness} AS completeness, ${inlineRank} AS rank
                    FROM q CROSS JOIN (SELECT * FROM combos ORDER BY bound DESC) c
                    CROSS JOIN LATERAL (
                      SELECT e.* FROM initiative_match_profile e
                       WHERE e.place_code = ANY(c.codes) AND e.theme_mask = c.mask AND e.group_mask = ANY(${params.add(bestGroups)}::smallint[]) ${seedBudget}
                         ${keep('e.initiative_id')}
                       LIMIT ${SEED_ROWS}) e
                   LIMIT ${SEED_ROWS}) x
                 GROUP BY x.initiative_id) y
         ORDER BY s DESC LIMIT 1 OFFSET ${first - 1}), '-Infinity') AS l`;
    // The budget points an initiative of combination c needs to reach L: a budget range around the fund's.
    const need = `((l.l - (c.bound - ${f8(budgetMax)})) / ${f8(w('budget'))})`;
    const budgetRange =
      budgetMax > 0
        ? `AND e.budget_requested BETWEEN (CASE WHEN ${need} <= 0 THEN -1 ELSE floor(${low} - (1 - ${need}) * ${f8(BUDGET_MARGIN * low)})::bigint - 1 END)
                                     AND (CASE WHEN ${need} <= 0 THEN 2147483647 ELSE ceil(${cap} + (1 - ${need}) * ${f8(BUDGET_MARGIN * cap)})::bigint + 1 END)`
        : '';
    // Per row in reach: its exact score without text, and its text rank when the row carries the vector.
    const rows = `
      SELECT e.initiative_id, ${partial} AS partial, ${completeness} AS completeness, ${inlineRank} AS rank
        FROM lower l CROSS JOIN q CROSS JOIN combos c
        CROSS JOIN initiative_match_profile e
       WHERE c.bound >= l.l - ${EPS} AND e.place_code = ANY(c.codes) AND e.theme_mask = c.mask
         AND e.group_mask = ANY(ARRAY(SELECT u.g FROM unnest(${params.add(groupPoints.map((_, mask) => mask))}::smallint[], ${groupsParam}) AS u(g, p)
                                      WHERE u.p >= l.l - (c.bound - ${f8(groupMax)}) - ${EPS}))
         ${budgetRange}
         AND ${partial} + ${f8(textMax)} + ${completeness} >= l.l - ${EPS}`;
    candidates = once
      ? rows
      : `SELECT r.initiative_id, max(r.partial) AS partial, max(r.completeness) AS completeness, max(r.rank) AS rank FROM (${rows}) r GROUP BY r.initiative_id`;
  }

  const text = `WITH q AS MATERIALIZED (SELECT ${tsquery} AS q),
    combos AS MATERIALIZED (
      SELECT t.codes, t.geo, m.mask, m.theme, m.theme + t.geo + ${f8(restMax)} AS bound
        FROM (VALUES ${tierValues}) AS t(codes, geo), unnest(${params.add(masks)}::int[], ${params.add(themePoints)}::float8[]) AS m(mask, theme)
    ),
    lower AS MATERIALIZED (${lower}),
    candidate AS MATERIALIZED (
      SELECT s.* FROM (${candidates}) s WHERE true ${keep('s.initiative_id')}
    ),
    known AS MATERIALIZED (
      SELECT c.initiative_id AS id, c.partial + ${textPoints('c.rank')} + c.completeness AS score, c.rank FROM candidate c WHERE c.rank IS NOT NULL
    ),
    unknown AS MATERIALIZED (
      SELECT c.*, row_number() OVER (ORDER BY c.partial + c.completeness DESC, c.initiative_id) AS n FROM candidate c WHERE c.rank IS NULL
    ),
    best AS MATERIALIZED (
      SELECT y.id, y.partial + ${textPoints('y.rank')} + y.completeness AS score, y.rank
        FROM (SELECT u.initiative_id AS id, u.partial, u.completeness, ${rankOf('u.rank', 'u.initiative_id')} AS rank
                FROM unknown u CROSS JOIN q WHERE u.n <= ${TEXT_FIRST} OFFSET 0) y
    ),
    bound AS MATERIALIZED (
      SELECT GREATEST((SELECT l FROM lower), COALESCE((
        SELECT s.score FROM (SELECT score FROM known UNION ALL SELECT score FROM best) s ORDER BY s.score DESC LIMIT 1 OFFSET ${first - 1}), '-Infinity')) AS l
    ),
    rest AS (
      SELECT y.id, y.partial + ${textPoints('y.rank')} + y.completeness AS score, y.rank
        FROM (SELECT u.initiative_id AS id, u.partial, u.completeness, ${rankOf('u.rank', 'u.initiative_id')} AS rank
                FROM unknown u CROSS JOIN bound CROSS JOIN q
               WHERE u.n > ${TEXT_FIRST} AND u.partial + ${f8(textMax)} + u.completeness >= bound.l - ${EPS} OFFSET 0) y
    ),
    scored AS (
      SELECT id, score, rank FROM known
      UNION ALL
      SELECT id, score, rank FROM best
      UNION ALL
      SELECT id, score, rank FROM rest
    )
    SELECT id, score, rank AS text_rank FROM scored ORDER BY score DESC, id LIMIT ${first}`;
  const joined = options.withInitiatives;
  if (!joined) return { text, values: params.values };
  const decision = joined.decisions
    ? `(SELECT d.decision FROM match_decision d WHERE d.fund_id = ${params.add(options.fundId)}::uuid AND d.initiative_id = r.id)`
    : 'NULL::text';
  return {
    text: `SELECT r.score AS "__score", r.text_rank AS "__textRank", ${decision} AS "__decision", ${joined.columns}
             FROM (${text}) r JOIN initiative i ON i.id = r.id
            ORDER BY r.score DESC, r.id`,
    values: params.values,
  };
}

/** Text rank of initiatives against a fund's description (the pure code's `textRank`), for rows scored in JavaScript. */
export function textRanksSql(description: string, initiativeIds: readonly string[]): { text: string; values: unknown[] } {
  if (!description.trim())
    return { text: 'SELECT id, 0::float8 AS text_rank FROM initiative WHERE id = ANY($1::uuid[])', values: [initiativeIds] };
  return {
    text: `SELECT i.id, ts_rank(i.search_vector, ${fundTsQuery('$2::text')})::float8 AS text_rank FROM initiative i WHERE i.id = ANY($1::uuid[])`,
    values: [initiativeIds, description],
  };
}
