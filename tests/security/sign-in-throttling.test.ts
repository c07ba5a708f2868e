import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUp, TEST_PASSWORD } from '../../api/src/testing/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('as an outside client', () => {
  it('gets RATE_LIMITED on the sixth wrong password, and on the right one after that', async () => {
    const { email } = await signUp(app);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(codeOf(await signIn(app, email, `fout-${attempt}-wachtwoord`))).toBe('UNAUTHENTICATED');
    }
    const sixth = await signIn(app, email, 'fout-6-wachtwoord', { language: 'nl' });
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0]?.message).toBe('Te veel pogingen; probeer het later opnieuw.');
    expect(sixth.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf(await signIn(app, email.toUpperCase()))).toBe('RATE_LIMITED');
  });

  it('is throttled across API processes: the count lives in PostgreSQL', async () => {
    const { email } = await signUp(app);
    for (let attempt = 1; attempt <= 3; attempt++) await signIn(app, email, 'fout-wachtwoord-x');
    // A second Koppel process on the same database continues the count.
    const other = await startTestApp({ databaseUrl: app.databaseUrl });
    try {
      expect(codeOf(await signIn(other, email, 'fout-wachtwoord-y'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await signIn(app, email, 'fout-wachtwoord-z'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await signIn(other, email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    } finally {
      await other.stop();
    }
  });
});
