import { cpus, loadavg } from 'node:os';
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
import { load } from './load.js';
import { benchFunds, matchBody, percentile } from './matching.js';
import { PEER_NODE_FIELDS, PEER_SQL } from './peer.js';
import { type ServerProcess, startProcess } from './processes.js';
import { type ReadRequest, readRequests } from './queries.js';

/**
 * `npm run bench`: Koppel's API, PostGraphile (the peer) and a floor (one prepared statement, rows to
 * JSON in a bare Node server), measured in the same run on the same database, in interleaved rounds at 1
 * and 10 connections; then matching against its baseline. Ratios within one run, not absolute figures,
 * are what to compare between machines.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Seconds of load before each measurement (every server, every round). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
/** Interleaved rounds per request and connection count (servers in rotating order); the median counts. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number);
/** Parts to run, comma-separated (see PARTS), e.g. `matching`; all when unset. */
const ONLY = process.env.BENCH_ONLY?.split(',');
/** Read requests to run, by key (see readRequests), comma-separated; all when unset. */
const REQUESTS = process.env.BENCH_REQUESTS?.split(',');
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
const [sample] = await db.query(
  `SELECT id AS "initiativeId" FROM initiative WHERE status = 'PUBLISHED' ORDER BY created_at DESC, id DESC OFFSET 1000 LIMIT 1`,
);
for (const sql of PEER_SQL) await db.query(sql);
await db.destroy();

const env = { DATABASE_URL: url, KOPPEL_DEMO_DATA: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'production', GRAPHILE_ENV: 'production' };
const SERVERS = {
  api: { script: './main.js', ready: '/readyz' },
  baseline: { script: './bench/baseline-server.js', ready: '/' },
  peer: { script: './bench/peer-server.js', ready: '/readyz' },
  floor: { script: './bench/floor-server.js', ready: '/' },
} as const;
type ServerName = keyof typeof SERVERS;
const running = new Map<ServerName, Promise<ServerProcess>>();
/** Each server in its own process, started the first time a part needs it. */
function server(name: ServerName): Promise<ServerProcess> {
  let child = running.get(name);
  if (!child) {
    step(`starting ${name}`);
    child = startProcess(new URL(`../${SERVERS[name].script}`, import.meta.url), env, SERVERS[name].ready);
    running.set(name, child);
  }
  return child;
}
let api!: ServerProcess;
let baseline!: ServerProcess;

/** The parts of the benchmark, in order; `BENCH_ONLY` picks some by name. */
const PARTS: { name: string; run: () => Promise<void> }[] = [
  { name: 'reads', run: benchReads },
  {
    name: 'matching',
    run: async () => {
      [api, baseline] = await Promise.all([server('api'), server('baseline')]);
      await benchMatching();
    },
  },
  {
    name: 'coverage',
    run: async () => {
      const rounds = Number(process.env.BENCH_COVERAGE_ROUNDS ?? 20);
      await benchCoverage({ api: await server('api'), databaseUrl: url, rounds, step, printTable });
    },
  },
];

process.stdout.write(
  `\nNode ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
try {
  for (const part of PARTS) if (!ONLY || ONLY.includes(part.name)) await part.run();
} finally {
  for (const child of running.values()) await (await child).stop();
  await stop();
}
process.stdout.write(
  `\nload average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Milliseconds of the server process's CPU (user + system) per answered request. */
  cpuPerRequest: number;
}

/**
 * The read requests: Koppel, PostGraphile and the floor give the same answer, then each is loaded in
 * interleaved rounds (servers in rotating order, each after its own warm-up); the median of the rounds.
 */
