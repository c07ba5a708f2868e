import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/src/auth/password.js';
import { createLogger } from '../../api/src/config/logger.js';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../api/src/seed/demo/accounts.js';
import { signIn, TEST_PASSWORD } from '../../api/src/testing/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

// A Koppel of its own, started with NODE_ENV=production (production settings apply to the whole instance).
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demoData: true, env: { NODE_ENV: 'production' } });
});
afterAll(() => app?.stop());

describe('demo accounts in production', () => {
  it('are not created by the seed', async () => {
    expect(await app.sql('SELECT count(*)::int AS n FROM organisation')).not.toEqual([{ n: 0 }]);
    expect(await app.sql("SELECT email FROM account WHERE email LIKE '%@koppel.demo'")).toEqual([]);
    await seedDemoAccounts(app.koppel.db, createLogger('silent'), { production: true });
    expect(await app.sql("SELECT email FROM account WHERE email LIKE '%@koppel.demo'")).toEqual([]);
  });

  it('cannot sign in with the demo password, even where such an account exists', async () => {
    // As if the database had been seeded outside production before.
    await app.sql("INSERT INTO account (email, name, password_hash) VALUES ('fonds@koppel.demo', 'Demo', $1)", [
      await hashPassword(DEMO_PASSWORD),
    ]);
    const refused = await signIn(app, 'fonds@koppel.demo', DEMO_PASSWORD);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    // The same answer as any wrong password.
    const wrong = await signIn(app, 'fonds@koppel.demo', 'een-ander-wachtwoord');
    expect(refused.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('still lets real accounts sign in', async () => {
    await app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: 'echt@example.nl', name: 'Echt', password: TEST_PASSWORD },
    });
    expect(codeOf(await signIn(app, 'echt@example.nl'))).toBe('OK');
  });
});
