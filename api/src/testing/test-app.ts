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
  /** The database this Koppel runs on, for a second process on the same one. */
  databaseUrl: string;
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
 * Start one per test file in `beforeAll`, stop it in `afterAll`. With `databaseUrl`, it runs on that
 * database instead (a second process on the same data) and leaves it in place when it stops.
 */
export async function startTestApp(
  options: { demoData?: boolean; env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
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
    databaseUrl: database.url,
    koppel,
    gql: (query, variables, requestOptions) => graphqlRequest(url, query, variables, requestOptions),
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

/** A GraphQL request over HTTP to the Koppel at `url` (English unless asked otherwise), as an outside client sends it. */
export async function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphqlResponse<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'accept-language': options.language ?? 'en',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlResponse['errors'] };
  return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
}

/** The code of a response's first error, or 'OK'. */
export function codeOf(response: GraphqlResponse): string {
  return response.errors?.[0]?.extensions.code ?? 'OK';
}

/** The first error's code, the fields it names and its message. */
export function errorOf(response: GraphqlResponse) {
  const error = response.errors?.[0];
  return { code: error?.extensions.code, fields: error?.extensions.fields ?? {}, message: error?.message };
}

/** The value of a mutation's or query's field; throws with the errors when there is none. */
export function expectData<T = any>(response: GraphqlResponse, field: string): T {
  const value = response.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return value as T;
}
