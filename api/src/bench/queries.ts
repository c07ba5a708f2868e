/**
 * The requests the benchmark sends, each with a baseline: one hand-written SQL statement that builds
 * the same response JSON inside PostgreSQL — the fastest a GraphQL layer over this database could be.
 */
export interface Scenario {
  name: string;
  body: string;
  /** Returns the whole `{"data": …}` response as one JSON text column `body`. */
  baselineSql: string;
}

const NODE_FIELDS = `id title summary status budgetRequested startsOn endsOn
  themes { slug name } municipalities { code name } targetGroups { slug name } organisation { id name kind }`;

const pageQuery = `query Page($first: Int!) {
  initiatives(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE_FIELDS} } } }
}`;

const searchQuery = `query Search($filter: InitiativeFilter, $first: Int!) {
  initiatives(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE_FIELDS} } } }
}`;

const TARGET_GROUP_NAMES = `(VALUES ('STATUSHOUDERS','statushouders'),('ASYLUM_SEEKERS','asielzoekers'),('CHILDREN_AND_YOUTH','kinderen en jongeren'),
  ('WOMEN','vrouwen'),('FAMILIES','gezinnen'),('MIGRATION_BACKGROUND','mensen met een migratieachtergrond'),
  ('PROFESSIONALS_AND_VOLUNTEERS','professionals en vrijwilligers die met hen werken')) AS g(slug, name)`;

/** `node` of one initiative row `p`, with its relations, as JSON. */
const NODE_JSON = `json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'status', p.status, 'budgetRequested', p.budget_requested,
  'startsOn', p.starts_on, 'endsOn', p.ends_on,
  'themes', COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name_nl) ORDER BY t.position) FROM theme t WHERE t.slug = ANY (p.themes)), '[]'),
  'municipalities', COALESCE((SELECT json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY u.n)
      FROM unnest(p.municipality_codes) WITH ORDINALITY AS u(code, n) JOIN municipality m ON m.code = u.code), '[]'),
  'targetGroups', COALESCE((SELECT json_agg(json_build_object('slug', g.slug, 'name', g.name)) FROM ${TARGET_GROUP_NAMES} WHERE g.slug = ANY (p.target_groups)), '[]'),
  'organisation', (SELECT json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) FROM organisation o WHERE o.id = p.organisation_id))`;

