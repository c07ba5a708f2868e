import { TARGET_GROUP_LABELS, TARGET_GROUP_SLUGS } from '@koppel/reference-data';

/**
 * What PostGraphile (the benchmark's peer) needs to be asked the same questions as Koppel, on the same
 * tables: computed columns for an initiative's themes, municipalities and target groups with their names
 * (Koppel stores their slugs and codes in arrays), and the Dutch search as a custom query (PostGraphile
 * has no full-text search of its own). Created, or replaced, in the benchmark database before it starts.
 */
const targetGroups = TARGET_GROUP_SLUGS.map(
  (slug, position) => `('${slug}', ${position}, '${TARGET_GROUP_LABELS[slug].nl.replaceAll("'", "''")}')`,
).join(', ');

export const PEER_SQL = [
  `CREATE OR REPLACE FUNCTION initiative_theme_refs(i initiative) RETURNS SETOF theme LANGUAGE sql STABLE AS $$
     SELECT t.* FROM theme t WHERE t.slug = ANY (i.themes) ORDER BY t.position $$`,
  `CREATE OR REPLACE FUNCTION initiative_municipality_refs(i initiative) RETURNS SETOF municipality LANGUAGE sql STABLE AS $$
     SELECT m.* FROM unnest(i.municipality_codes) WITH ORDINALITY AS u(code, n) JOIN municipality m ON m.code = u.code ORDER BY u.n $$`,
  `CREATE OR REPLACE FUNCTION initiative_target_group_refs(i initiative) RETURNS TABLE (slug text, name text) LANGUAGE sql STABLE AS $$
     SELECT g.slug, g.name FROM (VALUES ${targetGroups}) AS g(slug, position, name) WHERE g.slug = ANY (i.target_groups) ORDER BY g.position $$`,
  `CREATE OR REPLACE FUNCTION bench_search_initiatives(q text, themes text[], places text[]) RETURNS SETOF initiative LANGUAGE sql STABLE AS $$
     SELECT i.* FROM initiative i
      WHERE i.status IN ('PUBLISHED','FUNDED') AND i.themes && $2 AND i.place_codes && $3
        AND i.search_vector @@ websearch_to_tsquery('dutch', $1)
      ORDER BY ts_rank(i.search_vector, websearch_to_tsquery('dutch', $1)) DESC, i.id $$`,
  ...['initiative_theme_refs', 'initiative_municipality_refs', 'initiative_target_group_refs'].map(
    (name) => `COMMENT ON FUNCTION ${name}(initiative) IS E'@behavior -connection +list'`,
  ),
];

/** An initiative's fields as PostGraphile names them, aliased to Koppel's names so that both answer the same JSON shape. */
export const PEER_NODE_FIELDS = `id: rowId title summary status budgetRequested startsOn endsOn
  themes: themeRefsList { slug name: nameNl } municipalities: municipalityRefsList { code name }
  targetGroups: targetGroupRefsList { slug name } organisation: organisationByOrganisationId { id: rowId name kind }`;
