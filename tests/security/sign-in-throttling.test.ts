import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, TEST_PASSWORD } from '../../api/src/testing/accounts.js';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app.js';
import { codeOf } from './fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

describe('as an outside client', () => {
  it('gets RATE_LIMITED on the sixth wrong password, and on the right one after that', async () => {
    const { email } = await signUp(app);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(codeOf(await app.gql(SIGN_IN, { e: email, p: `fout-${attempt}-wachtwoord` }))).toBe('UNAUTHENTICATED');
    }
    const sixth = await app.gql(SIGN_IN, { e: email, p: 'fout-6-wachtwoord' }, { language: 'nl' });
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0]?.message).toBe('Te veel pogingen; probeer het later opnieuw.');
    expect(sixth.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf(await app.gql(SIGN_IN, { e: email.toUpperCase(), p: TEST_PASSWORD }))).toBe('RATE_LIMITED');
  });

  it('is throttled across API processes: the count lives in PostgreSQL', async () => {
    const { email } = await signUp(app);
    for (let attempt = 1; attempt <= 3; attempt++) await app.gql(SIGN_IN, { e: email, p: 'fout-wachtwoord-x' });
    // A second Koppel process on the same database continues the count.
    const { startKoppel } = await import('../../api/src/app.js');
    const { loadConfig } = await import('../../api/src/config/config.js');
    const { createLogger } = await import('../../api/src/config/logger.js');
    const { url } = app.koppel.db.options as { url: string };
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: url,
      KOPPEL_DEMO_DATA: 'off',
      LOG_LEVEL: 'silent',
    });
    const other = await startKoppel(config, createLogger('silent'));
    try {
      const ask = async (base: string, password: string) => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
        });
        return codeOf((await response.json()) as never);
      };
      expect(await ask(other.url, 'fout-wachtwoord-y')).toBe('UNAUTHENTICATED');
      expect(await ask(app.url, 'fout-wachtwoord-z')).toBe('UNAUTHENTICATED');
      expect(await ask(other.url, TEST_PASSWORD)).toBe('RATE_LIMITED');
    } finally {
      await other.stop();
    }
  });
});
