import { type RunningKoppel, startKoppel } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: Record<string, string>; [key: string]: unknown } }[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  language?: 'nl' | 'en';
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  koppel: RunningKoppel;
  /** Sends a GraphQL request over HTTP, as an outside client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphqlResponse<T>>;
  /** Counts SQL statements sent to PostgreSQL while `work` runs. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  /** Runs SQL directly, to check what a request changed. */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * The real Koppel, on a database of its own, listening on a free port. No demo data unless asked.
 * Start one per test file in `beforeAll`, stop it in `afterAll`.
 */
export async function startTestApp(options: { demoData?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  let counting = false;
  let statements = 0;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    KOPPEL_DEMO_DATA: options.demoData ? 'on' : 'off',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const koppel = await startKoppel(config, createLogger(config.LOG_LEVEL), {
    onQuery: () => {
      if (counting) statements++;
    },
  });
  const url = koppel.url;

  return {
    url,
    koppel,
    async gql(query, variables, requestOptions = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'accept-language': requestOptions.language ?? 'en',
        ...requestOptions.headers,
      };
      if (requestOptions.token) headers.authorization = `Bearer ${requestOptions.token}`;
      if (requestOptions.cookie) headers.cookie = requestOptions.cookie;
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
    },
    async countStatements(work) {
      statements = 0;
      counting = true;
      try {
        await work();
      } finally {
        counting = false;
      }
      return statements;
    },
    sql: (text, params) => koppel.db.query(text, params as unknown[]),
    async stop() {
      await koppel.stop();
      await database.drop();
    },
  };
}
