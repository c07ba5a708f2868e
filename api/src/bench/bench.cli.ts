import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { entitiesOf } from '../core/module.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { MODULES } from '../modules.js';
import { syncReferenceData } from '../reference/reference.sync.js';
import { benchCoverage } from './coverage.js';
import { DATASET, ensureDataset } from './dataset.js';
import { type LoadResult, load } from './load.js';
import { benchFunds, matchBody, percentile } from './matching.js';
import { startProcess } from './processes.js';
import { type Scenario, scenarios } from './queries.js';

/**
 * `npm run bench`: Koppel's API against a baseline of one hand-written SQL statement per request,
 * measured in the same run on the same database, at 1 and 10 connections. Ratios, not absolute
 * figures, are what to compare between machines.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 10];
/** `matching` runs only the matching benchmark, `coverage` only the overview's (coverage and the CSV import). */
const ONLY = process.env.BENCH_ONLY;
/** Rounds over all 200 funds at one connection. */
const MATCH_ROUNDS = Number(process.env.BENCH_MATCH_ROUNDS ?? 5);

const config = loadConfig();
const log = createLogger('warn');
const step = (message: string) => process.stdout.write(`\n▸ ${message}\n`);

step('database');
const { url, stop } = await benchDatabase();
const db = createDataSource({ url, poolSize: 4, entities: entitiesOf(MODULES) });
await db.initialize();
// Generating 10k rows a statement can pass the API's 5 s limit on a loaded machine (the queries below run one at a time, on one connection).
await db.query('SET statement_timeout = 0');
await migrate(db);
await syncReferenceData(db);

step(
  `dataset: ${DATASET.organisations} organisations, ${DATASET.initiatives} initiatives, ${DATASET.funds} funds (${DATASET.nationalFunds} national)`,
);
const bar = new SingleBar({ format: '  {bar} {percentage}% | {value}/{total} rows | {eta}s left' });
let started = false;
const outcome = await ensureDataset(db, (done, total) => {
  if (!started) bar.start(total, 0);
  started = true;
  bar.update(done);
});
if (started) bar.stop();
process.stdout.write(`  ${outcome === 'reused' ? 'reused from an earlier run' : 'generated'}\n`);
// Matching's read model, filled by a trigger (or by its migration on a reused dataset): settled like the table above.
await db.query('VACUUM ANALYZE initiative_match_profile');
const funds = await benchFunds({ query: async (text, values) => ({ rows: await db.query(text, values) }) });
await db.destroy();

