import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, sessionCookie, signIn, signUp, TEST_PASSWORD } from '../testing/accounts.js';
import { organisationWithMembers } from '../testing/registry.js';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signUp(app, { name: 'Beheerder' });
});
afterAll(() => app?.stop());

const DELETE = 'mutation ($p: String!) { deleteMyAccount(password: $p) }';

describe('exporting my data', () => {
  it('returns the account, memberships, sessions, tokens and own audit entries — never a secret', async () => {
    const person = await signUp(app, { name: 'Petra Privé' });
    const organisationId = await organisationWithMembers(app, [[person, 'EDITOR']], 'Stichting Export');
    const token = (await app.gql('mutation { createApiToken(input: { name: "backup" }) { token } }', {}, { token: person.token })).data
      ?.createApiToken.token;

    const response = await app.gql('{ exportMyData }', {}, { token: person.token });
    const data = response.data?.exportMyData;
    expect(data.format).toBe('koppel-personal-data/1');
    expect(data.account).toMatchObject({ id: person.accountId, email: person.email, name: 'Petra Privé', isAdmin: false });
    expect(data.memberships).toEqual([
      expect.objectContaining({ role: 'EDITOR', organisation: { id: organisationId, name: 'Stichting Export', kind: 'NGO' } }),
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(data.apiTokens).toEqual([expect.objectContaining({ name: 'backup', revokedAt: null })]);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toEqual(['signUp', 'createApiToken']);
    const text = JSON.stringify(data);
    for (const secret of [token, person.token, TEST_PASSWORD, 'scrypt$', 'token_hash', 'passwordHash']) expect(text).not.toContain(secret);
  });

  it('is a file to download with the session cookie or a bearer token', async () => {
    const person = await signUp(app);
    const cookie = sessionCookie(await signIn(app, person.email));
    const credentials: Record<string, string>[] = [{ authorization: `Bearer ${person.token}` }, { cookie }];
    for (const headers of credentials) {
      const response = await fetch(`${app.url}/api/me/export`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="koppel-export-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toHaveProperty(['account', 'email'], person.email);
    }
  });

  it('is refused without valid credentials', async () => {
    const credentials: Record<string, string>[] = [{}, { authorization: 'Bearer kps_onbekend' }, { cookie: 'koppel_session=kps_verlopen' }];
    for (const headers of credentials) {
      const response = await fetch(`${app.url}/api/me/export`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toHaveProperty(['errors', 0, 'extensions', 'code'], 'UNAUTHENTICATED');
    }
    expect(codeOf(await app.gql('{ exportMyData }'))).toBe('UNAUTHENTICATED');
  });
});

describe('deleting my account', () => {
  it('is throttled like sign-in, so a stolen session cannot guess the password', async () => {
    const person = await signUp(app);
    for (let i = 0; i < 5; i++)
      expect(codeOf(await app.gql(DELETE, { p: `fout-${i}-wachtwoord` }, { token: person.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(DELETE, { p: TEST_PASSWORD }, { token: person.token }))).toBe('RATE_LIMITED');
    expect(await app.sql('SELECT id FROM account WHERE id = $1', [person.accountId])).toHaveLength(1);
  });

  it('is refused for the last alliance admin while other accounts exist', async () => {
    const response = await app.gql(DELETE, { p: TEST_PASSWORD }, { token: admin.token });
    expect(codeOf(response)).toBe('CONFLICT');
    expect(await app.sql('SELECT id FROM account WHERE id = $1', [admin.accountId])).toHaveLength(1);
  });

  it('keeps an OWNER when two OWNERs leave in different ways at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await signUp(app);
      const b = await signUp(app);
      const member = await signUp(app);
      const organisationId = await organisationWithMembers(app, [
        [a, 'OWNER'],
        [b, 'OWNER'],
        [member, 'VIEWER'],
      ]);
      const results = await Promise.all([
        app.gql(DELETE, { p: TEST_PASSWORD }, { token: a.token }),
        app.gql('mutation ($o: ID!) { leaveOrganisation(organisationId: $o) }', { o: organisationId }, { token: b.token }),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
      const [{ owners }] = await app.sql("SELECT count(*)::int AS owners FROM membership WHERE organisation_id = $1 AND role = 'OWNER'", [
        organisationId,
      ]);
      expect(owners).toBe(1);
    }
  });
});
