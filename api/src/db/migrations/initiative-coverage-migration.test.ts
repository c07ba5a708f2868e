import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInitiative, organisationOwner, publishInitiative } from '../../testing/registry.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { InitiativeCoverage1764000020000 } from './1764000020000-initiative-coverage.js';

/** The coverage counters' migration can be undone and redone, and its backfill counts what is already there. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const counters = () => app.sql('SELECT place_code, theme, initiatives FROM initiative_coverage WHERE initiatives <> 0 ORDER BY 1, 2');

describe('the initiative coverage migration', () => {
  it('goes down and up again, counting the published initiatives already there', async () => {
    const owner = await organisationOwner(app);
    await publishInitiative(app, owner.token, await createInitiative(app, owner.token, owner.organisationId));
    const before = await counters();
    expect(before).toContainEqual({ place_code: 'GM0193', theme: 'EDUCATION', initiatives: 1 });
    expect(before).toContainEqual({ place_code: '*', theme: '*', initiatives: 1 });
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new InitiativeCoverage1764000020000().down(runner);
      const [left] = await app.sql("SELECT to_regclass('initiative_coverage') AS t");
      expect(left?.t).toBeNull();
      await new InitiativeCoverage1764000020000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await counters()).toEqual(before);
  });
});
