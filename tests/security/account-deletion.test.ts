import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymFor } from '../../api/src/audit/audit.service.js';
import { signIn, signUp, TEST_PASSWORD } from '../../api/src/testing/accounts.js';
import { addMemberByEmail, createInitiative, createOrganisation, publishInitiative } from '../../api/src/testing/registry.js';
import { codeOf, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app, { name: 'De eerste (admin)' });
});
afterAll(() => app?.stop());

const DELETE = 'mutation ($p: String!) { deleteMyAccount(password: $p) }';

/** Every text-like column of every table, searched for a value: the address must be nowhere. */
async function placesHolding(value: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await app.sql(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector')
             OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
      ORDER BY c.table_name, c.column_name`,
  );
  expect(columns.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await app.sql(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%'`, [value]);
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe('deleting an account', () => {
  it('removes the person and every trace of their e-mail address; organisations with other members stay', async () => {
    const email = `verdwijn-${randomBytes(4).toString('hex')}@example.nl`;
    const person = await signUp(app, { email, name: 'Dirk Vertrekker' });
    const colleague = await signUp(app, { name: 'Carla Collega' });

    // An organisation with a colleague, whose contact address is the person's own, with a published initiative.
    const shared = await createOrganisation(app, person.token, { contactEmail: email.toUpperCase(), name: 'Stichting Blijft Bestaan' });
    const colleagueMembership = await addMemberByEmail(app, person.token, shared, colleague.email, 'EDITOR');
    const initiativeId = await createInitiative(app, person.token, shared, { title: 'Taalcafé dat blijft' });
    await publishInitiative(app, person.token, initiativeId);
    // An organisation the person runs alone.
    const alone = await createOrganisation(app, person.token, { name: 'Eenmanszaak Dirk' });
    // Sessions, a token, a failed sign-in.
    await signIn(app, email);
    const apiToken = (await app.gql('mutation { createApiToken(input: { name: "export-script" }) { token } }', {}, { token: person.token }))
      .data?.createApiToken.token;
    await signIn(app, email, 'niet-het-wachtwoord');
    expect(await placesHolding(email)).not.toEqual([]);

    // The only OWNER of an organisation with other members must hand it over first.
    const refused = await app.gql(DELETE, { p: TEST_PASSWORD }, { token: person.token });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('Stichting Blijft Bestaan');
    expect(refused.errors?.[0]?.extensions.organisations).toEqual([{ id: shared, name: 'Stichting Blijft Bestaan' }]);
    const wrong = await app.gql(DELETE, { p: 'niet-het-wachtwoord' }, { token: person.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions.fields).toHaveProperty('password');
    expect(codeOf(await app.gql(DELETE, { p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');

    await app.gql(
      'mutation ($m: ID!) { changeMemberRole(membershipId: $m, role: OWNER) { id } }',
      { m: colleagueMembership },
      { token: person.token },
    );
    const deleted = await app.gql(DELETE, { p: TEST_PASSWORD }, { token: person.token });
    expect(deleted.data?.deleteMyAccount).toBe(true);

    // Cannot sign in; no token or session works.
    expect(codeOf(await signIn(app, email))).toBe('UNAUTHENTICATED');
    for (const token of [person.token, apiToken]) expect((await app.gql('{ me { id } }', {}, { token })).status).toBe(401);

    // The address is nowhere in the database, in any table.
    expect(await placesHolding(email)).toEqual([]);
    expect(await app.sql('SELECT id FROM account WHERE id = $1', [person.accountId])).toEqual([]);
    expect(await app.sql('SELECT id FROM credential WHERE account_id = $1', [person.accountId])).toEqual([]);
    expect(await app.sql('SELECT id FROM membership WHERE account_id = $1', [person.accountId])).toEqual([]);

    // No audit entry carries the account's id, in any column (actor, entity id, organisation, details).
    expect(await app.sql('SELECT id FROM audit_entry a WHERE to_jsonb(a)::text ILIKE $1', [`%${person.accountId}%`])).toEqual([]);
    expect(await placesHolding(person.accountId)).toEqual([]);
    // …while the entries about the account (sign-up, sign-in, the token) are still there, under the pseudonym.
    const aboutAccount = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1', [
      pseudonymFor(person.accountId),
    ]);
    expect(aboutAccount[0]?.n).toBeGreaterThan(0);

    // The audit log keeps what happened, under a pseudonym only.
    const entries = await app.sql(
      "SELECT actor_account_id, actor_pseudonym FROM audit_entry WHERE action = 'createOrganisation' AND entity_id = $1",
      [shared],
    );
    expect(entries).toEqual([{ actor_account_id: null, actor_pseudonym: expect.stringMatching(/^account-[0-9a-f]{12}$/) }]);

    // The shared organisation and its published initiative stay with the colleague as OWNER; the other one stays, without members.
    const organisation = await app.gql(
      'query ($o: ID!) { organisation(id: $o) { name contactEmail members { role person { id } } } }',
      { o: shared },
      { token: colleague.token },
    );
    expect(organisation.data?.organisation).toEqual({
      name: 'Stichting Blijft Bestaan',
      contactEmail: null,
      members: [{ role: 'OWNER', person: { id: colleague.accountId } }],
    });
    expect((await app.gql('query ($i: ID!) { initiative(id: $i) { title } }', { i: initiativeId })).data?.initiative.title).toBe(
      'Taalcafé dat blijft',
    );
    expect((await app.gql('query ($o: ID!) { organisation(id: $o) { name } }', { o: alone })).data?.organisation.name).toBe(
      'Eenmanszaak Dirk',
    );
    expect(await app.sql('SELECT id FROM membership WHERE organisation_id = $1', [alone])).toEqual([]);
  });

  it('lets the address sign up afresh afterwards', async () => {
    const email = `opnieuw-${randomBytes(4).toString('hex')}@example.nl`;
    const person = await signUp(app, { email });
    expect((await app.gql(DELETE, { p: TEST_PASSWORD }, { token: person.token })).data?.deleteMyAccount).toBe(true);
    const again = await signUp(app, { email });
    expect(again.accountId).not.toBe(person.accountId);
  });
});
