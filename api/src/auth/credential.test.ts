import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, signIn, signUp } from '../testing/accounts.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const CREATE =
  'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name createdAt lastUsedAt expiresAt } } }';
const LIST = '{ me { apiTokens { id name createdAt lastUsedAt } sessions { id current expiresAt } } }';
async function createToken(token: string, input: { name: string; expiresInDays?: number }) {
  const response = await app.gql(CREATE, { input }, { token });
  if (!response.data?.createApiToken) throw new Error(JSON.stringify(response.errors));
  return response.data.createApiToken as {
    token: string;
    apiToken: { id: string; name: string; createdAt: string; expiresAt: string | null };
  };
}

describe('personal API tokens', () => {
  it('shows a new token once, stores only its hash, lists it without the token, and revokes it', async () => {
    const person = await signUp(app);
    const { token, apiToken } = await createToken(person.token, { name: 'importscript' });
    expect(token).toMatch(/^kpt_/);
    expect(apiToken.name).toBe('importscript');

    const stored = await app.sql("SELECT token_hash, name FROM credential WHERE kind = 'API_TOKEN' AND account_id = $1", [
      person.accountId,
    ]);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(Buffer.from(stored[0].token_hash).toString('hex')).not.toContain(Buffer.from(token).toString('hex'));

    const me = await app.gql(LIST, {}, { token });
    expect(me.data?.me.apiTokens).toEqual([
      { id: apiToken.id, name: 'importscript', createdAt: apiToken.createdAt, lastUsedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(me.data)).not.toContain(token);

    const revoked = await app.gql('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id }, { token: person.token });
    expect(revoked.data?.revokeApiToken).toBe(true);
    const after = await app.gql(LIST, {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(LIST, {}, { token: person.token })).data?.me.apiTokens).toEqual([]);

    const audit = await app.sql('SELECT action, changed_fields FROM audit_entry WHERE actor_account_id = $1 ORDER BY id', [
      person.accountId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['signUp', 'createApiToken', 'revokeApiToken']);
  });

  it("refuses to revoke another account's token with NOT_FOUND", async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const { apiToken } = await createToken(owner.token, { name: 'mijn script' });
    for (const id of [apiToken.id, 'geen-id']) {
      const response = await app.gql('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id }, { token: other.token });
      expect(response.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect((await app.gql(LIST, {}, { token: owner.token })).data?.me.apiTokens).toHaveLength(1);
  });

  it('names the field of a bad token name, and needs a signed-in viewer', async () => {
    const person = await signUp(app);
    const bad = await app.gql(CREATE, { input: { name: ' ' } }, { token: person.token });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.fields).toHaveProperty('name');
    const anonymous = await app.gql(CREATE, { input: { name: 'x' } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a token expire after the days asked for', async () => {
    const person = await signUp(app);
    const { token, apiToken } = await createToken(person.token, { name: 'kort', expiresInDays: 1 });
    expect(apiToken.expiresAt).not.toBeNull();
    expect(Date.parse(apiToken.expiresAt ?? '') - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await app.sql("UPDATE credential SET expires_at = now() - interval '1 second' WHERE id = $1", [apiToken.id]);
    const response = await app.gql('{ me { id } }', {}, { token });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('sessions', () => {
  it('expire: an expired bearer session is UNAUTHENTICATED (401), an expired cookie is signed out', async () => {
    const person = await signUp(app);
    const session = await signIn(app, person.email);
    const cookie = sessionCookie(session);
    await app.sql("UPDATE credential SET expires_at = now() - interval '1 minute' WHERE account_id = $1 AND kind = 'SESSION'", [
      person.accountId,
    ]);

    const bearer = await app.gql('{ me { id } }', {}, { token: session.data?.signIn.token });
    expect(bearer.status).toBe(401);
    expect(bearer.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const withCookie = await app.gql('{ me { id } }', {}, { cookie });
    expect(withCookie.status).toBe(200);
    expect(withCookie.data?.me).toBeNull();
    const write = await app.gql(CREATE, { input: { name: 'x' } }, { cookie });
    expect(write.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('last as long as KOPPEL_SESSION_TTL_HOURS says', async () => {
    const person = await signUp(app);
    const [session] = await app.sql(
      "SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM credential WHERE account_id = $1 AND kind = 'SESSION'",
      [person.accountId],
    );
    expect(Math.abs(session.seconds - 14 * 24 * 3600)).toBeLessThan(5);
  });

  it('can all be ended but the current one; API tokens stay', async () => {
    const person = await signUp(app);
    const laptop = (await signIn(app, person.email)).data?.signIn.token;
    const phone = (await signIn(app, person.email)).data?.signIn.token;
    const script = (await app.gql(CREATE, { input: { name: 'script' } }, { token: laptop })).data?.createApiToken.token;

    const sessions = (await app.gql(LIST, {}, { token: laptop })).data?.me.sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const ended = await app.gql('mutation { endOtherSessions }', {}, { token: laptop });
    expect(ended.data?.endOtherSessions).toBe(2);
    expect((await app.gql('{ me { id } }', {}, { token: phone })).status).toBe(401);
    expect((await app.gql('{ me { id } }', {}, { token: person.token })).status).toBe(401);
    expect((await app.gql('{ me { id } }', {}, { token: laptop })).data?.me.id).toBe(person.accountId);
    expect((await app.gql('{ me { id } }', {}, { token: script })).data?.me.id).toBe(person.accountId);
  });
});
