import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS, type Actor, OPERATION_PERMISSIONS, permissionFor } from '../../api/src/auth/permissions.js';
import { buildKoppelSchema } from '../../api/src/graphql/schema.js';
import { SIGN_IN, type SignedUp, signIn, signUp, TEST_PASSWORD } from '../../api/src/testing/accounts.js';
import {
  addMemberByEmail,
  createInitiative,
  createNeed,
  createOffer,
  createOrganisation,
  fundProfileInput,
  initiativeInput,
  needInput,
  organisationInput,
  type Team,
  team,
} from '../../api/src/testing/registry.js';
import { codeOf, type GraphqlResponse, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * The permission matrix: every mutation of the served schema, run over HTTP as each actor of the
 * permission table (api/src/auth/permissions.ts, rendered in docs/permissions.md), with valid arguments
 * built fresh for each try. Allowed: no error, or only a non-permission error inherent to the action (the
 * last OWNER leaving: CONFLICT). Refused: UNAUTHENTICATED when signed out, FORBIDDEN or NOT_FOUND
 * otherwise — and no audit entry. A mutation without a row in the table, or without a scenario here, fails.
 */

const schema = await buildKoppelSchema();
const SERVED_MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
const SERVED_QUERIES = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();

interface Fixture {
  /** The organisation the mutations concern (a FUND, so that it can have a fund profile). */
  organisation: Team;
  /** An account without a role in it. */
  signedIn: SignedUp;
  /** The OWNER of another organisation. */
  otherOwner: SignedUp;
  /** An alliance admin who is not a member of it. */
  admin: SignedUp;
  /** Each actor's bearer token: personal API tokens, so that `signOut` and `endOtherSessions` of a try leave them alone. */
  tokens: Record<Exclude<Actor, 'ANONYMOUS'>, string>;
}

interface Scenario {
  document: string;
  /** Arguments for one actor's try, made fresh (what the mutation acts on is created through the API first). */
  variables: (f: Fixture, actor: Actor) => Promise<Record<string, unknown>>;
  /** Non-permission errors an allowed actor may meet because of the action itself. */
  inherent?: Partial<Record<Actor, string[]>>;
  /** A fresh fixture for every actor: the mutation changes who is who (leaving, deleting the account). */
  freshFixture?: true;
  /** The token to send instead of the actor's usual one. */
  token?: (f: Fixture, actor: Actor) => Promise<string | undefined>;
}

let app: TestApp;
let firstAdmin: SignedUp;
let shared: Fixture;

async function apiToken(account: SignedUp): Promise<string> {
  const response = await app.gql('mutation { createApiToken(input: { name: "matrix" }) { token } }', {}, { token: account.token });
  return response.data?.createApiToken.token;
}

async function buildFixture(): Promise<Fixture> {
  const organisation = await team(app, { kind: 'FUND' });
  const [signedIn, otherOwner, admin] = await Promise.all([signUp(app), signUp(app), signUp(app)]);
  await createOrganisation(app, otherOwner.token, { name: 'Andere Organisatie' });
  await app.gql('mutation ($e: String!) { appointAdmin(email: $e) { id } }', { e: admin.email }, { token: firstAdmin.token });
  const [viewer, editor, owner, signedInToken, otherOwnerToken, adminToken] = await Promise.all(
    [organisation.viewer, organisation.editor, organisation.owner, signedIn, otherOwner, admin].map(apiToken),
  );
  return {
    organisation,
    signedIn,
    otherOwner,
    admin,
    tokens: { VIEWER: viewer, EDITOR: editor, OWNER: owner, SIGNED_IN: signedInToken, OTHER_OWNER: otherOwnerToken, ADMIN: adminToken },
  };
}

function accountOf(f: Fixture, actor: Exclude<Actor, 'ANONYMOUS'>): SignedUp {
  const accounts = {
    VIEWER: f.organisation.viewer,
    EDITOR: f.organisation.editor,
    OWNER: f.organisation.owner,
    SIGNED_IN: f.signedIn,
    OTHER_OWNER: f.otherOwner,
    ADMIN: f.admin,
  };
  return accounts[actor];
}

const orgId = (f: Fixture) => f.organisation.organisationId;
const ownerToken = (f: Fixture) => f.tokens.OWNER;
const editorToken = (f: Fixture) => f.tokens.EDITOR;
const fresh = () => `matrix-${randomBytes(5).toString('hex')}@example.nl`;

async function newAccountEmail(): Promise<{ email: string; accountId: string }> {
  const account = await signUp(app, { email: fresh() });
  return { email: account.email, accountId: account.accountId };
}

async function newMembership(f: Fixture): Promise<string> {
  const { email } = await newAccountEmail();
  return addMemberByEmail(app, ownerToken(f), orgId(f), email, 'VIEWER');
}

const SCENARIOS: Record<string, Scenario> = {
  signUp: {
    document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: async () => ({ input: { email: fresh(), name: 'Nieuw Account', password: TEST_PASSWORD } }),
  },
  signIn: {
    document: SIGN_IN,
    variables: async (f, actor) => ({
      e: actor === 'ANONYMOUS' ? (await newAccountEmail()).email : accountOf(f, actor).email,
      p: TEST_PASSWORD,
    }),
  },
  signOut: {
    document: 'mutation { signOut }',
    variables: async () => ({}),
    // A session of its own, so that signing out leaves the actor's fixture token alone.
    token: async (f, actor) => {
      if (actor === 'ANONYMOUS') return undefined;
      return (await signIn(app, accountOf(f, actor).email)).data?.signIn.token;
    },
  },
  endOtherSessions: { document: 'mutation { endOtherSessions }', variables: async () => ({}) },
  createApiToken: {
    document: 'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { token } }',
    variables: async () => ({ input: { name: 'script' } }),
  },
  revokeApiToken: {
    document: 'mutation ($id: ID!) { revokeApiToken(id: $id) }',
    variables: async (f, actor) => {
      const token = actor === 'ANONYMOUS' ? ownerToken(f) : f.tokens[actor];
      const response = await app.gql('mutation { createApiToken(input: { name: "weg ermee" }) { apiToken { id } } }', {}, { token });
      return { id: response.data?.createApiToken.apiToken.id };
    },
  },
  deleteMyAccount: {
    document: 'mutation ($p: String!) { deleteMyAccount(password: $p) }',
    variables: async () => ({ p: TEST_PASSWORD }),
    freshFixture: true,
    // The only OWNER of an organisation with other members must hand it over first.
    inherent: { OWNER: ['CONFLICT'] },
  },
  addMember: {
    document: 'mutation ($o: ID!, $e: String!, $r: MembershipRole!) { addMember(organisationId: $o, email: $e, role: $r) { id } }',
    variables: async (f) => ({ o: orgId(f), e: (await newAccountEmail()).email, r: 'VIEWER' }),
  },
  changeMemberRole: {
    document: 'mutation ($m: ID!, $r: MembershipRole!) { changeMemberRole(membershipId: $m, role: $r) { id role } }',
    variables: async (f) => ({ m: await newMembership(f), r: 'EDITOR' }),
  },
  removeMember: {
    document: 'mutation ($m: ID!) { removeMember(membershipId: $m) }',
    variables: async (f) => ({ m: await newMembership(f) }),
  },
  leaveOrganisation: {
    document: 'mutation ($o: ID!) { leaveOrganisation(organisationId: $o) }',
    variables: async (f) => ({ o: orgId(f) }),
    freshFixture: true,
    inherent: { OWNER: ['CONFLICT'] },
  },
  createOrganisation: {
    document: 'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    variables: async () => ({ input: organisationInput() }),
  },
  updateOrganisation: {
    document: 'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
    variables: async (f) => ({ id: orgId(f), input: organisationInput({ kind: 'FUND', name: `Fonds ${randomBytes(3).toString('hex')}` }) }),
  },
  setFundProfile: {
    document: 'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
    variables: async (f) => ({ o: orgId(f), input: fundProfileInput() }),
  },
  createInitiative: {
    document: 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
    variables: async (f) => ({ input: initiativeInput(orgId(f)) }),
  },
  updateInitiative: {
    document: 'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }',
    variables: async (f) => ({
      id: await createInitiative(app, editorToken(f), orgId(f)),
      input: initiativeInput(orgId(f), { title: 'Bijgewerkt taalcafé' }),
    }),
  },
  publishInitiative: {
    document: 'mutation ($id: ID!) { publishInitiative(id: $id) { id status } }',
    variables: async (f) => ({ id: await createInitiative(app, editorToken(f), orgId(f)) }),
  },
  closeInitiative: {
    document: 'mutation ($id: ID!) { closeInitiative(id: $id) { id status } }',
    variables: async (f) => ({ id: await createInitiative(app, editorToken(f), orgId(f)) }),
  },
  deleteInitiative: {
    document: 'mutation ($id: ID!) { deleteInitiative(id: $id) }',
    variables: async (f) => ({ id: await createInitiative(app, editorToken(f), orgId(f)) }),
  },
  createNeed: {
    document: 'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
    variables: async (f) => ({ input: needInput(orgId(f)) }),
  },
  updateNeed: {
    document: 'mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }',
    variables: async (f) => ({ id: await createNeed(app, editorToken(f), orgId(f)), input: needInput(orgId(f), { quantity: 12 }) }),
  },
  closeNeed: {
    document: 'mutation ($id: ID!) { closeNeed(id: $id) { id } }',
    variables: async (f) => ({ id: await createNeed(app, editorToken(f), orgId(f)) }),
  },
  createOffer: {
    document: 'mutation ($input: OfferInput!) { createOffer(input: $input) { id } }',
    variables: async (f) => ({ input: needInput(orgId(f), { kind: 'EXPERTISE' }) }),
  },
  updateOffer: {
    document: 'mutation ($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }',
    variables: async (f) => ({ id: await createOffer(app, editorToken(f), orgId(f)), input: needInput(orgId(f), { quantity: 3 }) }),
  },
  closeOffer: {
    document: 'mutation ($id: ID!) { closeOffer(id: $id) { id } }',
    variables: async (f) => ({ id: await createOffer(app, editorToken(f), orgId(f)) }),
  },
  appointAdmin: {
    document: 'mutation ($e: String!) { appointAdmin(email: $e) { id } }',
    variables: async () => ({ e: (await newAccountEmail()).email }),
  },
  dismissAdmin: {
    document: 'mutation ($id: ID!) { dismissAdmin(accountId: $id) }',
    variables: async () => {
      const { email, accountId } = await newAccountEmail();
      await app.gql('mutation ($e: String!) { appointAdmin(email: $e) { id } }', { e: email }, { token: firstAdmin.token });
      return { id: accountId };
    },
  },
  updateMunicipality: {
    document: 'mutation ($code: String!, $input: MunicipalityInput!) { updateMunicipality(code: $code, input: $input) { code } }',
    variables: async () => ({ code: 'GM0193', input: { population: 130_000 + Math.floor(Math.random() * 10_000) } }),
  },
};

beforeAll(async () => {
  app = await startTestApp();
  firstAdmin = await signUp(app, { name: 'Eerste beheerder' });
  shared = await buildFixture();
}, 120_000);
afterAll(() => app?.stop());

async function lastAuditId(): Promise<number> {
  const [{ id }] = await app.sql('SELECT coalesce(max(id), 0)::bigint AS id FROM audit_entry');
  return Number(id);
}

describe('the permission table', () => {
  it('has a row for every mutation and query of the served schema', () => {
    const withoutRow = [...SERVED_MUTATIONS, ...SERVED_QUERIES].filter((name) => !permissionFor(name));
    expect(withoutRow, 'add these to api/src/auth/permissions.ts (and docs/permissions.md)').toEqual([]);
  });

  it('has a matrix scenario for every mutation of the served schema', () => {
    expect(
      SERVED_MUTATIONS.filter((name) => !SCENARIOS[name]),
      'add a scenario to tests/security/permission-matrix.test.ts',
    ).toEqual([]);
  });

  it('describes only operations that are served, or marks them planned', () => {
    const served = new Set([...SERVED_MUTATIONS, ...SERVED_QUERIES]);
    expect(OPERATION_PERMISSIONS.filter((p) => !p.planned && !served.has(p.operation)).map((p) => p.operation)).toEqual([]);
  });
});

describe.each(SERVED_MUTATIONS.filter((name) => permissionFor(name) && SCENARIOS[name]))('%s', (mutation) => {
  const permission = permissionFor(mutation)!;
  const scenario = SCENARIOS[mutation]!;

  it.each(ACTORS)(`as %s: ${mutation} is allowed or refused as the table says`, async (actor) => {
    const f = scenario.freshFixture ? await buildFixture() : shared;
    const variables = await scenario.variables(f, actor);
    const token = scenario.token ? await scenario.token(f, actor) : actor === 'ANONYMOUS' ? undefined : f.tokens[actor];
    const before = await lastAuditId();
    const response: GraphqlResponse = await app.gql(scenario.document, variables, { token });
    const code = codeOf(response);
    const context = `${mutation} as ${actor}: ${JSON.stringify(response.errors ?? 'no error')}`;

    if (permission.allowed.includes(actor)) {
      expect(['OK', ...(scenario.inherent?.[actor] ?? [])], context).toContain(code);
    } else {
      expect(actor === 'ANONYMOUS' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'], context).toContain(code);
      expect(await lastAuditId(), `${context}: a refused write recorded an audit entry`).toBe(before);
    }
  });
});

/** Queries anyone may call need no matrix; the restricted ones run as every actor too. */
const QUERY_SCENARIOS: Record<string, Pick<Scenario, 'document' | 'variables'>> = {
  exportMyData: { document: '{ exportMyData }', variables: async () => ({}) },
  admins: { document: '{ admins { id } }', variables: async () => ({}) },
  auditLog: {
    document: 'query ($o: ID) { auditLog(filter: { organisationId: $o }, first: 5) { totalCount edges { node { action } } } }',
    variables: async (f) => ({ o: orgId(f) }),
  },
};

const restrictedQueries = SERVED_QUERIES.filter((name) => {
  const allowed = permissionFor(name)?.allowed;
  return allowed !== undefined && allowed.length < ACTORS.length;
});

it('has a matrix scenario for every restricted query', () => {
  expect(restrictedQueries.filter((name) => !QUERY_SCENARIOS[name])).toEqual([]);
});

describe.each(restrictedQueries.filter((name) => QUERY_SCENARIOS[name]))('query %s', (query) => {
  const permission = permissionFor(query)!;
  const scenario = QUERY_SCENARIOS[query]!;

  it.each(ACTORS)(`as %s: ${query} is answered or refused as the table says`, async (actor) => {
    const response = await app.gql(scenario.document, await scenario.variables(shared, actor), {
      token: actor === 'ANONYMOUS' ? undefined : shared.tokens[actor],
    });
    const context = `${query} as ${actor}: ${JSON.stringify(response.errors ?? 'no error')}`;
    if (permission.allowed.includes(actor)) expect(codeOf(response), context).toBe('OK');
    else expect(actor === 'ANONYMOUS' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'], context).toContain(codeOf(response));
  });
});
