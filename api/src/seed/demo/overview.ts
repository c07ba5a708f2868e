import { THEME_SLUGS, type ThemeSlug } from '@koppel/reference-data';
import type { EntityManager } from 'typeorm';
import { Random } from '../random.js';
import * as texts from './registry-texts.js';

/**
 * Spread for the overview map: initiatives that already found their money (FUNDED) in the largest municipalities
 * of each province that the registry left without any, one theme each in turn — so the map shows the big cities
 * dense, a second ring of towns covered on some themes, and the rest as gaps. FUNDED, not PUBLISHED: matching ranks
 * published initiatives only, so the matching demo stays as it is. Published over the past year, for the trend.
 * Deterministic: the same registry gives the same rows.
 */
const OVERVIEW_SEED = 20_260_413;
const PER_PROVINCE = 5;

export async function seedOverviewSpread(tx: EntityManager): Promise<{ initiatives: number }> {
  const random = new Random(OVERVIEW_SEED);
  const municipalities: { code: string; name: string; province_code: string }[] = await tx.query(
    'SELECT code, name, province_code FROM municipality ORDER BY population DESC, code',
  );
  const covered = new Set(
    (
      await tx.query<{ code: string }[]>(
        `SELECT DISTINCT unnest(municipality_codes) AS code FROM initiative WHERE status IN ('PUBLISHED','FUNDED')`,
      )
    ).map((row) => row.code),
  );
  const runners: { id: string; province_code: string | null }[] = await tx.query(
    `SELECT o.id, m.province_code FROM organisation o LEFT JOIN municipality m ON m.code = o.municipality_code
      WHERE o.kind IN ('NGO','INITIATIVE') ORDER BY o.name, o.id`,
  );
  if (!runners.length) return { initiatives: 0 };
  const provinces = [...new Set(municipalities.map((m) => m.province_code))].sort();
  const rows: Record<string, unknown>[] = [];
  provinces.forEach((province, provinceIndex) => {
    const local = runners.filter((r) => r.province_code === province);
    const uncovered = municipalities.filter((m) => m.province_code === province && !covered.has(m.code)).slice(0, PER_PROVINCE);
    uncovered.forEach((municipality, index) => {
      const theme = THEME_SLUGS[(provinceIndex + index) % THEME_SLUGS.length] as ThemeSlug;
      const text = random.pick(texts.INITIATIVES[theme]);
      const budget = random.int(10, 120) * 500;
      rows.push({
        id: random.uuid(),
        organisationId: random.pick(local.length ? local : runners).id,
        title: text.title.replaceAll('{plaats}', municipality.name),
        summary: (random.pick(text.summaries) ?? '')
          .replaceAll('{plaats}', municipality.name)
          .replaceAll('{aantal}', String(random.int(5, 40))),
        description: random.sample(texts.DESCRIPTION_SENTENCES[theme], 2).join(' '),
        themes: [theme],
        municipalityCodes: [municipality.code],
        targetGroups: random.sample(texts.TARGET_GROUPS_BY_THEME[theme], 1),
        budgetRequested: budget,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        publishedDaysAgo: random.int(5, 360),
      });
    });
  });
  await tx.query(
    `INSERT INTO initiative (id, organisation_id, title, summary, description, status, themes, municipality_codes, target_groups,
                             budget_requested, starts_on, ends_on, published_at, created_at, updated_at)
     SELECT id, "organisationId", title, summary, description, 'FUNDED', themes, "municipalityCodes", "targetGroups", "budgetRequested",
            "startsOn", "endsOn", now() - "publishedDaysAgo" * interval '1 day', now() - ("publishedDaysAgo" + 30) * interval '1 day',
            now() - "publishedDaysAgo" * interval '1 day'
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "organisationId" uuid, title text, summary text, description text, themes text[],
            "municipalityCodes" text[], "targetGroups" text[], "budgetRequested" int, "startsOn" date, "endsOn" date, "publishedDaysAgo" int)`,
    [JSON.stringify(rows)],
  );
  return { initiatives: rows.length };
}
