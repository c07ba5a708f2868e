import 'reflect-metadata';
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

/** Holds a session-level advisory lock while `work` runs; other processes wait for it without a timeout. */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Waiting for another process's migrations may take longer than the API's per-statement limits.
    await runner.query('SET lock_timeout = 0');
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.query('RESET lock_timeout').catch(() => {});
    await runner.query('RESET statement_timeout').catch(() => {});
    await runner.release();
  }
}
