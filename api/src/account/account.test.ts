import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUp, TEST_PASSWORD } from '../testing/accounts.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const ME = '{ me { id email name isAdmin memberships { role } } }';

describe('accounts', () => {
  it('makes the first account an alliance admin, and no other', async () => {
    const first = await signUp(app);
    const second = await signUp(app);
    expect((await app.gql(ME, {}, { token: first.token })).data?.me.isAdmin).toBe(true);
    expect((await app.gql(ME, {}, { token: second.token })).data?.me.isAdmin).toBe(false);
  });

  it('signs in with a bearer token and a session cookie, and signs out', async () => {
    const { email } = await signUp(app);
    const signedIn = await app.gql('mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token viewer { email } } }', {
      e: email.toUpperCase(),
      p: TEST_PASSWORD,
    });
    expect(signedIn.data?.signIn.viewer.email).toBe(email);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/koppel_session=kps_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const token = signedIn.data?.signIn.token;
    expect((await app.gql(ME, {}, { token })).data?.me.email).toBe(email);
    expect((await app.gql(ME, {}, { cookie: cookie.split(';')[0] })).data?.me.email).toBe(email);

    expect((await app.gql('mutation { signOut }', {}, { token })).data?.signOut).toBe(true);
    const after = await app.gql(ME, {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers null for me when signed out', async () => {
    expect((await app.gql(ME)).data?.me).toBeNull();
  });

  it.each([['Bearer kps_unknown'], ['Bearer'], ['Basic dXNlcjpwYXNz']])(
    'refuses the credentials %s with UNAUTHENTICATED, not a server error',
    async (authorization) => {
      const response = await app.gql('{ themes { slug } }', {}, { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    },
  );

  it('gives an unknown e-mail and a wrong password the same answer', async () => {
    const { email } = await signUp(app);
    const wrongPassword = await signIn(app, email, 'niet-het-goede-wachtwoord');
    const unknownEmail = await signIn(app, 'niemand@example.nl', 'niet-het-goede-wachtwoord');
    expect(wrongPassword.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(unknownEmail.errors?.[0]?.extensions.code).toBe(wrongPassword.errors?.[0]?.extensions.code);
  });

  it.each([
    [{ email: 'geen-adres', name: 'A', password: TEST_PASSWORD }, 'email'],
    [{ email: 'a@example.nl', name: '', password: TEST_PASSWORD }, 'name'],
    [{ email: 'b@example.nl', name: 'B', password: 'kort' }, 'password'],
    [{ email: 'c@example.nl', name: 'C', password: 'wachtwoord123' }, 'password'],
  ])('refuses a bad sign-up %o naming the field, and writes nothing', async (input, field) => {
    const before = await app.sql('SELECT count(*)::int AS n FROM account');
    const response = await app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', { input }, { language: 'nl' });
    expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(response.errors?.[0]?.extensions.fields ?? {})).toContain(field);
    expect(await app.sql('SELECT count(*)::int AS n FROM account')).toEqual(before);
  });

  it('refuses a second account with the same e-mail in any case', async () => {
    const { email } = await signUp(app);
    const response = await app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: email.toUpperCase(), name: 'Dubbel', password: TEST_PASSWORD },
    });
    expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.fields).toHaveProperty('email');
  });
});
