/**
 * Start and stop hold at every setting, as real processes (`node api/dist/main.js`): the smallest pools,
 * SIGTERM during start-up, requests on open keep-alive connections after SIGTERM, and a restart after
 * the API was killed with SIGKILL in the middle of writes (its embedded PostgreSQL left running).
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, freePort, withClient } from '../../api/src/testing/connections.js';
import { cleanUp, gql, type KoppelProcess, sleep, startKoppelProcess, stop, waitUntilReady, withTimeout } from './koppel-process.js';

const SIGN_UP = (email: string) =>
  `mutation { signUp(input: { email: "${email}", name: "Proef Persoon", password: "zeven-kleine-geitjes-42" }) { viewer { id } } }`;

function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase(inject('pgAdminUrl'), `koppel_e2e_${Math.random().toString(36).slice(2, 10)}`);
}

describe.each(['1', '2'])('KOPPEL_DB_POOL_SIZE=%s', (poolSize) => {
  it('starts (migrations, reference data, demo data), serves reads and writes at once, and stops on SIGTERM', async () => {
    const database = await emptyDatabase();
    let koppel: KoppelProcess | undefined;
    try {
      koppel = startKoppelProcess({ PORT: String(await freePort()), DATABASE_URL: database.url, KOPPEL_DB_POOL_SIZE: poolSize });
      await waitUntilReady(koppel, 60_000);
      const url = koppel.url;
      const answers = await Promise.all([
        ...Array.from({ length: 10 }, () => gql(url, '{ themes { slug } initiatives(first: 5) { totalCount } }')),
        ...Array.from({ length: 5 }, (_, i) => gql(url, SIGN_UP(`pool-${poolSize}-${i}@example.nl`))),
      ]);
      expect(answers.map((a) => `${a.status} ${a.errors?.[0]?.extensions?.code ?? 'OK'}`)).toEqual(Array(15).fill('200 OK'));
      const { code, ms } = await stop(koppel);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(9_000);
    } finally {
      await cleanUp(koppel);
      await database.drop();
    }
  }, 90_000);
});

describe('SIGTERM', () => {
  it('during start-up (creating the embedded PostgreSQL) ends the process within 9 s and leaves no PostgreSQL running', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'koppel-e2e-'));
    await chmod(dataDir, 0o755);
    let koppel: KoppelProcess | undefined;
    try {
      koppel = startKoppelProcess({
        KOPPEL_DATA_DIR: dataDir,
        KOPPEL_EMBEDDED_PG_PORT: String(await freePort()),
        PORT: String(await freePort()),
      });
      // Somewhere in initdb, the PostgreSQL start or the migrations.
      while (!koppel.stdout().includes('creating the embedded PostgreSQL cluster')) await sleep(20);
      await sleep(1500);
      const { code, ms } = await stop(koppel);
      // The 9 s grace period, plus the moment the process needs to end.
      expect(ms).toBeLessThan(9_500);
      expect([0, 1]).toContain(code);
      for (let waited = 0; waited < 5000 && existsSync(join(dataDir, 'postgres', 'postmaster.pid')); waited += 100) await sleep(100);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      await cleanUp(koppel, dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('answers requests on open keep-alive connections with 503 and Connection: close, not a reset', async () => {
    const database = await emptyDatabase();
    let koppel: KoppelProcess | undefined;
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    try {
      const port = await freePort();
      koppel = startKoppelProcess({ PORT: String(port), DATABASE_URL: database.url, KOPPEL_DEMO_DATA: 'off' });
      await waitUntilReady(koppel, 60_000);
      // 20 connections, open and idle.
      const warm = await Promise.all(Array.from({ length: 20 }, () => get(agent, port, '/healthz')));
      expect(warm.map((r) => r.status)).toEqual(Array(20).fill(200));

      koppel.child.kill('SIGTERM');
      await sleep(100);
      const after = await Promise.all(Array.from({ length: 20 }, () => get(agent, port, '/graphql?query=%7Bthemes%7Bslug%7D%7D')));
      expect(after.map((r) => r.error ?? `${r.status} ${r.connection}`)).toEqual(Array(20).fill('503 close'));
      expect(after[0]?.body).toContain('SERVICE_UNAVAILABLE');
      expect(await withTimeout(koppel.exited, 9_000, 'no exit within 9 s')).toBe(0);
    } finally {
      agent.destroy();
      await cleanUp(koppel);
      await database.drop();
    }
  }, 90_000);
});

function get(agent: Agent, port: number, path: string): Promise<{ status?: number; connection?: string; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'apollo-require-preflight': 'true' } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

describe('kill -9 of the API on the embedded PostgreSQL', () => {
  let dataDir: string;
  let koppel: KoppelProcess | undefined;
  afterAll(async () => {
    await cleanUp(koppel, dataDir);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('in a loop of writes: the next start is ready within 30 s, with every acknowledged write and its audit entry', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'koppel-e2e-'));
    await chmod(dataDir, 0o755);
    const pgPort = await freePort();
    const env = async () => ({
      KOPPEL_DATA_DIR: dataDir,
      KOPPEL_EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(await freePort()),
      KOPPEL_DEMO_DATA: 'off',
    });
    koppel = startKoppelProcess(await env());
    await waitUntilReady(koppel, 60_000);

    const acknowledged: string[] = [];
    const readyTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      const running = koppel;
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          const response = await gql(running.url, SIGN_UP(`kill-${round}-${i}@example.nl`)).catch(() => null);
          const id = (response?.data as { signUp?: { viewer: { id: string } } } | undefined)?.signUp?.viewer.id;
          if (id) acknowledged.push(id);
        }
      })();
      await sleep(700 + round * 300);
      running.child.kill('SIGKILL');
      await running.exited;
      writing = false;
      await writer;
      // The embedded PostgreSQL outlives its killed parent: the situation the next start must handle.
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

      koppel = startKoppelProcess(await env());
      readyTimes.push(await waitUntilReady(koppel, 30_000));
    }
    expect(koppel.stdout()).toMatch(/left running by an earlier Koppel/);
    expect(acknowledged.length).toBeGreaterThan(3);

    const url = `postgres://koppel:koppel@127.0.0.1:${pgPort}/koppel`;
    const found = await withClient(url, async (client) => {
      const accounts = await client.query('SELECT id FROM account WHERE id = ANY($1::uuid[])', [acknowledged]);
      const audited = await client.query('SELECT DISTINCT entity_id FROM audit_entry WHERE entity_id = ANY($1::text[])', [acknowledged]);
      return { accounts: accounts.rowCount, audited: audited.rowCount };
    });
    expect(found).toEqual({ accounts: acknowledged.length, audited: acknowledged.length });
    console.info(`kill -9: ${acknowledged.length} acknowledged writes kept; ready after restart in ${readyTimes.join(', ')} ms`);

    const { code } = await stop(koppel);
    expect(code).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);
});
