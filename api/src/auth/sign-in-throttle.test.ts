import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUp, TEST_PASSWORD } from '../testing/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('sign-in throttling', () => {
  it('refuses the sixth try within 15 minutes with RATE_LIMITED, even with the right password, in any case', async () => {
    const { email } = await signUp(app);
    for (let i = 0; i < 5; i++)
      expect(codeOf(await signIn(app, i % 2 ? email.toUpperCase() : email, 'fout-wachtwoord-123'))).toBe('UNAUTHENTICATED');
    const sixth = await signIn(app, email, TEST_PASSWORD);
    expect(sixth.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(sixth.errors?.[0]?.extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(codeOf(await signIn(app, email.toUpperCase(), TEST_PASSWORD))).toBe('RATE_LIMITED');
  });

  it('lets the person in again once the window has passed', async () => {
    const { email } = await signUp(app);
    for (let i = 0; i < 5; i++) await signIn(app, email, 'fout-wachtwoord-123');
    expect(codeOf(await signIn(app, email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    await app.sql("UPDATE sign_in_attempt SET attempted_at = attempted_at - interval '15 minutes 1 second'");
    expect(codeOf(await signIn(app, email, TEST_PASSWORD))).toBe('OK');
  });

  it('counts per address: another account signs in as usual', async () => {
    const { email } = await signUp(app);
    const other = await signUp(app);
    for (let i = 0; i < 6; i++) await signIn(app, email, 'fout-wachtwoord-123');
    expect(codeOf(await signIn(app, other.email, TEST_PASSWORD))).toBe('OK');
  });

  it('lets only 5 of 20 parallel wrong guesses be tried', async () => {
    const { email } = await signUp(app);
    const responses = await Promise.all(Array.from({ length: 20 }, () => signIn(app, email, 'fout-wachtwoord-123')));
    const codes = responses.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('throttles unknown addresses the same way, so the answer says nothing about who has an account', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await signIn(app, 'niemand-hier@example.nl', 'fout-wachtwoord-123'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(app, 'niemand-hier@example.nl', 'fout-wachtwoord-123'))).toBe('RATE_LIMITED');
  });

  it('does not count successful sign-ins', async () => {
    const { email } = await signUp(app);
    for (let i = 0; i < 8; i++) expect(codeOf(await signIn(app, email, TEST_PASSWORD))).toBe('OK');
  });

  it('stores a hash of the address, never the address', async () => {
    const { email } = await signUp(app);
    await signIn(app, email, 'fout-wachtwoord-123');
    const rows = await app.sql("SELECT encode(email_hash, 'escape') AS raw, encode(email_hash, 'hex') AS hex FROM sign_in_attempt");
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain(Buffer.from(email).toString('hex'));
  });
});
