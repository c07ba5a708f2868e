import type { Locale } from '@koppel/reference-data';
import { createUnionType } from 'type-graphql';
import type { Context } from '../core/context.js';
import type { FieldProblems } from '../core/errors.js';
import { Municipality, Province } from './reference.entity.js';

/** A municipality or a province: where an organisation is active, or what a fund serves. */
export const Region = createUnionType({
  name: 'Region',
  description: 'A municipality or a province.',
  types: () => [Municipality, Province] as const,
  resolveType: (value) => (value instanceof Province || !('provinceCode' in value) ? 'Province' : 'Municipality'),
});

/** Municipalities, then provinces, in the order given. */
export async function regionsOf(
  ctx: Context,
  municipalityCodes: readonly string[],
  provinceCodes: readonly string[],
): Promise<(Municipality | Province)[]> {
  const [municipalities, provinces] = await Promise.all([
    ctx.loaders.reference.municipality.loadMany(municipalityCodes),
    ctx.loaders.reference.province.loadMany(provinceCodes),
  ]);
  return [...municipalities, ...provinces].filter((r): r is Municipality | Province => r instanceof Municipality || r instanceof Province);
}

export interface PlaceFields {
  /** Field name → municipality codes (`municipalityCodes` names each entry: `municipalityCodes.1`). */
  municipalities?: Record<string, readonly string[] | string | null | undefined>;
  provinces?: Record<string, readonly string[] | null | undefined>;
}

/**
 * Checks that every municipality and province code exists (through the request's loaders: one query
 * for all of them) and names each unknown one, e.g. `{ "municipalityCodes.1": "Deze gemeente bestaat niet." }`.
 */
export async function unknownPlaces(ctx: Context, fields: PlaceFields): Promise<FieldProblems> {
  const problems: FieldProblems = {};
  const check = async (
    entries: Record<string, readonly string[] | string | null | undefined> | undefined,
    load: (codes: string[]) => Promise<unknown[]>,
    message: (code: string, locale: Locale) => string,
  ) => {
    for (const [field, value] of Object.entries(entries ?? {})) {
      if (value === null || value === undefined) continue;
      const codes = typeof value === 'string' ? [value] : [...value];
      const found = await load(codes);
      codes.forEach((code, index) => {
        if (!found[index] || found[index] instanceof Error)
          problems[typeof value === 'string' ? field : `${field}.${index}`] = message(code, ctx.locale);
      });
    }
  };
  await Promise.all([
    check(
      fields.municipalities,
      (codes) => ctx.loaders.reference.municipality.loadMany(codes),
      (code, locale) => (locale === 'nl' ? `Gemeente ${code} bestaat niet.` : `Municipality ${code} does not exist.`),
    ),
    check(
      fields.provinces,
      (codes) => ctx.loaders.reference.province.loadMany(codes),
      (code, locale) => (locale === 'nl' ? `Provincie ${code} bestaat niet.` : `Province ${code} does not exist.`),
    ),
  ]);
  return problems;
}

/** SQL: the codes of the municipalities in the provinces of parameter `provinces` (a `text[]`). */
export const municipalitiesInProvinces = (provinces: string) =>
  `ARRAY(SELECT m.code FROM municipality m WHERE m.province_code = ANY(${provinces}::text[]))`;

/** SQL: the provinces of the municipalities of parameter `municipalities` (a `text[]`). */
export const provincesOfMunicipalities = (municipalities: string) =>
  `ARRAY(SELECT m.province_code FROM municipality m WHERE m.code = ANY(${municipalities}::text[]))`;

/** SQL (rows `code, name, population`): every region of a level, the 12 provinces or the 342 municipalities. */
export const regionsOfLevel = (level: 'PROVINCE' | 'MUNICIPALITY') =>
  level === 'PROVINCE' ? 'SELECT code, name, population FROM province' : 'SELECT code, name, population FROM municipality';
