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
import { DATASET, ensureDataset } from './dataset.js';
import { type LoadResult, load } from './load.js';
import { startProcess } from './processes.js';
import { type Scenario, scenarios } from './queries.js';

/**
 * `npm run bench`: Koppel's API against a baseline of one hand-written SQL statement per request,
 * measured in the same run on the same database, at 1 and 10 connections. Ratios, not absolute
 * figures, are what to compare between machines.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 10];

const config = loadConfig();
const log = createLogger('warn');
const step = (message: string) => process.stdout.write(`\n▸ ${message}\n`);

step('database');
const { url, stop } = await benchDatabase();
const db = createDataSource({ url, poolSize: 4, entities: entitiesOf(MODULES) });
await db.initialize();
await migrate(db);
await syncReferenceData(db);

step(`dataset: ${DATASET.organisations} organisations, ${DATASET.initiatives} initiatives`);
const bar = new SingleBar({ format: '  {bar} {percentage}% | {value}/{total} rows | {eta}s left' });
let started = false;
const outcome = await ensureDataset(db, (done, total) => {
  if (!started) bar.start(total, 0);
  started = true;
  bar.update(done);
});
if (started) bar.stop();
process.stdout.write(`  ${outcome === 'reused' ? 'reused from an earlier run' : 'generated'}\n`);
await db.destroy();

step('starting the API and the baseline server');
const env = { DATABASE_URL: url, KOPPEL_DEMO_DATA: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
const api = await startProcess(new URL('../main.js', import.meta.url), env, '/readyz');
const baseline = await startProcess(new URL('./baseline-server.js', import.meta.url), env, '/');

try {
  step('checking that both answer the same');
  for (const scenario of scenarios()) await assertSameAnswer(scenario);

  const rows: string[][] = [];
  for (const scenario of scenarios()) {
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
  printTable(['request', 'conns', 'API req/s', 'API p50', 'API p99', 'base req/s', 'base p50', 'base p99', 'API/base'], rows);
} finally {
  await api.stop();
  await baseline.stop();
  await stop();
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
