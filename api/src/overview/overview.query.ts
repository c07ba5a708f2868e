import type { ThemeSlug } from '@koppel/reference-data';
import { commitmentFigures } from '../commitment/commitment.query.js';
import { SqlParams } from '../core/paging.js';
import { fundsByTheme, fundsServingRegions } from '../fund-profile/fund-profile.query.js';
import { initiativeCounts, initiativeFigures, initiativePlaceCodes, initiativeThemes } from '../initiative/initiative.query.js';
import { regionsOfLevel } from '../reference/places.js';
import { tableFigures, tablePlaceCodes, tablesWithSessionsByMonth, tableTheme } from '../tables/tables.query.js';
import type { RegionLevel } from './overview.entity.js';

/**
 * The overview's statements. Each feature writes the SQL over its own tables (`initiativeFigures`,
 * `fundsServingRegions`, `commitmentFigures`, `tableFigures`, in their x.query.ts); this file only puts them
 * together, so that a coverage request is ONE statement: the figures of every region at once, no round trip
 * per region or per feature.
 */

export interface Scope {
  theme?: ThemeSlug | null;
  organisationId?: string | null;
}

/** A commitment's places: an award's initiative's places; a table's place. */
const COMMITMENT_PLACES = `CASE WHEN c.table_id IS NOT NULL THEN ${tablePlaceCodes('c.table_id')} ELSE ${initiativePlaceCodes('c.initiative_id')} END`;
/** A commitment's themes: an award's initiative's themes; a table's theme. */
const COMMITMENT_THEMES = `CASE WHEN c.table_id IS NOT NULL THEN ARRAY[${tableTheme('c.table_id')}] ELSE ${initiativeThemes('c.initiative_id')} END`;

export function coverageStatement(level: RegionLevel, scope: Scope): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const keyPrefix = level === 'MUNICIPALITY' ? 'GM' : 'PV';
  const theme = scope.theme ?? null;
  const organisationId = scope.organisationId ?? null;
  // The initiative feature's counters answer for everyone; one organisation's figures come from its own initiatives.
  const initiatives = organisationId
    ? initiativeFigures(params, { keys: 'i.place_codes', theme, organisationId, keyPrefix })
    : initiativeCounts(params, { by: 'place', theme, keyPrefix });
  const funds = fundsServingRegions(params, level, { theme, organisationId });
  const themeCondition = theme ? `${params.add(theme)}::text = ANY(${COMMITMENT_THEMES})` : null;
  const money = commitmentFigures(params, { keys: COMMITMENT_PLACES, condition: themeCondition, organisationId, keyPrefix });
  const tables = tableFigures(params, { keys: 'ARRAY[t.municipality_code, m.province_code]', theme, organisationId, keyPrefix });
  const sql = `
    WITH ini AS MATERIALIZED (${initiatives}),
         fun AS MATERIALIZED (${funds}),
         mon AS MATERIALIZED (${money}),
         tab AS MATERIALIZED (${tables})
    SELECT r.code, r.name, r.population,
           coalesce(ini.initiatives, 0) AS initiatives,
           coalesce(fun.funds, 0) + coalesce((SELECT n.funds FROM fun n WHERE n.key = 'NL'), 0) AS "fundsServing",
           coalesce(ini.requested, 0) AS "fundingRequested",
           coalesce(mon.committed, 0) AS "fundingCommitted",
           coalesce(tab.tables, 0) AS tables,
           coalesce(mon.open, 0) AS "openCommitments"
      FROM (${regionsOfLevel(level)}) r
      LEFT JOIN ini ON ini.key = r.code
      LEFT JOIN fun ON fun.key = r.code
      LEFT JOIN mon ON mon.key = r.code
      LEFT JOIN tab ON tab.key = r.code
     ORDER BY r.name, r.code`;
  return { sql, params: params.values };
}

export function totalsStatement(scope: Pick<Scope, 'organisationId'>): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const organisationId = scope.organisationId ?? null;
  const sql = `
    WITH ini AS MATERIALIZED (${organisationId ? initiativeFigures(params, { keys: 'i.themes', organisationId }) : initiativeCounts(params, { by: 'theme' })}),
         fun AS MATERIALIZED (${fundsByTheme(params, { organisationId })}),
         mon AS MATERIALIZED (${commitmentFigures(params, { keys: COMMITMENT_THEMES, organisationId })}),
         tab AS MATERIALIZED (${tableFigures(params, { keys: 'ARRAY[t.theme]', organisationId })})
    SELECT th.slug AS theme,
           coalesce(ini.initiatives, 0) AS initiatives,
           coalesce(ini.national, 0) AS "nationalInitiatives",
           coalesce(fun.funds, 0) AS "fundsServing",
           coalesce(ini.requested, 0) AS "fundingRequested",
           coalesce(mon.committed, 0) AS "fundingCommitted",
           coalesce(tab.tables, 0) AS tables,
           coalesce(mon.open, 0) AS "openCommitments"
      FROM theme th
      LEFT JOIN ini ON ini.key = th.slug
      LEFT JOIN fun ON fun.key = th.slug
      LEFT JOIN mon ON mon.key = th.slug
      LEFT JOIN tab ON tab.key = th.slug
     ORDER BY th.position`;
  return { sql, params: params.values };
}

export function trendStatement(scope: Scope & { months: number }): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const theme = scope.theme ?? null;
  const organisationId = scope.organisationId ?? null;
  const months = params.add(scope.months);
  // The first instant of the first month shown, Amsterdam time.
  const since = `((date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - make_interval(months => ${months}::int - 1)) AT TIME ZONE 'Europe/Amsterdam')`;
  const monthOf = (instant: string) => `ARRAY[to_char(date_trunc('month', ${instant} AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')]`;
  const initiatives = initiativeFigures(params, { keys: monthOf('i.published_at'), theme, organisationId, publishedSince: since });
  const themeCondition = theme ? `${params.add(theme)}::text = ANY(${COMMITMENT_THEMES})` : null;
  const money = commitmentFigures(params, { keys: monthOf('c.created_at'), condition: themeCondition, organisationId, since });
  const tables = tablesWithSessionsByMonth(params, { since, theme, organisationId });
  const sql = `
    WITH ini AS MATERIALIZED (${initiatives}),
         mon AS MATERIALIZED (${money}),
         tab AS MATERIALIZED (${tables})
    SELECT to_char(mo.month, 'YYYY-MM-DD') AS month,
           coalesce(ini.initiatives, 0) AS "initiativesPublished",
           coalesce(mon.committed, 0) AS "fundingCommitted",
           coalesce(tab.tables, 0) AS "tablesScheduled"
      FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - make_interval(months => ${months}::int - 1),
                           date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam'), interval '1 month') AS mo(month)
      LEFT JOIN ini ON ini.key = to_char(mo.month, 'YYYY-MM-DD')
      LEFT JOIN mon ON mon.key = to_char(mo.month, 'YYYY-MM-DD')
      LEFT JOIN tab ON tab.key = to_char(mo.month, 'YYYY-MM-DD')
     ORDER BY mo.month`;
  return { sql, params: params.values };
}