const cursorJson = (payload: string) => `translate(encode(convert_to(${payload}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

function connectionSql(options: {
  where: string;
  orderBy: string;
  first: number;
  rank?: string;
  cursor: string;
  totalCount: boolean;
}): string {
  const order = (alias: string) => options.orderBy.replaceAll('i.', alias);
  return `WITH page AS (
      SELECT i.*${options.rank ? `, ${options.rank} AS rank` : ''} FROM initiative i WHERE ${options.where}
      ORDER BY ${options.orderBy} LIMIT ${options.first + 1}
    ), edges AS (
      SELECT COALESCE(json_agg(json_build_object('cursor', ${cursorJson(options.cursor)}, 'node', ${NODE_JSON}) ORDER BY ${order('p.')}), '[]') AS list
        FROM (SELECT * FROM page ORDER BY ${order('')} LIMIT ${options.first}) p
    )
    SELECT json_build_object('data', json_build_object('initiatives', json_build_object(
      ${options.totalCount ? `'totalCount', (SELECT count(*) FROM initiative i WHERE ${options.where}),` : ''}
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > ${options.first}, 'endCursor', (SELECT list->-1->>'cursor' FROM edges)),
      'edges', (SELECT list FROM edges)
    )))::text AS body`;
}

const LISTED = `i.status IN ('PUBLISHED','FUNDED')`;
const NEWEST_CURSOR = `json_build_object('o', 'newest', 'k', json_build_array(to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), p.id))`;

export const SEARCH = { text: 'taalcoaching', themes: ['EDUCATION'], provinceCodes: ['PV27', 'PV28'] } as const;

export function scenarios(): Scenario[] {
  const tsquery = `websearch_to_tsquery('dutch', '${SEARCH.text}')`;
  // `place_codes` holds an initiative's municipalities, their provinces and NL when national (kept by a trigger).
  const places = `'{${[...SEARCH.provinceCodes, 'NL'].join(',')}}'::text[]`;
  return [
    {
      name: 'page of 50',
      body: JSON.stringify({ query: pageQuery, variables: { first: 50 } }),
      baselineSql: connectionSql({
        where: LISTED,
        orderBy: 'i.created_at DESC, i.id DESC',
        first: 50,
        cursor: NEWEST_CURSOR,
        totalCount: false,
      }),
    },
    {
      name: 'search + filters, 20 + count',
      body: JSON.stringify({
        query: searchQuery,
        variables: { first: 20, filter: { search: SEARCH.text, themes: SEARCH.themes, provinceCodes: SEARCH.provinceCodes } },
      }),
      baselineSql: connectionSql({
        where: `${LISTED} AND i.themes && '{${SEARCH.themes.join(',')}}'::text[] AND i.place_codes && ${places} AND i.search_vector @@ ${tsquery}`,
        orderBy: 'rank DESC, i.id ASC',
        rank: `ts_rank(i.search_vector, ${tsquery})`,
        first: 20,
        totalCount: true,
        cursor: `json_build_object('o', 'relevance', 'k', json_build_array(p.rank, p.id))`,
      }),
    },
  ];
}

/**
 * One request of the read benchmark: Koppel's GraphQL request (the floor answers the very same one) and
 * the same question put to PostGraphile, its fields aliased to Koppel's names so that all three answer
 * the same JSON shape; null when PostGraphile cannot be asked it.
 */
export interface ReadRequest {
  /** Short name for `BENCH_REQUESTS` (comma-separated) to run only some. */
  key: string;
  name: string;
  body: string;
  peerBody: string | null;
}

const CONNECTION_FIELDS = (nodeFields: string) => `pageInfo { hasNextPage endCursor } edges { cursor node { ${nodeFields} } }`;

/** Koppel's queries by kind; the floor server picks its statement by the query text. */
export const FLOOR_QUERIES = {
  page: pageQuery,
  one: `query One($id: ID!) { initiative(id: $id) { ${NODE_FIELDS} } }`,
  filtered: `query Filtered($filter: InitiativeFilter, $first: Int!) { initiatives(filter: $filter, first: $first) { ${CONNECTION_FIELDS(NODE_FIELDS)} } }`,
  search: searchQuery,
} as const;

export const FILTER = { themes: ['EDUCATION'], provinceCodes: ['PV27', 'PV28'] } as const;

/** The read requests; `initiativeId` is a published initiative for the request by id. */
export function readRequests(sample: { initiativeId: string }, peerNodeFields: string): ReadRequest[] {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const places = [...FILTER.provinceCodes, 'NL'];
  const newest = 'orderBy: [CREATED_AT_DESC, ROW_ID_DESC]';
  return [
    {
      key: 'page',
      name: 'page of 50',
      body: body(FLOOR_QUERIES.page, { first: 50 }),
      peerBody: body(
        `query Page($first: Int!) { initiatives: allInitiatives(first: $first, ${newest}, condition: { listed: true }) { ${CONNECTION_FIELDS(peerNodeFields)} } }`,
        { first: 50 },
      ),
    },
    {
      key: 'one',
      name: 'one by id',
      body: body(FLOOR_QUERIES.one, { id: sample.initiativeId }),
      peerBody: body(`query One($id: UUID!) { initiative: initiativeByRowId(rowId: $id) { ${peerNodeFields} } }`, {
        id: sample.initiativeId,
      }),
    },
    {
      key: 'filtered',
      name: 'a theme in two provinces, 20',
      body: body(FLOOR_QUERIES.filtered, { first: 20, filter: FILTER }),
      peerBody: body(
        `query Filtered($first: Int!, $themes: [String!], $places: [String!]) { initiatives: allInitiatives(first: $first, ${newest},
          condition: { listed: true, themesOverlap: $themes, placesOverlap: $places }) { ${CONNECTION_FIELDS(peerNodeFields)} } }`,
        { first: 20, themes: FILTER.themes, places },
      ),
    },
    {
      key: 'search',
      name: 'search + filters, 20 + count',
      body: body(FLOOR_QUERIES.search, { first: 20, filter: { search: SEARCH.text, ...FILTER } }),
      peerBody: body(
        `query Search($first: Int!, $q: String!, $themes: [String!]!, $places: [String!]!) {
          initiatives: benchSearchInitiatives(q: $q, themes: $themes, places: $places, first: $first) { totalCount ${CONNECTION_FIELDS(peerNodeFields)} } }`,
        { first: 20, q: SEARCH.text, themes: FILTER.themes, places },
      ),
    },
  ];
}
