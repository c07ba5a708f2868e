import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, signUp } from '../testing/accounts.js';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signUp(app, { name: 'Eerste Beheerder' });
});
afterAll(() => app?.stop());

const APPOINT = 'mutation ($e: String!) { appointAdmin(email: $e) { id name email } }';
const DISMISS = 'mutation ($id: ID!) { dismissAdmin(accountId: $id) }';
const ADMINS = '{ admins { id } }';
const UPDATE =
  'mutation ($code: String!, $input: MunicipalityInput!) { updateMunicipality(code: $code, input: $input) { code name population province { code } } }';

describe('alliance admins', () => {
  it('appoint and dismiss admins; others get FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const person = await signUp(app);
    const other = await signUp(app);
    expect(codeOf(await app.gql(APPOINT, { e: other.email }, { token: person.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(APPOINT, { e: other.email }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(ADMINS, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ADMINS))).toBe('UNAUTHENTICATED');

    const appointed = await app.gql(APPOINT, { e: person.email.toUpperCase() }, { token: admin.token });
    expect(appointed.data?.appointAdmin).toEqual({ id: person.accountId, name: 'Test Persoon', email: person.email });
    expect((await app.gql('{ me { isAdmin } }', {}, { token: person.token })).data?.me.isAdmin).toBe(true);
    expect((await app.gql(ADMINS, {}, { token: person.token })).data?.admins.map((a: { id: string }) => a.id)).toContain(admin.accountId);

    expect((await app.gql(DISMISS, { id: person.accountId }, { token: admin.token })).data?.dismissAdmin).toBe(true);
    expect(codeOf(await app.gql(APPOINT, { e: other.email }, { token: person.token }))).toBe('FORBIDDEN');
    const audit = await app.sql(
      "SELECT action, entity_id, changed_fields FROM audit_entry WHERE action IN ('appointAdmin', 'dismissAdmin') AND entity_id = $1 ORDER BY id",
      [person.accountId],
    );
    expect(audit).toEqual([
      { action: 'appointAdmin', entity_id: person.accountId, changed_fields: ['isAdmin'] },
      { action: 'dismissAdmin', entity_id: person.accountId, changed_fields: ['isAdmin'] },
    ]);
  });

  it('names the field of an unknown address, and answers NOT_FOUND for dismissing a non-admin', async () => {
    const response = await app.gql(APPOINT, { e: 'niemand@example.nl' }, { token: admin.token });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions.fields).toHaveProperty('email');
    const person = await signUp(app);
    expect(codeOf(await app.gql(DISMISS, { id: person.accountId }, { token: admin.token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DISMISS, { id: 'geen-id' }, { token: admin.token }))).toBe('NOT_FOUND');
  });

  it('keep one admin: the last cannot be dismissed, also when two dismiss each other at once', async () => {
    const second = await signUp(app);
    await app.gql(APPOINT, { e: second.email }, { token: admin.token });
    const results = await Promise.all([
      app.gql(DISMISS, { id: second.accountId }, { token: admin.token }),
      app.gql(DISMISS, { id: admin.accountId }, { token: second.token }),
    ]);
    // The loser is refused: CONFLICT (the last admin stays), or FORBIDDEN when it was dismissed before its request began.
    const codes = results.map(codeOf).sort();
    expect([
      ['CONFLICT', 'OK'],
      ['FORBIDDEN', 'OK'],
    ]).toContainEqual(codes);
    const [{ admins }] = await app.sql('SELECT count(*)::int AS admins FROM account WHERE is_admin');
    expect(admins).toBe(1);
    // Whoever is left is the last admin, and cannot dismiss themselves.
    const [{ id }] = await app.sql('SELECT id FROM account WHERE is_admin');
    const last = id === admin.accountId ? admin : second;
    expect(codeOf(await app.gql(DISMISS, { id }, { token: last.token }))).toBe('CONFLICT');
    if (last !== admin) {
      await app.gql(APPOINT, { e: admin.email }, { token: second.token });
    }
  });

  it('correct a municipality of the reference data, which everyone then sees', async () => {
    const updated = await app.gql(
      UPDATE,
      { code: 'GM0193', input: { name: 'Zwolle (Overijssel)', population: 134000 } },
      { token: admin.token },
    );
    expect(updated.data?.updateMunicipality).toEqual({
      code: 'GM0193',
      name: 'Zwolle (Overijssel)',
      population: 134000,
      province: { code: 'PV23' },
    });
    const listed = await app.gql('{ municipalities(search: "zwolle") { code name population } }');
    expect(listed.data?.municipalities).toEqual([{ code: 'GM0193', name: 'Zwolle (Overijssel)', population: 134000 }]);
    const [entry] = await app.sql("SELECT changed_fields FROM audit_entry WHERE action = 'updateMunicipality' AND entity_id = 'GM0193'");
    expect(entry.changed_fields).toEqual(['name', 'population']);
  });

  it('refuse bad reference data naming the field, unknown codes, and non-admins', async () => {
    const person = await signUp(app);
    const bad = await app.gql(UPDATE, { code: 'GM0344', input: { population: -1 } }, { token: admin.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.fields).toHaveProperty('population');
    expect(codeOf(await app.gql(UPDATE, { code: 'GM0344', input: {} }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE, { code: 'GM9999', input: { population: 1 } }, { token: admin.token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(UPDATE, { code: 'GM0344', input: { population: 1 } }, { token: person.token }))).toBe('FORBIDDEN');
    const [utrecht] = await app.sql("SELECT population FROM municipality WHERE code = 'GM0344'");
    expect(utrecht.population).toBe(374238);
  });
});
