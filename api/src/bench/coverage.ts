import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { coverageStatement } from '../overview/overview.query.js';
import { percentile } from './matching.js';
import type { ServerProcess } from './processes.js';

/**
 * The overview benchmark (`BENCH_ONLY=coverage`): `coverage(level: MUNICIPALITY)` for all 342 municipalities over
 * GraphQL on the 100k-initiative dataset, for all themes and each theme in turn, at one connection, beside a
 * baseline that answers with ONE SQL statement building the same rows as JSON inside PostgreSQL (the API's own
 * statement, wrapped, sent straight over a pg connection: no HTTP, no GraphQL). Then a CSV import of 10,000
 * rows through `POST /api/organisations/{id}/initiatives.csv`: time and the API process's peak memory.
 */
const THEMES = [null, 'EDUCATION', 'LABOUR_MARKET', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION'] as const;
const QUERY =
  'query ($theme: ThemeSlug) { coverage(level: MUNICIPALITY, theme: $theme) { code name population initiatives fundsServing fundingRequested fundingCommitted tables openCommitments perHundredThousand gap } }';

export async function benchCoverage(options: {
  api: ServerProcess;
  databaseUrl: string;
  rounds: number;
  step: (message: string) => void;
  printTable: (header: string[], rows: string[][]) => void;
}): Promise<void> {
  const { api, step } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const baseline = THEMES.map((theme) => {
      const { sql, params } = coverageStatement('MUNICIPALITY', { theme });
      return { text: `SELECT json_agg(c)::text AS body FROM (${sql}) c`, values: params };
    });
    const askApi = async (theme: string | null) => {
      const started = performance.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { theme } }),
      });
      const body = (await response.json()) as { data?: { coverage: { code: string; initiatives: number }[] }; errors?: unknown };
      if (!body.data) throw new Error(`coverage: ${JSON.stringify(body.errors)}`);
      return { ms: performance.now() - started, rows: body.data.coverage };
    };
    const askBaseline = async (index: number) => {
      const started = performance.now();
      const statement = baseline[index] as { text: string; values: unknown[] };
      const { rows } = await client.query<{ body: string }>(statement.text, statement.values);
      const parsed = JSON.parse(rows[0]?.body ?? '[]') as { code: string; initiatives: number }[];
      return { ms: performance.now() - started, rows: parsed };
    };

    step('coverage: checking that the API and the baseline give the same 342 rows for every theme');
    for (const [index, theme] of THEMES.entries()) {
      const [fromApi, fromBaseline] = [await askApi(theme), await askBaseline(index)];
      const key = (rows: { code: string; initiatives: number }[]) => rows.map((r) => `${r.code}:${r.initiatives}`).join(',');
      if (fromApi.rows.length !== 342 || key(fromApi.rows) !== key(fromBaseline.rows))
        throw new Error(`coverage ${theme}: the API and the baseline disagree`);
    }
    const sample = await askApi(null);
    const covered = sample.rows.filter((r) => r.initiatives > 0).length;
    process.stdout.write(`  same rows (342, ${covered} municipalities with initiatives)\n`);

    const table: string[][] = [];
    for (const name of ['API', 'baseline'] as const) {
      step(`coverage(level: MUNICIPALITY), ${name}, 1 connection: ${options.rounds} rounds over the 6 theme choices`);
      for (let i = 0; i < 6; i++) await (name === 'API' ? askApi(THEMES[i] ?? null) : askBaseline(i)); // warm-up
      const all: number[] = [];
      const allThemes: number[] = [];
      for (let round = 0; round < options.rounds; round++) {
        for (const [index, theme] of THEMES.entries()) {
          const { ms } = name === 'API' ? await askApi(theme) : await askBaseline(index);
          all.push(ms);
          if (theme === null) allThemes.push(ms);
        }
      }
      table.push([
        name,
        String(all.length),
        `${percentile(all, 50).toFixed(1)} ms`,
        `${percentile(all, 95).toFixed(1)} ms`,
        `${percentile(allThemes, 95).toFixed(1)} ms`,
        `${Math.max(...all).toFixed(1)} ms`,
      ]);
    }
    options.printTable(['coverage(MUNICIPALITY)', 'requests', 'p50', 'p95', 'p95 all themes', 'max'], table);

    await benchImport(options, client);
  } finally {
    await client.end();
  }
}

/** 10,000 valid rows through the HTTP import as an EDITOR of a new organisation; its initiatives are deleted afterwards. */
async function benchImport(options: { api: ServerProcess; step: (message: string) => void }, client: pg.Client): Promise<void> {
  const { api, step } = options;
  step('CSV import: 10,000 rows through POST /api/organisations/{id}/initiatives.csv');
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { token?: string; id?: string }>; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const email = `bench-import-${Date.now()}@koppel.bench`;
  const { signUp } = await gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email, password: 'bench-import-password-2026', name: 'Bench Import' },
  });
  const token = signUp?.token as string;
  const { createOrganisation } = await gql(
    'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name: `Stichting Bench Import ${Date.now()}`, kind: 'NGO', themes: ['EDUCATION'] } },
    token,
  );
  const organisationId = createOrganisation?.id as string;
  const places = ['GM0363', 'GM0344', 'GM0193', 'GM0855', 'GM0599', 'GM0518', 'GM0014', 'GM0153'];
  const lines = ['title;summary;description;themes;municipalityCodes;national;targetGroups;budgetRequested;startsOn;endsOn'];
  for (let n = 1; n <= 10_000; n++)
    lines.push(
      `Taalcafé ${n};Samen Nederlands oefenen, groep ${n}.;Wekelijks met vrijwilligers uit de buurt.;EDUCATION|VOLUNTEERING;${places[n % places.length]};nee;STATUSHOUDERS;${1000 + n};2026-09-01;2027-08-31`,
    );
  const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
  const pid = api.pid;
  const memory = (field: 'VmHWM' | 'VmRSS') => {
    if (!pid) return Number.NaN;
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  };
  try {
    // Resets the process's peak RSS (Linux: 5 > clear_refs), so that VmHWM afterwards is the import's peak.
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not allowed here: VmHWM is then the process's peak since it started.
  }
  const before = memory('VmRSS');
  const started = performance.now();
  const response = await fetch(`${api.url}/api/organisations/${organisationId}/initiatives.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });
  const report = (await response.json()) as { imported?: number; rejected?: number };
  const ms = performance.now() - started;
  const peak = memory('VmHWM');
  if (report.imported !== 10_000) throw new Error(`import: ${JSON.stringify(report).slice(0, 500)}`);
  process.stdout.write(
    `  ${(csv.length / 1024 / 1024).toFixed(1)} MB, 10,000 rows imported as drafts in ${(ms / 1000).toFixed(2)} s; ` +
      `API process RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the import\n`,
  );
  await client.query('DELETE FROM audit_entry WHERE organisation_id = $1', [organisationId]);
  await client.query('DELETE FROM organisation WHERE id = $1', [organisationId]);
}
