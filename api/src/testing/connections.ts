export { freePort } from '../http/free-port.js';

import pg from 'pg';

/**
 * Small helpers for the test run's PostgreSQL and ports. They load nothing of Koppel itself, so the
 * global setup and the end-to-end tests (which run Koppel as a child process) can use them too.
 */

/** Runs `work` with a client on `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` (a copy of `template`, or empty) on the server of `adminUrl`; `drop` removes it again. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** The same server URL, on another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
