import { createServer } from 'node:http';
import { TARGET_GROUP_LABELS, type TargetGroupSlug } from '@koppel/reference-data';
import pg from 'pg';
import { FLOOR_QUERIES } from './queries.js';

/**
 * The benchmark's floor: what any server in Node needs at least for a benchmark request — a bare
 * `node:http` server that reads the request, runs one prepared statement (organisation joined, names of
 * themes, municipalities and target groups from memory like Koppel's reference cache), turns its rows
 * into the response and writes it with `JSON.stringify`. No GraphQL, no validation, no limits.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const [themeRows, municipalityRows] = await Promise.all([
  pool.query<{ slug: string; name_nl: string }>('SELECT slug, name_nl FROM theme ORDER BY position'),
  pool.query<{ code: string; name: string }>('SELECT code, name FROM municipality'),
]);
const themeNames = new Map(themeRows.rows.map((t) => [t.slug, t.name_nl]));
const themeOrder = new Map(themeRows.rows.map((t, i) => [t.slug, i]));
const municipalityNames = new Map(municipalityRows.rows.map((m) => [m.code, m.name]));
const groupOrder = new Map(Object.keys(TARGET_GROUP_LABELS).map((slug, i) => [slug, i]));

const LISTED = `i.status IN ('PUBLISHED','FUNDED')`;
const COLUMNS = `i.id, i.title, i.summary, i.status, i.budget_requested, i.starts_on::text AS starts_on, i.ends_on::text AS ends_on,
  i.themes, i.municipality_codes, i.target_groups, i.created_at, o.id AS org_id, o.name AS org_name, o.kind AS org_kind`;
const FROM = 'FROM initiative i JOIN organisation o ON o.id = i.organisation_id';
const NEWEST = 'ORDER BY i.created_at DESC, i.id DESC';

interface Row {
  id: string;
  title: string;
  summary: string;
  status: string;
  budget_requested: number | null;
  starts_on: string | null;
  ends_on: string | null;
  themes: string[];
  municipality_codes: string[];
  target_groups: string[];
  created_at: Date;
  org_id: string;
  org_name: string;
  org_kind: string;
  rank?: number;
  total?: string;
}

const node = (r: Row) => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  status: r.status,
  budgetRequested: r.budget_requested,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  themes: [...r.themes]
    .sort((a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0))
    .map((slug) => ({ slug, name: themeNames.get(slug) })),
  municipalities: r.municipality_codes.map((code) => ({ code, name: municipalityNames.get(code) })),
  targetGroups: [...r.target_groups]
    .sort((a, b) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0))
    .map((slug) => ({ slug, name: TARGET_GROUP_LABELS[slug as TargetGroupSlug].nl })),
  organisation: { id: r.org_id, name: r.org_name, kind: r.org_kind },
});

const cursor = (order: string, values: unknown[]) => Buffer.from(JSON.stringify({ o: order, k: values })).toString('base64url');

function connection(rows: Row[], first: number, cursorOf: (r: Row) => string, totalCount?: number) {
  const page = rows.length > first ? rows.slice(0, first) : rows;
  const edges = page.map((r) => ({ cursor: cursorOf(r), node: node(r) }));
  return {
    ...(totalCount === undefined ? {} : { totalCount }),
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}
const newestCursor = (r: Row) => cursor('newest', [r.created_at.toISOString(), r.id]);

type Variables = Record<string, unknown> & { filter?: { themes?: string[]; provinceCodes?: string[]; search?: string } };
const handlers = new Map<string, (v: Variables) => Promise<unknown>>([
  [
    FLOOR_QUERIES.page,
    async (v) => {
      const first = Number(v.first);
      const { rows } = await pool.query<Row>({
        name: 'floor_page',
        text: `SELECT ${COLUMNS} ${FROM} WHERE ${LISTED} ${NEWEST} LIMIT $1`,
        values: [first + 1],
      });
      return { initiatives: connection(rows, first, newestCursor) };
    },
  ],
  [
    FLOOR_QUERIES.one,
    async (v) => {
      const { rows } = await pool.query<Row>({
        name: 'floor_one',
        text: `SELECT ${COLUMNS} ${FROM} WHERE i.id = $1 AND ${LISTED}`,
        values: [v.id],
      });
      return { initiative: rows[0] ? node(rows[0]) : null };
    },
  ],
  [
    FLOOR_QUERIES.filtered,
    async (v) => {
      const first = Number(v.first);
      const { rows } = await pool.query<Row>({
        name: 'floor_filtered',
        text: `SELECT ${COLUMNS} ${FROM} WHERE ${LISTED} AND i.themes && $1::text[] AND i.place_codes && $2::text[] ${NEWEST} LIMIT $3`,
        values: [v.filter?.themes, [...(v.filter?.provinceCodes ?? []), 'NL'], first + 1],
      });
      return { initiatives: connection(rows, first, newestCursor) };
    },
  ],
  [
    FLOOR_QUERIES.search,
    async (v) => {
      const first = Number(v.first);
      const { rows } = await pool.query<Row>({
        name: 'floor_search',
        text: `SELECT ${COLUMNS}, ts_rank(i.search_vector, q) AS rank, count(*) OVER () AS total
                 ${FROM}, websearch_to_tsquery('dutch', $1) AS q
                WHERE ${LISTED} AND i.themes && $2::text[] AND i.place_codes && $3::text[] AND i.search_vector @@ q
                ORDER BY rank DESC, i.id LIMIT $4`,
        values: [v.filter?.search, v.filter?.themes, [...(v.filter?.provinceCodes ?? []), 'NL'], first + 1],
      });
      const total = Number(rows[0]?.total ?? 0);
      return { initiatives: connection(rows, first, (r) => cursor('relevance', [r.rank, r.id]), total) };
    },
  ],
]);

const server = createServer((request, response) => {
  if (request.method === 'GET') {
    response.writeHead(200).end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const handler = handlers.get(query);
      if (!handler) {
        response.writeHead(400).end('unknown request');
        return;
      }
      const body = JSON.stringify({ data: await handler(variables ?? {}) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
