import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from './migrations/index.js';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  /** The modules' entities (`entitiesOf(MODULES)`); a connection that only migrates needs none. */
  entities?: readonly (new () => object)[];
  /** Called for every SQL statement; tests count statements per request with it. */
  onQuery?: (sql: string) => void;
}

/**
 * Limits on every API connection, so that one bad query or a forgotten transaction cannot hold the
 * database: statements stop after 5 s, lock waits after 2 s, idle transactions after 10 s.
 */
const SESSION_LIMITS = '-c statement_timeout=5000 -c lock_timeout=2000 -c idle_in_transaction_session_timeout=10000';

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [...(options.entities ?? [])],
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    poolSize: options.poolSize,
    applicationName: 'koppel-api',
    logger: options.onQuery ? statementCounter(options.onQuery) : undefined,
    logging: options.onQuery ? ['query'] : false,
    extra: {
      options: SESSION_LIMITS,
      // An exhausted pool answers with a clean error after 3 s instead of queueing forever.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
    },
  });
}

function statementCounter(onQuery: (sql: string) => void): TypeOrmLogger {
  return {
    logQuery: (query) => onQuery(query),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
}

/**
 * Runs pending migrations under an advisory lock, so several API processes starting at once
 * against one database migrate it exactly once.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  return withAdvisoryLock(dataSource, LOCKS.migrations, async () => {
    // A migration may rewrite a whole table: on a connection of its own, without the API's 5 s statement limit.
    const maintenance = new DataSource({
      ...dataSource.options,
      poolSize: 1,
      extra: { ...dataSource.options.extra, options: undefined },
    } as typeof dataSource.options);
    await maintenance.initialize();
    try {
      const ran = await maintenance.runMigrations({ transaction: 'each' });
      return ran.map((migration) => migration.name);
    } finally {
      await maintenance.destroy();
    }
  });
}

/** Arbitrary but fixed keys, the same in every Koppel process. */
export const LOCKS = { migrations: 4_242_001, seed: 4_242_002 } as const;

/**
 * A connection of its own, outside the pool, with the pool's settings: for work that holds a connection
 * for long (an advisory lock during migrations and seeding, a LISTEN), so that it never takes one of the
 * pool's connections: at KOPPEL_DB_POOL_SIZE=1 the pool must still serve the start and the requests.
 */
export async function openDedicatedConnection(dataSource: DataSource, options: { sessionLimits?: boolean } = {}): Promise<pg.Client> {
  const { url, extra } = dataSource.options as { url?: string; extra?: { options?: string; connectionTimeoutMillis?: number } };
  const client = new pg.Client({
    connectionString: url,
    application_name: 'koppel-api',
    options: options.sessionLimits === false ? undefined : extra?.options,
    connectionTimeoutMillis: extra?.connectionTimeoutMillis,
  });
  // An error on an idle dedicated connection (the server restarting) must not crash the process; its user notices on the next query.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Holds a session-level advisory lock while `work` runs; other processes wait for it without a timeout. */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  // Waiting for another process's migrations may take longer than the API's per-statement limits.
  const client = await openDedicatedConnection(dataSource, { sessionLimits: false });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
