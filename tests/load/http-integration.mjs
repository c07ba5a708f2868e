/**
 * Quick load test: the same Apollo Server (Koppel's schema, limits, error handling and per-request
 * DataLoaders) behind Fastify 5 (@as-integrations/fastify) and Express 5 (@as-integrations/express5),
 * measured with autocannon on loopback. Not part of `npm test`.
 *
 *   npm run build && node tests/load/http-integration.mjs [--seconds 10] [--connections 10] [--rounds 1]
 *
 * Each server runs in a process of its own (autocannon gets the parent), one after the other, on one
 * PostgreSQL: the embedded one in a temporary directory, or DATABASE_URL (a fresh database is created on it).
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const api = (path) => import(new URL(`../../api/dist/${path}`, import.meta.url).href);

const QUERY = '{ themes { slug name } }';
const INTEGRATIONS = {
  fastify: 'Fastify 5 + @as-integrations/fastify',
  express: 'Express 5 + @as-integrations/express5',
  koppel: "Koppel's own server (Fastify + helmet, cookies, request ids)",
};

if (process.argv[2] === '--serve') {
  await serve(process.argv[3], process.argv[4]);
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '1' },
      koppel: { type: 'boolean', default: true },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const { default: autocannon } = await import('autocannon');
  const database = await startDatabase();
  const names = values.koppel ? ['fastify', 'express', 'koppel'] : ['fastify', 'express'];
  const results = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const name of round % 2 ? [...names].reverse() : names) {
        const server = await startServer(name, database.url);
        try {
          const body = JSON.stringify({ query: QUERY });
          const options = {
            url: `${server.url}/graphql`,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
            body,
            connections,
          };
          // Sanity check and warm-up (JIT, pool, prepared plans), not measured.
          const check = await fetch(options.url, { method: 'POST', headers: options.headers, body });
          const json = await check.json();
          if (check.status !== 200 || json.data?.themes?.length !== 5)
            throw new Error(`${name}: unexpected answer ${JSON.stringify(json)}`);
          await autocannon({ ...options, duration: 2 });
          const result = await autocannon({ ...options, duration: seconds });
          results[name].push(result);
          process.stderr.write(
            `${name.padEnd(8)} round ${round + 1}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n`,
          );
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await database.stop();
  }

  console.log(`\n${QUERY} — ${connections} connections, ${seconds} s per run, ${values.rounds} run(s) each, Node ${process.version}\n`);
  console.log('| integration | req/s | p50 (ms) | p99 (ms) | non-2xx | errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const name of names) {
    const runs = results[name];
    const mean = (pick) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
    console.log(
      `| ${INTEGRATIONS[name]} | ${Math.round(mean((r) => r.requests.average))} | ${mean((r) => r.latency.p50).toFixed(1)} | ${mean((r) => r.latency.p99).toFixed(1)} | ${runs.reduce((s, r) => s + r.non2xx, 0)} | ${runs.reduce((s, r) => s + r.errors + r.timeouts, 0)} |`,
    );
  }
  const rate = (name) => results[name].reduce((sum, run) => sum + run.requests.average, 0) / results[name].length;
  const [faster, slower] = rate('fastify') >= rate('express') ? ['fastify', 'express'] : ['express', 'fastify'];
  console.log(`\n${faster} is ${((rate(faster) / rate(slower) - 1) * 100).toFixed(0)}% faster than ${slower} in requests per second.`);
}

/** A migrated database with the reference data. */
async function startDatabase() {
  const { createDataSource, migrate } = await api('db/data-source.js');
  const { syncReferenceData } = await api('reference/reference.sync.js');
  let url;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg');
    const name = `koppel_load_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(process.env.DATABASE_URL);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    stopServer = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const { startEmbeddedPostgres } = await api('db/embedded.js');
    const { createLogger } = await api('config/logger.js');
    const dir = await mkdtemp(join(tmpdir(), 'koppel-load-'));
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({
      dataDir: dir,
      port: 20000 + Math.floor(Math.random() * 20000),
      log: createLogger('warn'),
    });
    url = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  await migrate(db);
  await syncReferenceData(db);
  await db.destroy();
  return { url, stop: stopServer };
}

function startServer(name, databaseUrl) {
  const child = fork(new URL(import.meta.url).pathname, ['--serve', name, databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
    child.once('message', (message) => {
      child.removeAllListeners('exit');
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Child process: one server on a free loopback port; tells the parent the port. */
async function serve(name, databaseUrl) {
  const { createDataSource } = await api('db/data-source.js');
  const { buildKoppelSchema } = await api('graphql/schema.js');
  const { createApolloServer } = await api('graphql/apollo.js');
  const { createLoaders } = await api('graphql/loaders.js');
  const { ReferenceCache } = await api('reference/reference.cache.js');
  const { createLogger } = await api('config/logger.js');
  const { localeFromAcceptLanguage } = await import('@koppel/reference-data');

  const log = createLogger('silent');
  const db = createDataSource({ url: databaseUrl, poolSize: 10 });
  await db.initialize();
  const schema = await buildKoppelSchema();
  const reference = new ReferenceCache(db, log);
  await reference.start();
  const context = (acceptLanguage) => ({
    requestId: randomUUID(),
    locale: localeFromAcceptLanguage(acceptLanguage),
    viewer: null,
    db,
    loaders: createLoaders(db, null, reference),
    log,
    cookies: { set() {}, clear() {} },
    accountSettings: { ttlHours: 24, refuseDemoPassword: false },
  });

  let port;
  let close;
  if (name === 'fastify') {
    const { default: Fastify } = await import('fastify');
    const { fastifyApolloHandler } = await import('@as-integrations/fastify');
    const apollo = createApolloServer(schema);
    await apollo.start();
    const app = Fastify({ bodyLimit: 1024 * 1024 });
    const handler = fastifyApolloHandler(apollo, { context: async (request) => context(request.headers['accept-language']) });
    app.route({ method: ['GET', 'POST', 'OPTIONS'], url: '/graphql', handler });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = app.server.address().port;
    close = () => app.close().then(() => apollo.stop());
  } else if (name === 'express') {
    const { default: express } = await import('express');
    const { expressMiddleware } = await import('@as-integrations/express5');
    const apollo = createApolloServer(schema);
    await apollo.start();
    const app = express();
    app.disable('x-powered-by');
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, { context: async ({ req }) => context(req.headers['accept-language']) }),
    );
    const server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    port = server.address().port;
    close = () => new Promise((done) => server.close(() => done())).then(() => apollo.stop());
  } else if (name === 'koppel') {
    const { createServer } = await api('http/server.js');
    const server = await createServer({ schema, db, log, secureCookies: false });
    server.markReady();
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    port = server.app.server.address().port;
    close = () => server.app.close();
  } else {
    throw new Error(`unknown integration ${name}`);
  }

  process.on('SIGTERM', async () => {
    await close();
    await db.destroy();
    process.exit(0);
  });
  process.send({ port });
}
