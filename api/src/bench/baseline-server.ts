import 'reflect-metadata';
import { createServer } from 'node:http';
import pg from 'pg';
import { baselineStatements } from './matching.js';
import { scenarios } from './queries.js';

/**
 * The benchmark's baseline: a bare HTTP server that answers each benchmark request with its one
 * hand-written SQL statement, the JSON built by PostgreSQL. Same pool size as the API.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const byBody = new Map(scenarios().map((scenario) => [normalise(scenario.body), scenario.baselineSql]));
const matchStatements = await baselineStatements(pool);

const server = createServer((request, response) => {
  if (request.method === 'GET') {
    response.writeHead(200).end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      // Parse the request like a server must, then pick its statement.
      const body = Buffer.concat(chunks).toString('utf8');
      const match = matchStatements.get(JSON.parse(body).variables?.fundId);
      const sql = match ?? byBody.get(normalise(body));
      if (!sql) {
        response.writeHead(400).end('unknown request');
        return;
      }
      const { rows } = await pool.query<{ body: string }>(sql);
      response.writeHead(200, { 'content-type': 'application/json' }).end(rows[0]?.body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
});

function normalise(body: string): string {
  return JSON.stringify(JSON.parse(body));
}

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
