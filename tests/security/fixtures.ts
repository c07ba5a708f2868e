import { randomBytes } from 'node:crypto';
import { type SignedUp, signUp } from '../../api/src/testing/accounts.js';
import type { GraphqlResponse, TestApp } from '../../api/src/testing/test-app.js';

/**
 * Fixtures built through the public API, as an outside client would: organisations, members and
 * initiatives. Each call makes fresh ones, so tests do not depend on each other.
 */

export const codeOf = (response: GraphqlResponse) => response.errors?.[0]?.extensions.code ?? 'OK';

function dataOf<T>(response: GraphqlResponse, field: string): T {
  const value = response.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return value as T;
}

export function organisationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Stichting Welkom ${randomBytes(3).toString('hex')}`,
    kind: 'NGO',
    description: 'Taalcoaching en begeleiding naar werk voor statushouders.',
    contactEmail: `info-${randomBytes(3).toString('hex')}@welkom.example.nl`,
    contactPhone: '030 123 4567',
    municipalityCode: 'GM0344',
    themes: ['EDUCATION', 'LABOUR_MARKET'],
    ...overrides,
  };
}

export async function createOrganisation(app: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await app.gql(
    'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: organisationInput(overrides) },
    { token },
  );
  return dataOf<{ id: string }>(response, 'createOrganisation').id;
}

export async function addMember(
  app: TestApp,
  ownerToken: string,
  organisationId: string,
  email: string,
  role: 'OWNER' | 'EDITOR' | 'VIEWER',
): Promise<string> {
  const response = await app.gql(
    'mutation ($o: ID!, $e: String!, $r: MembershipRole!) { addMember(organisationId: $o, email: $e, role: $r) { id } }',
    { o: organisationId, e: email, r: role },
    { token: ownerToken },
  );
  return dataOf<{ id: string }>(response, 'addMember').id;
}

export interface Team {
  organisationId: string;
  owner: SignedUp;
  editor: SignedUp;
  viewer: SignedUp;
}

/** An organisation (created by its OWNER) with an EDITOR and a VIEWER. */
export async function team(app: TestApp, overrides: Record<string, unknown> = {}): Promise<Team> {
  const [owner, editor, viewer] = await Promise.all([
    signUp(app, { name: 'Olga Eigenaar' }),
    signUp(app, { name: 'Eva Redacteur' }),
    signUp(app, { name: 'Victor Lezer' }),
  ]);
  const organisationId = await createOrganisation(app, owner.token, overrides);
  await addMember(app, owner.token, organisationId, editor.email, 'EDITOR');
  await addMember(app, owner.token, organisationId, viewer.email, 'VIEWER');
  return { organisationId, owner, editor, viewer };
}

export function initiativeInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: `Taalcafé ${randomBytes(3).toString('hex')}`,
    summary: 'Wekelijks taalcafé waar statushouders Nederlands oefenen met vrijwilligers.',
    description: 'Elke dinsdagavond in de bibliotheek, met taalcoaches uit de buurt.',
    themes: ['EDUCATION'],
    municipalityCodes: ['GM0344'],
    targetGroups: ['STATUSHOUDERS'],
    budgetRequested: 12_000,
    startsOn: '2026-04-01',
    endsOn: '2026-12-31',
    ...overrides,
  };
}

/** A DRAFT initiative of the organisation, created by one of its EDITORs or OWNERs. */
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
  return dataOf<{ id: string }>(response, 'createInitiative').id;
}

export async function publishInitiative(app: TestApp, token: string, id: string): Promise<void> {
  dataOf(await app.gql('mutation ($id: ID!) { publishInitiative(id: $id) { id } }', { id }, { token }), 'publishInitiative');
}

export function needOrOfferInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    kind: 'VOLUNTEERS',
    title: `Taalmaatjes gezocht ${randomBytes(3).toString('hex')}`,
    description: 'Vrijwilligers die een uur per week met een statushouder Nederlands oefenen.',
    theme: 'EDUCATION',
    municipalityCode: 'GM0344',
    quantity: 10,
    ...overrides,
  };
}

export async function createNeed(
  app: TestApp,
  token: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await app.gql(
    'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
    { input: needOrOfferInput(organisationId, overrides) },
    { token },
  );
  return dataOf<{ id: string }>(response, 'createNeed').id;
}

export async function createOffer(
  app: TestApp,
  token: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await app.gql(
    'mutation ($input: OfferInput!) { createOffer(input: $input) { id } }',
    { input: needOrOfferInput(organisationId, overrides) },
    { token },
  );
  return dataOf<{ id: string }>(response, 'createOffer').id;
}

export function fundProfileInput(overrides: Record<string, unknown> = {}) {
  return {
    themes: ['EDUCATION', 'LABOUR_MARKET'],
    provinceCodes: ['PV26'],
    minGrant: 5_000,
    maxGrant: 50_000,
    budgetAvailable: 250_000,
    ...overrides,
  };
}
