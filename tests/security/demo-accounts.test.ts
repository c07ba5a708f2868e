import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/src/config/logger.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../../api/src/seed/demo/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  // The demo dataset as `npm start` seeds it on a fresh database.
  app = await startTestApp({ demoData: true });
});
afterAll(() => app?.stop());

const SIGN_IN =
  'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token viewer { isAdmin memberships { role organisation { kind } } } } }';

describe('demo accounts (outside production)', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a] as const))('%s signs in with the shared demo password', async (email, account) => {
    const response = await app.gql(SIGN_IN, { e: email, p: DEMO_PASSWORD });
    expect(codeOf(response)).toBe('OK');
    const viewer = response.data?.signIn.viewer;
    expect(viewer.isAdmin).toBe(account.admin === true);
    expect(viewer.memberships).toEqual(
      account.membership ? [{ role: account.membership.role, organisation: { kind: account.membership.kind } }] : [],
    );
  });

  it('cover every role and every organisation kind', () => {
    const roles = new Set(DEMO_ACCOUNTS.map((a) => a.membership?.role).filter(Boolean));
    const kinds = new Set(DEMO_ACCOUNTS.map((a) => a.membership?.kind).filter(Boolean));
    expect([...roles].sort()).toEqual(['EDITOR', 'OWNER', 'VIEWER']);
    expect([...kinds].sort()).toEqual(['COMPANY', 'FUND', 'GOVERNMENT', 'INITIATIVE', 'KNOWLEDGE_INSTITUTE', 'MUNICIPALITY', 'NGO']);
    expect(DEMO_ACCOUNTS.some((a) => a.admin)).toBe(true);
  });

  it('are seeded once: seeding again changes nothing', async () => {
    const before = await app.sql(
      'SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM membership)::int AS memberships',
    );
    await seedDemoAccounts(app.koppel.db, createLogger('silent'), { production: false });
    expect(
      await app.sql('SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM membership)::int AS memberships'),
    ).toEqual(before);
  });

  it('share a password nobody may choose for their own account', async () => {
    const response = await app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: 'eigen@example.nl', name: 'Eigen', password: DEMO_PASSWORD },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.fields).toHaveProperty('password');
  });

  it('are listed in the README with the password', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Demo accounts'));
    expect(section).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) expect(section).toContain(account.email);
  });
});
