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

/**
 * The fund → initiatives ranking in SQL: the same score as `exactScore` in packages/rules, for every
 * published initiative at once, with the rules' constants. Each criterion's fraction is computed as the
 * pure code computes it (same operations, same order of the sum, float8 throughout), so the two agree to
 * the bit and break ties the same way (score, then id); `matching.agreement.test.ts` holds them to it.
 *
 * How it stays fast: themes and target groups are fixed lists, so "how many of the fund's themes" is
 * written out per fund as a sum of `@>` tests on the row's array; the fund's facts are constants of the
 * statement. Phase 1 scores every published initiative that shares a theme on an index-only scan of
 * `initiative_match_idx` (narrow: no texts), without the text criterion. The k-th best of those partial
 * scores is a lower bound of the k-th best final score (text adds ≥ 0); phase 2 ranks the text
 * (`ts_rank`, which reads the row's search vector from the heap) only for the initiatives that can still
 * reach it — the partial score plus all text points at least that bound.
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
}

export interface RankedRow {
  id: string;
  score: number;
  text_rank: number;
}

const f8 = (value: number) => `${value}::float8`;
const quote = (slug: string) => {
  if (!/^[A-Z_]+$/.test(slug)) throw new Error(`not a slug: ${slug}`);
  return `'{${slug}}'`;
};

/** `how many of these slugs the row's array holds`, as a float8 fraction of the array's length. */
function shareOf(column: string, slugs: readonly string[]): string {
  if (!slugs.length) return '0::float8';
  const count = slugs.map((s) => `(${column} @> ${quote(s)})::int`).join(' + ');
  return `CASE WHEN cardinality(${column}) = 0 THEN 0::float8 ELSE (${count})::float8 / cardinality(${column}) END`;
}

/** The fund's text as an OR query over its words (plainto_tsquery ANDs them). */
export const fundTsQuery = (description: string) => `replace(plainto_tsquery('dutch', ${description})::text, '&', '|')::tsquery`;

/** The SQL fractions of each criterion for the initiative alias `i` (text: over the rank column given). */
export function criterionSql(options: Pick<RankOptions, 'fund' | 'today'>, params: SqlParams) {
  const { fund, today } = options;
  const cap = Math.min(fund.maxGrant, fund.budgetAvailable);
  const low = Math.min(fund.minGrant, cap);
  const budget =
    cap <= 0
      ? '0::float8'
      : `CASE WHEN i.budget_requested IS NULL THEN 0::float8
          WHEN i.budget_requested > ${cap} THEN GREATEST(0::float8, LEAST(1::float8, 1::float8 - (i.budget_requested - ${cap})::float8 / ${f8(BUDGET_MARGIN * cap)}))
          WHEN i.budget_requested < ${low} THEN GREATEST(0::float8, LEAST(1::float8, 1::float8 - (${low} - i.budget_requested)::float8 / ${f8(BUDGET_MARGIN * low)}))
          ELSE 1::float8 END`;
  const geography = `CASE WHEN i.municipality_codes && ${params.add(fund.municipalityCodes)}::text[] THEN ${f8(GEOGRAPHY_LEVELS.MUNICIPALITY)}
      WHEN i.place_codes && ${params.add(fund.provinceCodes)}::text[] THEN ${f8(GEOGRAPHY_LEVELS.PROVINCE)}
      WHEN ${fund.national ? 'true' : 'i.national'} THEN ${f8(GEOGRAPHY_LEVELS.NATIONAL)} ELSE ${f8(GEOGRAPHY_LEVELS.NONE)} END`;
  const todayParam = `${params.add(today)}::date`;
  const horizon = `${params.add(isoDate(horizonEnd(today, fund.horizonMonths)))}::date`;
  const timing = `CASE WHEN i.starts_on IS NULL OR i.ends_on IS NULL THEN 0::float8
      ELSE GREATEST(0, LEAST(i.ends_on, ${horizon}) - GREATEST(i.starts_on, ${todayParam}) + 1)::float8 / (i.ends_on - i.starts_on + 1) END`;
  return {
    theme: shareOf('i.themes', fund.themes),
    geography,
    budget,
    targetGroup: fund.targetGroups.length ? shareOf('i.target_groups', fund.targetGroups) : '1::float8',
    timing,
    text: (rank: string) => (fund.description.trim() ? `LEAST(1::float8, ${rank} / ${f8(TEXT_RANK_FULL)})` : '0::float8'),
    completeness: `i.match_completeness::float8 / ${COMPLETENESS_CHECKS}`,
  };
}

/** The statement: the top `first` initiatives for a fund, best first, with every column of the row (`i.*`). */
export function rankInitiativesSql(options: RankOptions): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const { fund, maxPoints } = options;
  const c = criterionSql(options, params);
  const themes = `${params.add(fund.themes)}::text[]`;
  const where = [`i.status = 'PUBLISHED'`, `i.themes && ${themes}`];
  if (options.initiativeIds) where.push(`i.id = ANY(${params.add(options.initiativeIds)}::uuid[])`);
  if (options.excludeDismissed) {
    where.push(
      `NOT EXISTS (SELECT 1 FROM match_decision d WHERE d.fund_id = ${params.add(options.fundId)}::uuid AND d.initiative_id = i.id AND d.decision = 'DISMISSED')`,
    );
  }
  const m = (criterion: keyof MatchWeightValues) => f8(maxPoints[criterion]);
  // Summed in the criteria's order, as exactScore does: theme, geography, budget, targetGroup, timing, text, completeness.
  const partial = `${m('theme')} * (${c.theme}) + ${m('geography')} * (${c.geography}) + ${m('budget')} * (${c.budget})
      + ${m('targetGroup')} * (${c.targetGroup}) + ${m('timing')} * (${c.timing})`;
  const tsquery = fund.description.trim() ? fundTsQuery(`${params.add(fund.description)}::text`) : `''::tsquery`;
  const first = Math.max(1, options.first);
  const text = `WITH q AS MATERIALIZED (SELECT ${tsquery} AS q),
    partial AS MATERIALIZED (
      SELECT i.id, ${partial} AS partial, ${m('completeness')} * (${c.completeness}) AS completeness
        FROM initiative i WHERE ${where.join(' AND ')}
    ),
    bound AS (SELECT partial + completeness AS s FROM partial ORDER BY s DESC LIMIT 1 OFFSET ${first - 1}),
    ranked AS (
      SELECT p.id, p.partial + ${m('text')} * (${c.text('r.rank')}) + p.completeness AS score, r.rank AS text_rank
        FROM partial p
        CROSS JOIN q
        -- One primary-key lookup per initiative still in reach (a join would hash the whole table).
        CROSS JOIN LATERAL (SELECT ts_rank(i.search_vector, q.q)::float8 AS rank FROM initiative i WHERE i.id = p.id) r
       WHERE p.partial + ${m('text')} + p.completeness >= COALESCE((SELECT s FROM bound), 0) - 1e-9
       ORDER BY score DESC, p.id LIMIT ${first}
    )
    SELECT r.id, r.score, r.text_rank FROM ranked r ORDER BY r.score DESC, r.id`;
  return { text, values: params.values };
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
