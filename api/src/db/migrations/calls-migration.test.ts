import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Calls1764000016000 } from './1764000016000-calls.js';

/** The calls migration can be undone and redone, so its `down()` does not rot. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const TABLES = ['call', 'call_application', 'call_criterion', 'call_funder', 'call_review', 'call_reviewer', 'commitment'];
const tables = async () =>
  (
    await app.sql<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) ORDER BY 1',
      [TABLES],
    )
  ).map((t) => t.table_name);

describe('the calls migration', () => {
  it('goes down and up again', async () => {
    expect(await tables()).toEqual(TABLES);
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new Calls1764000016000().down(runner);
      expect(await tables()).toEqual([]);
      await new Calls1764000016000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await tables()).toEqual(TABLES);
  });

  it('refuses an award without an amount, and an amount without an award', async () => {
    const [organisation] = await app.sql("INSERT INTO organisation (kind, name) VALUES ('NGO', 'Test') RETURNING id");
    const [initiative] = await app.sql("INSERT INTO initiative (organisation_id, title) VALUES ($1, 'Test') RETURNING id", [
      organisation?.id,
    ]);
    const [call] = await app.sql(
      "INSERT INTO call (title, min_grant, max_grant, places, opens_on, deadline) VALUES ('Test', 0, 10, 1, '2026-01-01', now()) RETURNING id",
    );
    const insert = (status: string, amount: number | null) =>
      app.sql(
        'INSERT INTO call_application (call_id, initiative_id, organisation_id, amount_requested, status, amount_awarded) VALUES ($1, $2, $3, 5, $4, $5)',
        [call?.id, initiative?.id, organisation?.id, status, amount],
      );
    await expect(insert('AWARDED', null)).rejects.toThrow(/call_application_award_check/);
    await expect(insert('SUBMITTED', 5)).rejects.toThrow(/call_application_award_check/);
  });
});
