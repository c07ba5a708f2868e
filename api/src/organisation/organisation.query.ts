import type { EntityManager } from 'typeorm';
import { isUuid } from '../core/ids.js';

/** Ids of the organisations whose contact address is this e-mail address (any case), in id order. */
export async function organisationsWithContactEmail(db: Pick<EntityManager, 'query'>, email: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query('SELECT id FROM organisation WHERE lower(contact_email) = lower($1) ORDER BY id', [email]);
  return rows.map((r) => r.id);
}

/**
 * Locks organisations for membership changes, in id order (the one order every writer uses, so two
 * transactions never wait for each other in a circle). The parent row is locked rather than the
 * membership rows: it also serialises adding the first member to an organisation that has none.
 * `FOR NO KEY UPDATE` leaves inserts that merely reference the organisation (initiatives, needs) alone.
 * Returns the ids that exist.
 */
export async function lockOrganisations(tx: EntityManager, organisationIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(organisationIds)].filter(isUuid).sort();
  if (!ids.length) return [];
  const rows: { id: string }[] = await tx.query('SELECT id FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE', [
    ids,
  ]);
  return rows.map((r) => r.id);
}

/** Id, name and kind of organisations, by id (for another feature's summaries). */
export async function organisationSummaries(
  db: Pick<EntityManager, 'query'>,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; kind: string }>> {
  const rows: { id: string; name: string; kind: string }[] = await db.query(
    'SELECT id, name, kind FROM organisation WHERE id = ANY($1::uuid[])',
    [ids.filter(isUuid)],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export interface CompositionPlace {
  /** The caller's key (a table's id); each row carries it back. */
  key: string;
  theme: string;
  provinceCode: string | null;
  /** Named organisations (the funds serving the place, the organisers). */
  alsoIds: readonly string[];
}

/**
 * Organisations that could sit at a table on a theme in a province: those located in the province,
 * those working on the theme, and the named ones, at most 2000 per place, by id. One statement for
 * any number of places.
 */
export async function compositionCandidates(
  db: Pick<EntityManager, 'query'>,
  places: readonly CompositionPlace[],
): Promise<{ key: string; id: string; kind: string; themes: string[]; municipalityCode: string | null; provinceCode: string | null }[]> {
  if (!places.length) return [];
  const json = places.map((p) => ({ key: p.key, theme: p.theme, province: p.provinceCode, also: p.alsoIds.filter(isUuid) }));
  return db.query(
    `SELECT p.key, c.* FROM jsonb_to_recordset($1::jsonb) AS p(key text, theme text, province text, also uuid[])
      CROSS JOIN LATERAL (
        SELECT o.id, o.kind, o.themes, o.municipality_code AS "municipalityCode", m.province_code AS "provinceCode"
          FROM organisation o LEFT JOIN municipality m ON m.code = o.municipality_code
         WHERE m.province_code = p.province OR p.theme = ANY(o.themes) OR o.id = ANY(p.also)
         ORDER BY o.id LIMIT 2000) c`,
    [JSON.stringify(json)],
  );
}

/** Name, KvK number, website and municipality of organisations, by id: how another feature's open data names them. */
export async function organisationIdentities(
  db: Pick<EntityManager, 'query'>,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; kvkNumber: string | null; website: string | null; municipalityCode: string | null }>> {
  const rows: { id: string; name: string; kvkNumber: string | null; website: string | null; municipalityCode: string | null }[] =
    await db.query(
      `SELECT id, name, kvk_number AS "kvkNumber", website, municipality_code AS "municipalityCode" FROM organisation WHERE id = ANY($1::uuid[])`,
      [ids.filter(isUuid)],
    );
  return new Map(rows.map((row) => [row.id, row]));
}