async function benchReads() {
  const [koppel, peer, floor] = await Promise.all([server('api'), server('peer'), server('floor')]);
  const servers = { Koppel: koppel, PostGraphile: peer, floor } as const;
  type Name = keyof typeof servers;
  const requests = readRequests(sample, PEER_NODE_FIELDS).filter((r) => !REQUESTS || REQUESTS.includes(r.key));

  step('checking that Koppel, PostGraphile and the floor answer the same');
  for (const request of requests) await assertSameRead(request, servers);

  const rows: string[][] = [];
  const summary: string[][] = [];
  for (const request of requests) {
    for (const connections of CONNECTIONS) {
      const names = (Object.keys(servers) as Name[]).filter((name) => name !== 'PostGraphile' || request.peerBody);
      step(
        `${request.name} at ${connections} connection${connections > 1 ? 's' : ''}: ${ROUNDS} rounds of ${names.join(', ')} (${SECONDS} s each, after ${WARMUP} s)`,
      );
      const measured = new Map<Name, Measured[]>(names.map((name) => [name, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of names.map((_, i) => names[(i + round) % names.length] as Name)) {
          const body = (name === 'PostGraphile' ? request.peerBody : request.body) as string;
          measured.get(name)?.push(await measure(servers[name], body, connections));
        }
      }
      const koppelRounds = measured.get('Koppel') ?? [];
      const median = (name: Name, figure: keyof Measured) =>
        percentile(
          (measured.get(name) ?? []).map((m) => m[figure]),
          50,
        );
      // Per round, Koppel's req/s over the other's: the servers ran side by side under the same load.
      const ratio = (name: Name) =>
        measured.has(name)
          ? percentile(
              koppelRounds.map((m, i) => m.requestsPerSecond / (measured.get(name)?.[i]?.requestsPerSecond ?? Number.NaN)),
              50,
            ).toFixed(2)
          : '–';
      for (const name of names) {
        rows.push([
          request.name,
          String(connections),
          name,
          median(name, 'requestsPerSecond').toFixed(0),
          `${median(name, 'p50')} ms`,
          `${median(name, 'p99')} ms`,
          `${median(name, 'cpuPerRequest').toFixed(2)} ms`,
          name === 'Koppel' ? '' : ratio(name),
        ]);
      }
      summary.push([
        request.name,
        String(connections),
        ratio('PostGraphile'),
        measured.has('PostGraphile') ? `${median('Koppel', 'p99')} / ${median('PostGraphile', 'p99')} ms` : '–',
        ratio('floor'),
      ]);
    }
  }
  printTable(['request', 'conns', 'server', 'req/s', 'p50', 'p99', 'CPU/request', 'Koppel ÷ this (req/s)'], rows);
  printTable(['request', 'conns', 'Koppel/PostGraphile', 'p99 Koppel / PostGraphile', 'Koppel/floor'], summary);
}

async function measure(target: ServerProcess, body: string, connections: number): Promise<Measured> {
  const options = { url: `${target.url}/graphql`, body, connections };
  if (WARMUP > 0) await load({ ...options, seconds: WARMUP });
  const cpuBefore = target.cpuMs();
  const result = await load({ ...options, seconds: SECONDS });
  const cpu = target.cpuMs() - cpuBefore;
  const failed = result.errors + result.non2xx;
  if (failed) throw new Error(`${failed} failed requests during the benchmark`);
  return { requestsPerSecond: result.requestsPerSecond, p50: result.p50, p99: result.p99, cpuPerRequest: cpu / result.requests };
}

/** Every server's `data` must be the same, cursors aside (each server has its own). */
async function assertSameRead(request: ReadRequest, servers: Record<string, ServerProcess>) {
  const answers = await Promise.all(
    Object.entries(servers).map(async ([name, target]) => {
      const body = name === 'PostGraphile' ? request.peerBody : request.body;
      if (!body) return [name, null] as const;
      const response = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
        body,
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown };
      if (answer.errors || !answer.data) throw new Error(`${request.name}: ${name} answered ${JSON.stringify(answer.errors)}`);
      return [name, JSON.stringify(answer.data, (key, value) => (key === 'cursor' || key === 'endCursor' ? undefined : value))] as const;
    }),
  );
  const [first, ...others] = answers;
  for (const [name, data] of others) {
    if (data !== null && data !== first?.[1]) {
      const at = [...(data ?? '')].findIndex((char, i) => char !== first?.[1]?.[i]);
      throw new Error(
        `${request.name}: ${name} and ${first?.[0]} disagree at …${data.slice(Math.max(0, at - 80), at + 80)}… vs …${first?.[1]?.slice(Math.max(0, at - 80), at + 80)}…`,
      );
    }
  }
  const data = JSON.parse(first?.[1] ?? '{}');
  const count = data.initiatives?.edges?.length ?? (data.initiative ? 1 : 0);
  process.stdout.write(`  ${request.name}: ${count} initiatives, the same data from ${answers.filter(([, d]) => d).length} servers\n`);
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

  const servers = [
    ['API', api],
    ['baseline', baseline],
  ] as const;
  const latency = new Map<string, string[]>();
  for (const [name, server] of servers) {
    const target = server.url;
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
    latency.set(
      name,
      [percentile(all, 50), percentile(all, 95), percentile(national, 95), percentile(regional, 95), worst].map(
        (ms) => `${ms.toFixed(1)} ms`,
      ),
    );
  }

  // At 10 connections, interleaved rounds like the reads: both servers under the same load, the median counts.
  step(`matchInitiatives at 10 connections: ${ROUNDS} rounds of API, baseline (${SECONDS} s each, after ${WARMUP} s; every fund in turn)`);
  const bodies = funds.map((f) => matchBody(f.id));
  const measured = new Map<string, Measured[]>(servers.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, server] of round % 2 ? [...servers].reverse() : servers) {
      const options = { url: `${server.url}/graphql`, body: bodies[0] as string, bodies, connections: 10 };
      if (WARMUP > 0) await load({ ...options, seconds: WARMUP });
      const cpuBefore = server.cpuMs();
      const loaded = await load({ ...options, seconds: SECONDS });
      // The server process's own CPU per request (not PostgreSQL's): what limits the API when the cores are busy.
      const cpuPerRequest = (server.cpuMs() - cpuBefore) / loaded.requests;
      if (loaded.errors + loaded.non2xx) throw new Error(`${loaded.errors + loaded.non2xx} failed requests during the benchmark`);
      measured.get(name)?.push({ requestsPerSecond: loaded.requestsPerSecond, p50: loaded.p50, p99: loaded.p99, cpuPerRequest });
    }
  }
  const median = (name: string, figure: keyof Measured) =>
    percentile(
      (measured.get(name) ?? []).map((m) => m[figure]),
      50,
    );
  const ratios = (measured.get('API') ?? []).map(
    (m, i) => m.requestsPerSecond / (measured.get('baseline')?.[i]?.requestsPerSecond ?? Number.NaN),
  );
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
      'process CPU/request (10)',
    ],
    servers.map(([name]) => [
      name,
      ...(latency.get(name) ?? []),
      median(name, 'requestsPerSecond').toFixed(0),
      `${median(name, 'p50')} ms`,
      `${median(name, 'p99')} ms`,
      `${median(name, 'cpuPerRequest').toFixed(1)} ms`,
    ]),
  );
  process.stdout.write(
    `\nAPI / baseline at 10 connections: ${percentile(ratios, 50).toFixed(2)} (median of ${ROUNDS} rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})\n`,
  );
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

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}\n`);
}
