import { THEME_LABELS, THEME_SLUGS } from '@koppel/reference-data';
import { loadMunicipalities, loadProvinces } from '@koppel/reference-data/regions';
import type { DataSource } from 'typeorm';

/**
 * Loads the reference data that ships with Koppel. Rows that exist are left alone: alliance admins
 * may have corrected them, and codes are never reused by CBS.
 */
export async function syncReferenceData(db: DataSource): Promise<void> {
  const provinces = loadProvinces();
  const municipalities = loadMunicipalities();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO theme (slug, position, name_nl, name_en)
       SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[])
       ON CONFLICT (slug) DO NOTHING`,
      [
        THEME_SLUGS,
        THEME_SLUGS.map((_, i) => i + 1),
        THEME_SLUGS.map((s) => THEME_LABELS[s].nl),
        THEME_SLUGS.map((s) => THEME_LABELS[s].en),
      ],
    );
    await tx.query(
      `INSERT INTO province (code, name, official_name, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (code) DO NOTHING`,
      [
        provinces.map((p) => p.code),
        provinces.map((p) => p.name),
        provinces.map((p) => p.officialName),
        provinces.map((p) => p.population),
      ],
    );
    await tx.query(
      `INSERT INTO municipality (code, name, province_code, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (code) DO NOTHING`,
      [
        municipalities.map((m) => m.code),
        municipalities.map((m) => m.name),
        municipalities.map((m) => m.provinceCode),
        municipalities.map((m) => m.population),
      ],
    );
  });
}
