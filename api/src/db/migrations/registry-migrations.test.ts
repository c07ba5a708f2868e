import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMask, themeMask } from '../../initiative/initiative.match-profile.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Registry1764000002000 } from './1764000002000-registry.js';
import { InitiativePlaces1764000002100 } from './1764000002100-initiative-places.js';
import { Matching1764000005000 } from './1764000005000-matching.js';
import { Outbox1764000005100 } from './1764000005100-outbox.js';
import { Calls1764000016000 } from './1764000016000-calls.js';
import { InitiativeMatchProfile1764000017000 } from './1764000017000-initiative-match-profile.js';
import { MatchProfileText1764000019000 } from './1764000019000-match-profile-text.js';

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

const profileColumns = async () =>
  (
    await app.sql<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'initiative_match_profile'",
    )
  ).map((c) => c.column_name);

describe('the registry, matching, outbox and match-profile migrations', () => {
  it('go down and up again', async () => {
    const columnsBefore = await organisationColumns();
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new MatchProfileText1764000019000().down(runner);
      expect(await profileColumns()).not.toContain('search_vector');
      await new InitiativeMatchProfile1764000017000().down(runner);
      expect(await app.sql("SELECT to_regclass('initiative_match_profile') AS t")).toEqual([{ t: null }]);
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
      await new InitiativeMatchProfile1764000017000().up(runner);
      await new MatchProfileText1764000019000().up(runner);
      expect(await profileColumns()).toContain('search_vector');
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

  it('keeps initiative_match_profile to published initiatives, one row per place and one `*` row', async () => {
    const [organisation] = await app.sql("INSERT INTO organisation (kind, name) VALUES ('NGO', 'Profiel') RETURNING id");
    const [row] = await app.sql(
      `INSERT INTO initiative (organisation_id, title, summary, themes, municipality_codes, target_groups, budget_requested, starts_on, ends_on)
       VALUES ($1, 'Profiel', 'Kort', '{LABOUR_MARKET,EDUCATION}', '{GM0363}', '{WOMEN}', 20000, '2026-01-01', '2026-06-30') RETURNING id`,
      [organisation?.id],
    );
    const profile = () =>
      app.sql(
        'SELECT place_code, theme_mask, group_mask, budget_requested, completeness FROM initiative_match_profile WHERE initiative_id = $1 ORDER BY place_code',
        [row?.id],
      );
    expect(await profile()).toEqual([]);
    await app.sql("UPDATE initiative SET status = 'PUBLISHED', published_at = now() WHERE id = $1", [row?.id]);
    expect(await profile()).toEqual([
      {
        place_code: '*',
        theme_mask: themeMask(['EDUCATION', 'LABOUR_MARKET']),
        group_mask: groupMask(['WOMEN']),
        budget_requested: 20000,
        completeness: 0,
      },
      { place_code: 'GM0363', theme_mask: 3, group_mask: 8, budget_requested: 20000, completeness: 0 },
      { place_code: 'PV27', theme_mask: 3, group_mask: 8, budget_requested: 20000, completeness: 0 },
    ]);
    // The `*` row carries the search vector (migration 1764000019000), the place rows none; a new title refreshes it.
    const vectors = () =>
      app.sql('SELECT place_code, search_vector::text AS v FROM initiative_match_profile WHERE initiative_id = $1 ORDER BY place_code', [
        row?.id,
      ]);
    expect((await vectors()).map((p) => [p.place_code, p.v])).toEqual([
      ['*', "'kort':2B 'profiel':1A"],
      ['GM0363', null],
      ['PV27', null],
    ]);
    await app.sql("UPDATE initiative SET title = 'Taalcoaching' WHERE id = $1", [row?.id]);
    expect((await vectors())[0]?.v).toBe("'kort':2B 'taalcoach':1A");
    await app.sql("UPDATE initiative SET municipality_codes = '{}', national = true, co_funding_secured = 100 WHERE id = $1", [row?.id]);
    expect((await profile()).map((p) => [p.place_code, p.completeness])).toEqual([
      ['*', 1],
      ['NL', 1],
    ]);
    await app.sql("UPDATE initiative SET status = 'FUNDED' WHERE id = $1", [row?.id]);
    expect(await profile()).toEqual([]);
  });
});
