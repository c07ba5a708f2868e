import 'reflect-metadata';
import { DEFAULT_MATCH_WEIGHTS, exactScore, maxPointsOf, sharesTheme } from '@koppel/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrate } from '../core/paging.js';
import { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { fundFacts, initiativeFacts, loadPlaces } from './matching.facts.js';
import { rankInitiativesSql, textRanksSql } from './matching.query.js';

/**
 * The SQL ranking and the pure rules must agree: on a generated registry (3000 initiatives of every
 * shape, 12 funds of every shape, several weightings) the SQL's top 20 is the pure code's top 20 —
 * same ids, same order — and the scores are equal within 0.01.
 */
let app: TestApp;
const TODAY = '2026-03-15';

beforeAll(async () => {
  app = await startTestApp();
  await app.sql(`INSERT INTO organisation (kind, name) SELECT 'NGO', 'Stichting ' || n FROM generate_series(1, 20) AS n`);
  await app.sql(`
    WITH munis AS (SELECT array_agg(code ORDER BY code) AS codes FROM municipality),
         orgs AS (SELECT array_agg(id ORDER BY name) AS ids FROM organisation)
    INSERT INTO initiative (organisation_id, title, summary, description, status, themes, municipality_codes, national, target_groups,
                            budget_requested, co_funding_secured, starts_on, ends_on, published_at)
    SELECT orgs.ids[1 + n % 20],
           (ARRAY['Taalcoaching','Werkervaring','Traumazorg','Buddyproject','Beeldvorming','Huiswerkklas'])[1 + n % 6] || ' ' || n,
           repeat((ARRAY['Taalcoaches helpen statushouders met Nederlands. ','Werk en stage voor nieuwkomers. ','Psychosociale steun na trauma. '])[1 + n % 3], 1 + n % 5),
           repeat('Vrijwilligers en professionals werken samen aan meedoen. ', n % 9),
           CASE WHEN n % 10 = 0 THEN 'DRAFT' WHEN n % 10 = 1 THEN 'FUNDED' ELSE 'PUBLISHED' END,
           CASE WHEN n % 3 = 0 THEN ARRAY[(ARRAY['EDUCATION','LABOUR_MARKET','TRAUMA_CARE','VOLUNTEERING','PUBLIC_PERCEPTION'])[1 + n % 5],
                                         (ARRAY['EDUCATION','LABOUR_MARKET','TRAUMA_CARE','VOLUNTEERING','PUBLIC_PERCEPTION'])[1 + (n + 2) % 5]]
                ELSE ARRAY[(ARRAY['EDUCATION','LABOUR_MARKET','TRAUMA_CARE','VOLUNTEERING','PUBLIC_PERCEPTION'])[1 + n % 5]] END,
           CASE WHEN n % 37 = 0 THEN '{}'::text[] WHEN n % 4 = 0 THEN ARRAY[munis.codes[1 + n % 342], munis.codes[1 + (n * 7) % 342]]
                ELSE ARRAY[munis.codes[1 + (n * 13) % 342]] END,
           n % 37 = 0 OR n % 50 = 0,
           CASE WHEN n % 2 = 0 THEN ARRAY['STATUSHOUDERS','WOMEN'] ELSE ARRAY[(ARRAY['STATUSHOUDERS','ASYLUM_SEEKERS','FAMILIES'])[1 + n % 3]] END,
           1000 * (n % 120), (n % 4) * 1000,
           DATE '2025-06-01' + (n % 600), DATE '2025-06-01' + (n % 600) + 30 + (n % 400), now()
      FROM generate_series(1, 3000) AS n, munis, orgs`);
});
afterAll(() => app?.stop());

const FUNDS = [
  {
    themes: ['EDUCATION'],
    municipality_codes: ['GM0344', 'GM0363'],
    province_codes: [],
    national: false,
    target_groups: ['STATUSHOUDERS'],
  },
  { themes: ['EDUCATION', 'LABOUR_MARKET'], municipality_codes: [], province_codes: ['PV27', 'PV26'], national: false, target_groups: [] },
  { themes: ['TRAUMA_CARE'], municipality_codes: [], province_codes: [], national: true, target_groups: ['ASYLUM_SEEKERS', 'FAMILIES'] },
  {
    themes: ['VOLUNTEERING', 'PUBLIC_PERCEPTION'],
    municipality_codes: ['GM0193'],
    province_codes: ['PV30'],
    national: true,
    target_groups: [],
  },
  { themes: ['LABOUR_MARKET'], municipality_codes: ['GM0855'], province_codes: [], national: false, target_groups: ['WOMEN'] },
  {
    themes: ['EDUCATION', 'TRAUMA_CARE', 'VOLUNTEERING'],
    municipality_codes: [],
    province_codes: ['PV23'],
    national: false,
    target_groups: [],
  },
];
const GRANTS = [
  {
    min_grant: 10_000,
    max_grant: 50_000,
    budget_available: 400_000,
    description: 'Wij steunen taalcoaches en onderwijs voor statushouders.',
  },
  { min_grant: 0, max_grant: 20_000, budget_available: 15_000, description: '' },
];
const WEIGHTS = [
  DEFAULT_MATCH_WEIGHTS,
  { ...DEFAULT_MATCH_WEIGHTS, theme: 0, text: 60, timing: 17.5 },
  { theme: 1, geography: 1, budget: 1, targetGroup: 1, timing: 1, text: 1, completeness: 1 },
];

describe('the SQL ranking and the pure rules', () => {
  it('give the same top 20 with scores within 0.01, for every kind of fund and weighting', async () => {
    const places = await loadPlaces(app.koppel.db);
    const rows = await app.sql(
      "SELECT *, starts_on::text AS starts_on, ends_on::text AS ends_on FROM initiative WHERE status = 'PUBLISHED' ORDER BY id",
    );
    const initiatives = rows.map((row) =>
      hydrate(Initiative, {
        id: row.id,
        themes: row.themes,
        municipalityCodes: row.municipality_codes,
        national: row.national,
        targetGroups: row.target_groups,
        budgetRequested: row.budget_requested,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        summary: row.summary,
        description: row.description,
        coFundingSecured: row.co_funding_secured,
      }),
    );
    expect(initiatives.length).toBeGreaterThan(2000);
    let compared = 0;
    for (const [f, shape] of FUNDS.entries()) {
      for (const [g, grant] of GRANTS.entries()) {
        const profile = hydrate(FundProfile, {
          organisationId: '00000000-0000-4000-8000-000000000000',
          themes: shape.themes,
          municipalityCodes: shape.municipality_codes,
          provinceCodes: shape.province_codes,
          national: shape.national,
          targetGroups: shape.target_groups,
          minGrant: grant.min_grant,
          maxGrant: grant.max_grant,
          budgetAvailable: grant.budget_available,
          description: grant.description,
          horizonMonths: 6 + f * 3,
        });
        const facts = fundFacts(profile, places);
        const ranks = textRanksSql(
          grant.description,
          initiatives.map((i) => i.id),
        );
        const rankById = new Map((await app.sql(ranks.text, ranks.values)).map((r) => [r.id as string, r.text_rank as number]));
        for (const weights of WEIGHTS) {
          const maxPoints = maxPointsOf(weights);
          const pure = initiatives
            .map((i) => ({ id: i.id, initiative: initiativeFacts(i, rankById.get(i.id) ?? 0, places) }))
            .filter((i) => sharesTheme(facts, i.initiative))
            .map((i) => ({ id: i.id, score: exactScore(facts, i.initiative, maxPoints, TODAY) }))
            .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
            .slice(0, 20);
          const sql = rankInitiativesSql({
            fundId: profile.organisationId,
            fund: facts,
            maxPoints,
            today: TODAY,
            first: 20,
            excludeDismissed: false,
          });
          const ranked = await app.sql(sql.text, sql.values);
          const label = `fund ${f}, grant ${g}, weights ${JSON.stringify(weights)}`;
          expect(
            ranked.map((r) => r.id),
            label,
          ).toEqual(pure.map((p) => p.id));
          for (const [index, row] of ranked.entries())
            expect(Math.abs(row.score - (pure[index]?.score ?? Number.NaN)), label).toBeLessThan(0.01);
          compared++;
        }
      }
    }
    expect(compared).toBe(FUNDS.length * GRANTS.length * WEIGHTS.length);
  });
});
