import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config.js';
import type { Logger } from './config/logger.js';
import { createRuntimes, entitiesOf, readSettings } from './core/module.js';
import { buildKoppelSchema, writeSchemaFileIfChanged } from './core/schema.js';
import { createDataSource, migrate } from './db/data-source.js';
import type { EmbeddedDatabase } from './db/embedded.js';
import { createServer, type KoppelServer } from './http/server.js';
import { MODULES, PERMISSIONS } from './modules.js';
import { syncReferenceData } from './reference/reference.sync.js';
import { seedDemoDataOnFirstStart } from './seed/seed.js';

export interface RunningKoppel {
  url: string;
  db: DataSource;
  server: KoppelServer;
  /** Stops accepting, lets requests in flight finish, closes the pool, stops the embedded PostgreSQL. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Called for every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Boots Koppel: database, migrations, reference and demo data, then the HTTP server. */
export async function startKoppel(config: Config, log: Logger, options: StartOptions = {}): Promise<RunningKoppel> {
  let embedded: EmbeddedDatabase | undefined;
  let db: DataSource | undefined;
  try {
    let url = config.DATABASE_URL;
    if (!url) {
      // Loaded only when used: a deployment with DATABASE_URL needs no PostgreSQL binaries (the Docker image has none).
      const { startEmbeddedPostgres } = await import('./db/embedded.js');
      embedded = await startEmbeddedPostgres({ dataDir: config.KOPPEL_DATA_DIR, port: config.KOPPEL_EMBEDDED_PG_PORT, log });
      url = embedded.url;
    }
    db = createDataSource({ url, poolSize: config.KOPPEL_DB_POOL_SIZE, entities: entitiesOf(MODULES), onQuery: options.onQuery });
    await db.initialize();

    const schema = await buildKoppelSchema(MODULES, PERMISSIONS);
    if (config.NODE_ENV === 'development' && (await writeSchemaFileIfChanged(schema))) log.info('api/schema.graphql updated');

    const { runtime, instances } = createRuntimes({ db, log, config, modules: MODULES });
    const server = await createServer({
      schema,
      db,
      log,
      modules: MODULES,
      settings: readSettings(MODULES, config),
      runtime,
      secureCookies: config.NODE_ENV === 'production',
      webDist: config.KOPPEL_WEB_DIST ?? DEFAULT_WEB_DIST,
    });
    const address = await server.app.listen({ host: config.HOST, port: config.PORT });
    log.info({ address }, 'listening');

    const ran = await migrate(db);
    if (ran.length) log.info({ migrations: ran }, 'migrations applied');
    await syncReferenceData(db);
    for (const instance of instances) await instance.start?.();
    if (config.KOPPEL_DEMO_DATA === 'on') await seedDemoDataOnFirstStart(db, log, { production: config.NODE_ENV === 'production' });
    server.markReady();
    log.info({ url: publicUrl(address) }, 'Koppel is ready');

    const dataSource = db;
    return {
      url: publicUrl(address),
      db: dataSource,
      server,
      stop: async () => {
        // close() ends idle keep-alive connections once; a connection whose request was still in flight becomes
        // idle only when that request is answered, and would otherwise keep the server open until it times out.
        const sweeper = setInterval(() => server.app.server.closeIdleConnections(), 50);
        try {
          await server.app.close();
        } finally {
          clearInterval(sweeper);
        }
        for (const instance of [...instances].reverse()) await instance.stop?.();
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await db?.destroy().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}

function publicUrl(address: string): string {
  return address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
}
