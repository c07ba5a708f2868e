import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { Accounts1764000003000 } from './1764000003000-accounts.js';

/** The accounts migration can be undone and redone, so its `down()` does not rot. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const objects = () =>
  app.sql<{ name: string }>(
    `SELECT relname AS name FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace
        AND relname IN ('sign_in_attempt', 'membership_organisation_role_idx', 'account_is_admin_idx', 'credential_account_kind_idx')
      ORDER BY 1`,
  );

describe('the accounts migration', () => {
  it('goes down and up again', async () => {
    const before = await objects();
    expect(before).toHaveLength(4);
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new Accounts1764000003000().down(runner);
      expect(await objects()).toEqual([]);
      await new Accounts1764000003000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await objects()).toEqual(before);
  });
});
