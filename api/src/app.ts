import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
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
  /**
   * Stops accepting, answers 503 on open keep-alive connections for `drainMs` (then closes them), lets
   * requests in flight finish, closes the pool, stops the embedded PostgreSQL.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

export interface StartOptions {
  /** Called for every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Aborted (SIGTERM during start-up): the start stops where it is, undoes what it started and rejects with StartAborted. */
  signal?: AbortSignal;
}

export class StartAborted extends Error {
  constructor() {
    super('start-up interrupted by a signal');
  }
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Boots Koppel: database, migrations, reference and demo data, then the HTTP server. */
export async function startKoppel(config: Config, log: Logger, options: StartOptions = {}): Promise<RunningKoppel> {
  let embedded: EmbeddedDatabase | undefined;
  let db: DataSource | undefined;
  let server: KoppelServer | undefined;
  const checkpoint = () => {
    if (options.signal?.aborted) throw new StartAborted();
  };
  // Stopping the embedded PostgreSQL at once ends whatever the start is waiting for (a migration, the
  // seed); with DATABASE_URL the start stops at its next step.
  const interrupt = () => void embedded?.stop().catch(() => {});
  options.signal?.addEventListener('abort', interrupt, { once: true });
  try {
    checkpoint();
    let url = config.DATABASE_URL;
    if (!url) {
      // Loaded only when used: a deployment with DATABASE_URL needs no PostgreSQL binaries (the Docker image has none).
      const { startEmbeddedPostgres } = await import('./db/embedded.js');
      embedded = await startEmbeddedPostgres({
        dataDir: config.KOPPEL_DATA_DIR,
        port: config.KOPPEL_EMBEDDED_PG_PORT,
        log,
        signal: options.signal,
      });
      url = embedded.url;
      checkpoint();
    }
    db = createDataSource({ url, poolSize: config.KOPPEL_DB_POOL_SIZE, entities: entitiesOf(MODULES), onQuery: options.onQuery });
    await db.initialize();
    checkpoint();

    const schema = await buildKoppelSchema(MODULES, PERMISSIONS);
    if (config.NODE_ENV === 'development' && (await writeSchemaFileIfChanged(schema))) log.info('api/schema.graphql updated');

    const { runtime, instances } = createRuntimes({ db, log, modules: MODULES });
    server = await createServer({
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

    checkpoint();
    const ran = await migrate(db);
    if (ran.length) log.info({ migrations: ran }, 'migrations applied');
    checkpoint();
    await syncReferenceData(db);
    for (const instance of instances) await instance.start?.();
    checkpoint();
    if (config.KOPPEL_DEMO_DATA === 'on') await seedDemoDataOnFirstStart(db, log, { production: config.NODE_ENV === 'production' });
    checkpoint();
    options.signal?.removeEventListener('abort', interrupt);
    server.markReady();
    log.info({ url: publicUrl(address) }, 'Koppel is ready');

    const dataSource = db;
    const http = server;
    return {
      url: publicUrl(address),
      db: dataSource,
      server: http,
      stop: async ({ drainMs = 0 } = {}) => {
        http.startDraining();
        if (drainMs > 0) await drain(http.app.server, drainMs);
        // close() ends idle keep-alive connections once; a connection whose request was still in flight becomes
        // idle only when that request is answered, and would otherwise keep the server open until it times out.
        const sweeper = setInterval(() => http.app.server.closeIdleConnections(), 50);
        try {
          await http.app.close();
        } finally {
          clearInterval(sweeper);
        }
        for (const instance of [...instances].reverse()) await instance.stop?.();
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    options.signal?.removeEventListener('abort', interrupt);
    await server?.app.close().catch(() => {});
    await db?.destroy().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw options.signal?.aborted ? new StartAborted() : error;
  }
}

/**
 * Stops listening but keeps the open connections for up to `ms`, so that a request sent on a keep-alive
 * connection right after SIGTERM gets its 503 (and `Connection: close`) rather than a reset; done early
 * once every connection has closed. (http.Server.close() would close the idle ones at once.)
 */
async function drain(server: Server, ms: number): Promise<void> {
  if (!server.listening) return;
  // net.Server's close stops listening; its callback would wait for every connection, so none is passed.
  NetServer.prototype.close.call(server);
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count ?? 0)));
    if (open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function publicUrl(address: string): string {
  return address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
}
