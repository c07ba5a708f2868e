import { type SignedUp, signUp } from './accounts.js';
import { expectData, type TestApp } from './test-app.js';

/**
 * Registry factories for tests: they go through the API as a client would, and fill in whatever a
 * test does not care about. Overrides are loose on purpose: a test may add optional fields, or send a
 * wrong value to see it refused.
 */

export const GM = { zwolle: 'GM0193', deventer: 'GM0150', amsterdam: 'GM0363', utrecht: 'GM0344', tilburg: 'GM0855' } as const;
export const PV = { overijssel: 'PV23', noordHolland: 'PV27', utrecht: 'PV26', noordBrabant: 'PV30' } as const;

export type Role = 'OWNER' | 'EDITOR' | 'VIEWER';
type Overrides = Record<string, unknown>;

const ORGANISATION = {
  name: 'Stichting Nieuwe Buren Zwolle',
  kind: 'NGO',
  description: 'Wij koppelen nieuwkomers aan buren in Zwolle.',
  website: 'https://nieuweburen.example',
  contactEmail: 'info@nieuweburen.example',
  contactPhone: '038 123 4567',
  municipalityCode: GM.zwolle,
  themes: ['EDUCATION', 'VOLUNTEERING'],
};

export function organisationInput(overrides: Overrides = {}): typeof ORGANISATION & Overrides {
  return { ...ORGANISATION, ...overrides };
}

/** Everything publishing needs. */
export function initiativeInput(organisationId: string, overrides: Overrides = {}) {
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

/** A NeedInput, or an OfferInput: they have the same fields. */
export function needInput(organisationId: string, overrides: Overrides = {}) {
  return {
    organisationId,
    kind: 'VOLUNTEERS',
    title: 'Taalmaatjes gezocht',
    description: 'Vrijwilligers die een uur per week Nederlands oefenen met een statushouder.',
    theme: 'EDUCATION',
    municipalityCode: GM.zwolle,
    quantity: 12,
    ...overrides,
  };
}

export function fundProfileInput(overrides: Overrides = {}) {
  return {
    themes: ['EDUCATION', 'LABOUR_MARKET'],
    municipalityCodes: [GM.amsterdam],
    provinceCodes: [PV.overijssel],
    minGrant: 5_000,
    maxGrant: 50_000,
    budgetAvailable: 400_000,
    description: 'Wij steunen taal en werk voor statushouders.',
    ...overrides,
  };
}

/** Runs a create mutation `{ field(input: $input) { id } }` and returns the new id. */
async function create(app: TestApp, token: string, field: string, inputType: string, input: Overrides): Promise<string> {
  const response = await app.gql(`mutation ($input: ${inputType}!) { ${field}(input: $input) { id } }`, { input }, { token });
  return expectData<{ id: string }>(response, field).id;
}

export function createOrganisation(app: TestApp, token: string, overrides: Overrides = {}): Promise<string> {
  return create(app, token, 'createOrganisation', 'OrganisationInput', organisationInput(overrides));
}

/** A DRAFT initiative of the organisation, created by one of its EDITORs or OWNERs. */
export function createInitiative(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  return create(app, token, 'createInitiative', 'InitiativeInput', initiativeInput(organisationId, overrides));
}

export function createNeed(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  return create(app, token, 'createNeed', 'NeedInput', needInput(organisationId, overrides));
}

export function createOffer(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  return create(app, token, 'createOffer', 'OfferInput', needInput(organisationId, overrides));
}

export async function publishInitiative(app: TestApp, token: string, id: string): Promise<void> {
  expectData(await app.gql('mutation ($id: ID!) { publishInitiative(id: $id) { id } }', { id }, { token }), 'publishInitiative');
}

/** A new account that owns a new organisation. */
export async function organisationOwner(app: TestApp, overrides: Overrides = {}): Promise<SignedUp & { organisationId: string }> {
  const owner = await signUp(app);
  return { ...owner, organisationId: await createOrganisation(app, owner.token, overrides) };
}

/** Adds a member with a role straight in the database (for tests that are not about member management). */
export async function addMember(app: TestApp, organisationId: string, role: Role): Promise<SignedUp> {
  const member = await signUp(app);
  await insertMembership(app, organisationId, member.accountId, role);
  return member;
}

/** Adds an existing account by e-mail through the API, as its OWNER does; returns the membership's id. */
export async function addMemberByEmail(
  app: TestApp,
  ownerToken: string,
  organisationId: string,
  email: string,
  role: Role,
): Promise<string> {
  const response = await app.gql(
    'mutation ($o: ID!, $e: String!, $r: MembershipRole!) { addMember(organisationId: $o, email: $e, role: $r) { id } }',
    { o: organisationId, e: email, r: role },
    { token: ownerToken },
  );
  return expectData<{ id: string }>(response, 'addMember').id;
}

/**
 * A bare organisation (an NGO with only a name) and its members, written straight in the database:
 * for tests about members and accounts, not the registry.
 */
export async function organisationWithMembers(app: TestApp, members: [SignedUp, Role][], name = 'Stichting Samen'): Promise<string> {
  const [organisation] = await app.sql<{ id: string }>("INSERT INTO organisation (kind, name) VALUES ('NGO', $1) RETURNING id", [name]);
  if (!organisation) throw new Error('the organisation was not inserted');
  for (const [account, role] of members) await insertMembership(app, organisation.id, account.accountId, role);
  return organisation.id;
}

async function insertMembership(app: TestApp, organisationId: string, accountId: string, role: Role): Promise<void> {
  await app.sql('INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3)', [organisationId, accountId, role]);
}

export interface Team {
  organisationId: string;
  owner: SignedUp;
  editor: SignedUp;
  viewer: SignedUp;
}

/** An organisation created by its OWNER, who adds an EDITOR and a VIEWER: all through the API. */
export async function team(app: TestApp, overrides: Overrides = {}): Promise<Team> {
  const [owner, editor, viewer] = await Promise.all([
    signUp(app, { name: 'Olga Eigenaar' }),
    signUp(app, { name: 'Eva Redacteur' }),
    signUp(app, { name: 'Victor Lezer' }),
  ]);
  const organisationId = await createOrganisation(app, owner.token, overrides);
  await addMemberByEmail(app, owner.token, organisationId, editor.email, 'EDITOR');
  await addMemberByEmail(app, owner.token, organisationId, viewer.email, 'VIEWER');
  return { organisationId, owner, editor, viewer };
}

export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const [row] = await app.sql<Record<string, number>>(
    `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM initiative)::int AS initiatives,
            (SELECT count(*) FROM fund_profile)::int AS fund_profiles, (SELECT count(*) FROM need)::int AS needs,
            (SELECT count(*) FROM offer)::int AS offers, (SELECT count(*) FROM membership)::int AS memberships,
            (SELECT count(*) FROM audit_entry)::int AS audit_entries`,
  );
  if (!row) throw new Error('no row counts');
  return row;
}