step('starting the API and the baseline server');
const env = { DATABASE_URL: url, KOPPEL_DEMO_DATA: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
const api = await startProcess(new URL('../main.js', import.meta.url), env, '/readyz');
const baseline = await startProcess(new URL('./baseline-server.js', import.meta.url), env, '/');

try {
  const rows: string[][] = [];
  if (!ONLY) step('checking that both answer the same');
  for (const scenario of ONLY ? [] : scenarios()) await assertSameAnswer(scenario);
  for (const scenario of ONLY ? [] : scenarios()) {
    for (const connections of CONNECTIONS) {
      step(`${scenario.name} at ${connections} connection${connections > 1 ? 's' : ''} (${SECONDS} s each, after a warm-up)`);
      const measure = async (target: string) => {
        await load({ url: `${target}/graphql`, body: scenario.body, connections, seconds: 2 });
        return load({ url: `${target}/graphql`, body: scenario.body, connections, seconds: SECONDS });
      };
      const apiResult = await measure(api.url);
      const baselineResult = await measure(baseline.url);
      rows.push([scenario.name, String(connections), ...figures(apiResult), ...figures(baselineResult), ratio(apiResult, baselineResult)]);
    }
  }
  if (rows.length)
    printTable(['request', 'conns', 'API req/s', 'API p50', 'API p99', 'base req/s', 'base p50', 'base p99', 'API/base'], rows);
  if (!ONLY || ONLY === 'matching') await benchMatching();
  if (!ONLY || ONLY === 'coverage')
    await benchCoverage({ api, databaseUrl: url, rounds: Number(process.env.BENCH_COVERAGE_ROUNDS ?? 20), step, printTable });
} finally {
  await api.stop();
  await baseline.stop();
  await stop();
}

/**
 * matchInitiatives for every benchmark fund in turn: the same top 20 from both, then latency at one
 * connection (every fund, MATCH_ROUNDS rounds, measured per request) and throughput at 10 connections.
 */
async function benchMatching() {
  step(`matchInitiatives: checking that the API and the baseline give the same top 20 for all ${funds.length} funds`);
  const ask = async (target: string, fundId: string) => {
    const started = performance.now();
    const response = await fetch(`${target}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: matchBody(fundId),
    });
    const answer = (await response.json()) as {
      data?: { matchInitiatives: { score: number; initiative: { id: string } }[] };
      errors?: unknown;
    };
    if (!answer.data) throw new Error(`matchInitiatives for ${fundId}: ${JSON.stringify(answer.errors)}`);
    return { ms: performance.now() - started, matches: answer.data.matchInitiatives };
  };
  for (const fund of funds) {
    const [fromApi, fromBaseline] = await Promise.all([ask(api.url, fund.id), ask(baseline.url, fund.id)]);
    const ids = (m: typeof fromApi.matches) => m.map((x) => x.initiative.id).join(',');
    if (ids(fromApi.matches) !== ids(fromBaseline.matches) || fromApi.matches.length !== 20)
      throw new Error(`fund ${fund.id}: the API and the baseline disagree`);
    fromApi.matches.forEach((m, i) => {
      // The API shows each criterion's points rounded to cents and their sum; the baseline the exact sum.
      if (Math.abs(m.score - (fromBaseline.matches[i]?.score ?? Number.NaN)) > 0.05) throw new Error(`fund ${fund.id}: scores differ`);
    });
  }
  process.stdout.write(`  all ${funds.length} funds: the same 20 initiatives in the same order, scores within the API's rounding (0.05)\n`);

  const table: string[][] = [];
  for (const [name, target] of [
    ['API', api.url],
    ['baseline', baseline.url],
  ] as const) {
    step(`matchInitiatives, ${name}, 1 connection: ${MATCH_ROUNDS} rounds over ${funds.length} funds`);
    for (const fund of funds.slice(0, 20)) await ask(target, fund.id); // warm-up
    const perFund = new Map<string, number[]>();
    for (let round = 0; round < MATCH_ROUNDS; round++) {
      for (const fund of funds) {
        const { ms } = await ask(target, fund.id);
        perFund.set(fund.id, [...(perFund.get(fund.id) ?? []), ms]);
      }
    }
    const all = [...perFund.values()].flat();
    const national = funds.filter((f) => f.national).flatMap((f) => perFund.get(f.id) ?? []);
    const regional = funds.filter((f) => !f.national).flatMap((f) => perFund.get(f.id) ?? []);
    const worst = Math.max(...[...perFund.values()].map((ms) => percentile(ms, 50)));
    step(`matchInitiatives, ${name}, 10 connections (${SECONDS} s, after a warm-up)`);
    const bodies = funds.map((f) => matchBody(f.id));
    await load({ url: `${target}/graphql`, body: bodies[0] as string, bodies, connections: 10, seconds: 2 });
    const loaded = await load({ url: `${target}/graphql`, body: bodies[0] as string, bodies, connections: 10, seconds: SECONDS });
    if (loaded.errors + loaded.non2xx) throw new Error(`${loaded.errors + loaded.non2xx} failed requests during the benchmark`);
    table.push([
      name,
      `${percentile(all, 50).toFixed(1)} ms`,
      `${percentile(all, 95).toFixed(1)} ms`,
      `${percentile(national, 95).toFixed(1)} ms`,
      `${percentile(regional, 95).toFixed(1)} ms`,
      `${worst.toFixed(1)} ms`,
      loaded.requestsPerSecond.toFixed(0),
      `${loaded.p50} ms`,
      `${loaded.p99} ms`,
    ]);
  }
  const [apiRow, baseRow] = table;
  printTable(
    [
      'matchInitiatives',
      'p50 (1 conn)',
      'p95 (1 conn)',
      'p95 national',
      'p95 regional',
      'slowest fund (median)',
      'req/s (10)',
      'p50 (10)',
      'p99 (10)',
    ],
    table,
  );
  process.stdout.write(`\nAPI / baseline at 10 connections: ${(Number(apiRow?.[6]) / Number(baseRow?.[6])).toFixed(2)}\n`);
}

async function assertSameAnswer(scenario: Scenario) {
  const ask = (target: string) =>
    fetch(`${target}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: scenario.body,
    }).then(
      (response) =>
        response.json() as Promise<{ data?: { initiatives: { totalCount: number; edges: { node: { id: string } }[] } }; errors?: unknown }>,
    );
  const [fromApi, fromBaseline] = await Promise.all([ask(api.url), ask(baseline.url)]);
  const ids = (answer: typeof fromApi) => answer.data?.initiatives.edges.map((edge) => edge.node.id).join(',');
  if (fromApi.errors || !fromApi.data) throw new Error(`${scenario.name}: the API answered ${JSON.stringify(fromApi.errors)}`);
  if (ids(fromApi) !== ids(fromBaseline) || fromApi.data.initiatives.totalCount !== fromBaseline.data?.initiatives.totalCount) {
    throw new Error(`${scenario.name}: the API and the baseline disagree`);
  }
  process.stdout.write(`  ${scenario.name}: ${fromApi.data.initiatives.edges.length} edges, same ids in the same order\n`);
}

async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.DATABASE_URL) {
    // A database of its own next to Koppel's, so that the benchmark never touches real data.
    const admin = new pg.Client({ connectionString: config.DATABASE_URL });
    await admin.connect();
    const [exists] = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'koppel_bench'`)).rows;
    if (!exists) await admin.query('CREATE DATABASE koppel_bench');
    await admin.end();
    const benchUrl = new URL(config.DATABASE_URL);
    benchUrl.pathname = '/koppel_bench';
    return { url: benchUrl.toString(), stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: resolve(config.KOPPEL_DATA_DIR, 'bench'),
    port: config.KOPPEL_EMBEDDED_PG_PORT + 1,
    log,
  });
  return embedded;
}

function figures(result: LoadResult): string[] {
  const failed = result.errors + result.non2xx;
  if (failed) throw new Error(`${failed} failed requests during the benchmark`);
  return [result.requestsPerSecond.toFixed(0), `${result.p50} ms`, `${result.p99} ms`];
}

function ratio(api: LoadResult, baseline: LoadResult): string {
  return (api.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}\n`);
}
