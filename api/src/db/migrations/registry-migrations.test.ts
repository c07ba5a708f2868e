import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Registry1764000002000 } from './1764000002000-registry.js';
import { InitiativePlaces1764000002100 } from './1764000002100-initiative-places.js';
import { Matching1764000005000 } from './1764000005000-matching.js';
import { Outbox1764000005100 } from './1764000005100-outbox.js';
import { Calls1764000016000 } from './1764000016000-calls.js';

/** The registry migrations can be undone and redone, so their `down()` does not rot. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const registryTables = () =>
  app.sql<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('initiative', 'fund_profile', 'need', 'offer') ORDER BY 1",
  );
const organisationColumns = () =>
  app.sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'organisation'",
  );

describe('the registry, matching and outbox migrations', () => {
  it('go down and up again', async () => {
    const columnsBefore = await organisationColumns();
    const runner = app.koppel.db.createQueryRunner();
    try {
      // Later features' tables that refer to initiatives go first, and come back last.
      await new Calls1764000016000().down(runner);
      await new Outbox1764000005100().down(runner);
      await new Matching1764000005000().down(runner);
      expect(await app.sql("SELECT to_regclass('match_decision') AS t, to_regclass('outbox_message') AS o")).toEqual([
        { t: null, o: null },
      ]);
      await new InitiativePlaces1764000002100().down(runner);
      await new Registry1764000002000().down(runner);
      expect(await registryTables()).toEqual([]);
      expect((await organisationColumns())[0]?.n).toBe(10);
      await new Registry1764000002000().up(runner);
      await new InitiativePlaces1764000002100().up(runner);
      await new Matching1764000005000().up(runner);
      await new Outbox1764000005100().up(runner);
      await new Calls1764000016000().up(runner);
    } finally {
      await runner.release();
    }
    expect((await registryTables()).map((t) => t.table_name)).toEqual(['fund_profile', 'initiative', 'need', 'offer']);
    expect(await organisationColumns()).toEqual(columnsBefore);
  });

  it('keeps place_codes in step with municipalities and national', async () => {
    const [organisation] = await app.sql("INSERT INTO organisation (kind, name) VALUES ('NGO', 'Test') RETURNING id");
    const [row] = await app.sql(
      "INSERT INTO initiative (organisation_id, title, municipality_codes) VALUES ($1, 'Test', '{GM0193,GM0150,GM0363}') RETURNING id, place_codes",
      [organisation?.id],
    );
    expect(row?.place_codes).toEqual(['GM0193', 'GM0150', 'GM0363', 'PV23', 'PV27']);
    await app.sql("UPDATE initiative SET municipality_codes = '{}', national = true WHERE id = $1", [row?.id]);
    const [updated] = await app.sql('SELECT place_codes FROM initiative WHERE id = $1', [row?.id]);
    expect(updated?.place_codes).toEqual(['NL']);
  });
});
