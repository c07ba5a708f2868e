import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Tables1764000018000 } from './1764000018000-tables.js';

/** The round-tables migration can be undone and redone, so its `down()` does not rot. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const TABLES = [
  'calendar_token',
  'round_table',
  'table_action_item',
  'table_agenda_item',
  'table_invitation',
  'table_join_request',
  'table_session',
  'table_slot',
  'table_slot_vote',
];
const tables = async () =>
  (
    await app.sql<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) ORDER BY 1',
      [TABLES],
    )
  ).map((t) => t.table_name);

describe('the round-tables migration', () => {
  it('goes down and up again', async () => {
    expect(await tables()).toEqual(TABLES);
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new Tables1764000018000().down(runner);
      expect(await tables()).toEqual([]);
      await new Tables1764000018000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await tables()).toEqual(TABLES);
  });

  it('refuses a waitlist number on an answer other than ACCEPTED, and a local table without a municipality', async () => {
    const [organisation] = await app.sql("INSERT INTO organisation (kind, name) VALUES ('MUNICIPALITY', 'Test') RETURNING id");
    await expect(
      app.sql("INSERT INTO round_table (kind, title, theme, organiser_id) VALUES ('LOCAL_TABLE', 'T', 'EDUCATION', $1)", [
        organisation?.id,
      ]),
    ).rejects.toThrow(/round_table_local_check/);
    const [table] = await app.sql(
      "INSERT INTO round_table (kind, title, theme, organiser_id) VALUES ('WORKING_GROUP', 'T', 'EDUCATION', $1) RETURNING id",
      [organisation?.id],
    );
    await expect(
      app.sql("INSERT INTO table_invitation (table_id, organisation_id, response, waitlist_number) VALUES ($1, $2, 'DECLINED', 1)", [
        table?.id,
        organisation?.id,
      ]),
    ).rejects.toThrow(/table_invitation_waitlist_check/);
  });
});
