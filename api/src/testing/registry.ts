import { type SignedUp, signUp } from './accounts.js';
import type { GraphqlResponse, TestApp } from './test-app.js';

/**
 * Registry factories for tests: they go through the API as a client would, and fill in whatever a
 * test does not care about.
 */

export const GM = { zwolle: 'GM0193', deventer: 'GM0150', amsterdam: 'GM0363', utrecht: 'GM0344', tilburg: 'GM0855' } as const;
export const PV = { overijssel: 'PV23', noordHolland: 'PV27', utrecht: 'PV26', noordBrabant: 'PV30' } as const;

export function organisationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Stichting Nieuwe Buren Zwolle',
    kind: 'NGO',
    description: 'Wij koppelen nieuwkomers aan buren in Zwolle.',
    website: 'https://nieuweburen.example',
    contactEmail: 'info@nieuweburen.example',
    contactPhone: '038 123 4567',
    municipalityCode: GM.zwolle,
    themes: ['EDUCATION', 'VOLUNTEERING'],
    ...overrides,
  };
}

/** Everything publishing needs. */
export function initiativeInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: 'Taalmaatjes Zwolle',
    summary: 'Vrijwillige taalcoach en statushouder oefenen wekelijks samen Nederlands.',
    description: 'Een jaar lang, een uur per week, in de bibliotheek of thuis.',
    themes: ['EDUCATION'],
    municipalityCodes: [GM.zwolle],
    targetGroups: ['STATUSHOUDERS'],
    budgetRequested: 15000,
    coFundingSecured: 2500,
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    ...overrides,
  };
}

export async function createOrganisation(app: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await app.gql(
    'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: organisationInput(overrides) },
    { token },
  );
  return expectData(response, 'createOrganisation').id;
}

export async function createInitiative(
  app: TestApp,
  token: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await app.gql(
    'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
    { input: initiativeInput(organisationId, overrides) },
    { token },
  );
  return expectData(response, 'createInitiative').id;
}

export async function publishInitiative(app: TestApp, token: string, id: string): Promise<void> {
  expectData(await app.gql('mutation ($id: ID!) { publishInitiative(id: $id) { id } }', { id }, { token }), 'publishInitiative');
}

/** A new account that owns a new organisation. */
export async function organisationOwner(
  app: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<SignedUp & { organisationId: string }> {
  const owner = await signUp(app);
  return { ...owner, organisationId: await createOrganisation(app, owner.token, overrides) };
}

/** Adds a member with a role straight in the database (member management is the accounts feature's). */
export async function addMember(app: TestApp, organisationId: string, role: 'OWNER' | 'EDITOR' | 'VIEWER'): Promise<SignedUp> {
  const member = await signUp(app);
  await app.sql('INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3)', [organisationId, member.accountId, role]);
  return member;
}

export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const [row] = await app.sql(
    `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM initiative)::int AS initiatives,
            (SELECT count(*) FROM fund_profile)::int AS fund_profiles, (SELECT count(*) FROM need)::int AS needs,
            (SELECT count(*) FROM offer)::int AS offers, (SELECT count(*) FROM membership)::int AS memberships,
            (SELECT count(*) FROM audit_entry)::int AS audit_entries`,
  );
  return row as Record<string, number>;
}

export function expectData<T = any>(response: GraphqlResponse, field: string): T {
  const value = response.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return value as T;
}

export function errorOf(response: GraphqlResponse) {
  const error = response.errors?.[0];
  return { code: error?.extensions.code, fields: error?.extensions.fields ?? {}, message: error?.message };
}
