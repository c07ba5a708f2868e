import { randomBytes } from 'node:crypto';
import type { Actor, BaseActor } from '../core/permissions.js';
import { type SignedUp, signUp } from './accounts.js';
import { addMemberByEmail, createOrganisation, type Team, team } from './registry.js';
import type { TestApp } from './test-app.js';

/**
 * The permission matrix's shared pieces. Each feature describes how to call its operations in its own
 * `x.matrix.ts` (a `MATRIX` of scenarios); tests/security/permission-matrix.test.ts finds them all and
 * runs every served mutation, and every restricted query, as each actor of the permission table.
 */

/** The running Koppel and its first admin, set by the matrix test before any scenario runs. */
export const matrix = {} as { app: TestApp; firstAdmin: SignedUp };

export interface Fixture {
  /** The subject organisation (a FUND, so that it can have a fund profile). */
  organisation: Team;
  /** An account without a role in it. */
  signedIn: SignedUp;
  /** The OWNER of another organisation. */
  otherOwner: SignedUp;
  /** An alliance admin who is not a member of it. */
  admin: SignedUp;
  /** Each actor's bearer token: personal API tokens, so that `signOut` and `endOtherSessions` of a try leave them alone. */
  tokens: Record<Exclude<BaseActor, 'ANONYMOUS'>, string>;
}

export interface Scenario {
  document: string;
  /** Arguments for one actor's try, made fresh (what the mutation acts on is created through the API first). */
  variables: (f: Fixture, actor: Actor) => Promise<Record<string, unknown>>;
  /** Non-permission errors an allowed actor may meet because of the action itself. */
  inherent?: Partial<Record<Actor, string[]>>;
  /** A fresh fixture for every actor: the mutation changes who is who (leaving, deleting the account). */
  freshFixture?: true;
  /**
   * The token to send instead of the actor's usual one. Required for the actors a feature adds (the
   * reviewer of a call, say): the scenario makes an account that actor and returns its token.
   */
  token?: (f: Fixture, actor: Actor) => Promise<string | undefined>;
}

/** A guarded field (a row of the permission table's fields, by its exact name): shown to the allowed, empty or null for others. */
export interface FieldScenario extends Pick<Scenario, 'document' | 'variables'> {
  /** Whether the response's data shows the guarded value. */
  shown(data: Record<string, unknown>): boolean;
}

export interface MatrixScenarios {
  mutations: Record<string, Scenario>;
  queries?: Record<string, Pick<Scenario, 'document' | 'variables' | 'token'>>;
  fields?: Record<string, FieldScenario>;
}

export function accountOf(f: Fixture, actor: Actor): SignedUp {
  const accounts = {
    VIEWER: f.organisation.viewer,
    EDITOR: f.organisation.editor,
    OWNER: f.organisation.owner,
    SIGNED_IN: f.signedIn,
    OTHER_OWNER: f.otherOwner,
    ADMIN: f.admin,
  };
  const account = accounts[actor as keyof typeof accounts];
  if (!account) throw new Error(`No fixture account for ${actor}`);
  return account;
}

/** The fixture's token for a base actor; undefined when signed out. */
export function tokenOf(f: Fixture, actor: Actor): string | undefined {
  if (actor === 'ANONYMOUS') return undefined;
  const token = f.tokens[actor as keyof Fixture['tokens']];
  if (!token) throw new Error(`No fixture token for ${actor}`);
  return token;
}

export const orgId = (f: Fixture) => f.organisation.organisationId;
export const ownerToken = (f: Fixture) => f.tokens.OWNER;
export const editorToken = (f: Fixture) => f.tokens.EDITOR;
export const fresh = () => `matrix-${randomBytes(5).toString('hex')}@example.nl`;

export async function newAccountEmail(): Promise<{ email: string; accountId: string }> {
  const account = await signUp(matrix.app, { email: fresh() });
  return { email: account.email, accountId: account.accountId };
}

export async function newMembership(f: Fixture): Promise<string> {
  const { email } = await newAccountEmail();
  return addMemberByEmail(matrix.app, ownerToken(f), orgId(f), email, 'VIEWER');
}

async function apiToken(app: TestApp, account: SignedUp): Promise<string> {
  const response = await app.gql('mutation { createApiToken(input: { name: "matrix" }) { token } }', {}, { token: account.token });
  return response.data?.createApiToken.token;
}

/** A fund with an OWNER, EDITOR and VIEWER, a signed-in stranger, the OWNER of another organisation and an admin. */
export async function buildFixture(app: TestApp, firstAdmin: SignedUp): Promise<Fixture> {
  const organisation = await team(app, { kind: 'FUND' });
  const [signedIn, otherOwner, admin] = await Promise.all([signUp(app), signUp(app), signUp(app)]);
  await createOrganisation(app, otherOwner.token, { name: 'Andere Organisatie' });
  await app.gql('mutation ($e: String!) { appointAdmin(email: $e) { id } }', { e: admin.email }, { token: firstAdmin.token });
  const [viewer, editor, owner, signedInToken, otherOwnerToken, adminToken] = await Promise.all(
    [organisation.viewer, organisation.editor, organisation.owner, signedIn, otherOwner, admin].map((account) => apiToken(app, account)),
  );
  return {
    organisation,
    signedIn,
    otherOwner,
    admin,
    tokens: { VIEWER: viewer, EDITOR: editor, OWNER: owner, SIGNED_IN: signedInToken, OTHER_OWNER: otherOwnerToken, ADMIN: adminToken },
  };
}
