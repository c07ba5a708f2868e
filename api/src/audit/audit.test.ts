import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, signUp } from '../testing/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signUp(app, { name: 'Beheerder' });
});
afterAll(() => app?.stop());

const LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action entity entityId organisationId changedFields actorId actorPseudonym actor { id name } requestId } }
  }
}`;

describe('the audit log', () => {
  it('is for admins only', async () => {
    const person = await signUp(app);
    expect(codeOf(await app.gql(LOG, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LOG))).toBe('UNAUTHENTICATED');
  });

  it('lists writes newest first, with who, what and the names of changed fields, filtered and paged', async () => {
    const person = await signUp(app);
    for (const name of ['een', 'twee', 'drie']) {
      await app.gql(
        'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { token } }',
        { input: { name } },
        { token: person.token },
      );
    }
    const filter = { actorId: person.accountId, action: 'createApiToken' };
    const first = await app.gql(LOG, { filter, first: 2 }, { token: admin.token });
    const connection = first.data?.auditLog;
    expect(connection.totalCount).toBe(3);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.edges).toHaveLength(2);
    const node = connection.edges[0].node;
    expect(node).toMatchObject({
      action: 'createApiToken',
      entity: 'Credential',
      changedFields: ['name'],
      actorId: person.accountId,
      actor: { id: person.accountId },
    });
    expect(node.actorPseudonym).toMatch(/^account-[0-9a-f]{12}$/);
    expect(Number(connection.edges[0].node.id)).toBeGreaterThan(Number(connection.edges[1].node.id));

    const second = await app.gql(LOG, { filter, first: 2, after: connection.pageInfo.endCursor }, { token: admin.token });
    expect(second.data?.auditLog.edges).toHaveLength(1);
    expect(second.data?.auditLog.pageInfo).toEqual({ hasNextPage: false, endCursor: second.data?.auditLog.edges[0].cursor });

    const [{ id: tokenId }] = await app.sql("SELECT id FROM credential WHERE kind = 'API_TOKEN' AND account_id = $1 AND name = 'twee'", [
      person.accountId,
    ]);
    const byEntity = await app.gql(LOG, { filter: { entity: 'Credential', entityId: tokenId } }, { token: admin.token });
    expect(byEntity.data?.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['createApiToken']);

    const future = await app.gql(
      LOG,
      { filter: { actorId: person.accountId, from: new Date(Date.now() + 3_600_000).toISOString() } },
      { token: admin.token },
    );
    expect(future.data?.auditLog.totalCount).toBe(0);
    const past = await app.gql(
      LOG,
      { filter: { actorId: person.accountId, to: new Date(Date.now() + 3_600_000).toISOString() } },
      { token: admin.token },
    );
    expect(past.data?.auditLog.totalCount).toBe(4);
  });

  it('never holds a secret: no password, token or hash in any entry', async () => {
    const person = await signUp(app, { password: 'een-geheim-wachtwoord-99' });
    const token = (await app.gql('mutation { createApiToken(input: { name: "x" }) { token } }', {}, { token: person.token })).data
      ?.createApiToken.token;
    const all = JSON.stringify(await app.sql('SELECT * FROM audit_entry'));
    for (const secret of ['een-geheim-wachtwoord-99', token, person.token, 'scrypt$']) expect(all).not.toContain(secret);
  });

  it.each([
    [{ filter: { actorId: 'geen-uuid' } }, 'actorId'],
    [{ filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'from'],
    [{ first: 101 }, 'first'],
    [{ after: 'onzin' }, 'after'],
  ])('refuses %o naming %s', async (variables, field) => {
    const response = await app.gql(LOG, variables, { token: admin.token });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(Object.keys(response.errors?.[0]?.extensions.fields ?? {})).toContain(field);
  });
});
