import type { SignedUp } from './accounts.js';
import { createInitiative, fundProfileInput, GM, organisationOwner, publishInitiative } from './registry.js';
import { expectData, type TestApp } from './test-app.js';

/**
 * Factories for calls for proposals, through the API as a client would: funds with a budget, calls
 * with a rubric, published initiatives and applications.
 */

type Overrides = Record<string, unknown>;
export type Owner = SignedUp & { organisationId: string };

/** A day in ISO form, `days` from today (UTC). */
export const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const RUBRIC = [
  { title: 'Aansluiting bij de oproep', description: "Past het bij de thema's en de regio?", maxPoints: 10 },
  { title: 'Bereik', description: 'Hoeveel statushouders, hoe goed bereikt?', maxPoints: 20 },
  { title: 'Haalbaarheid', maxPoints: 5 },
];

/** A FUND organisation whose OWNER is a new account, with a fund profile and budget available. */
export async function fundWithBudget(app: TestApp, budgetAvailable = 500_000, overrides: Overrides = {}): Promise<Owner> {
  const fund = await organisationOwner(app, { kind: 'FUND', name: 'Fonds Werk en Taal', ...overrides });
  await setFundBudget(app, fund.token, fund.organisationId, budgetAvailable);
  return fund;
}

export async function setFundBudget(app: TestApp, token: string, fundId: string, budgetAvailable: number): Promise<void> {
  const response = await app.gql(
    'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { budgetAvailable } }',
    { o: fundId, input: fundProfileInput({ budgetAvailable, maxGrant: 500_000 }) },
    { token },
  );
  expectData(response, 'setFundProfile');
}

export function callInput(funders: { fundId: string; amount: number }[], overrides: Overrides = {}) {
  return {
    funders,
    title: 'Samen aan het werk',
    description: 'Een oproep voor initiatieven die statushouders naar werk begeleiden.',
    themes: ['LABOUR_MARKET'],
    municipalityCodes: [GM.zwolle],
    provinceCodes: [],
    minGrant: 5_000,
    maxGrant: 40_000,
    places: 3,
    opensOn: isoDay(-1),
    deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    rubric: RUBRIC,
    ...overrides,
  };
}

export async function createCall(
  app: TestApp,
  token: string,
  input: Overrides,
): Promise<{ id: string; rubric: { id: string; maxPoints: number }[] }> {
  const response = await app.gql(
    'mutation ($input: CallInput!) { createCall(input: $input) { id rubric { id maxPoints } } }',
    { input },
    { token },
  );
  return expectData(response, 'createCall');
}

/** Creates and opens a call funded by one fund's OWNER. */
export async function openCallOf(app: TestApp, fund: Owner, overrides: Overrides = {}, amount = 100_000) {
  const call = await createCall(app, fund.token, callInput([{ fundId: fund.organisationId, amount }], overrides));
  expectData(await app.gql('mutation ($id: ID!) { openCall(id: $id) { id } }', { id: call.id }, { token: fund.token }), 'openCall');
  return call;
}

/** A new NGO (its OWNER a new account) with a published initiative. */
export async function applicant(app: TestApp, overrides: Overrides = {}): Promise<Owner & { initiativeId: string }> {
  const owner = await organisationOwner(app, { name: 'Stichting Aan de Slag', ...overrides });
  const initiativeId = await publishedInitiative(app, owner.token, owner.organisationId);
  return { ...owner, initiativeId };
}

export async function publishedInitiative(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  const id = await createInitiative(app, token, organisationId, { themes: ['LABOUR_MARKET'], ...overrides });
  await publishInitiative(app, token, id);
  return id;
}

export const APPLY = `mutation ($c: ID!, $input: ApplicationInput!) { applyToCall(callId: $c, input: $input) { id status } }`;

export async function applyWith(
  app: TestApp,
  token: string,
  callId: string,
  initiativeId: string,
  amountRequested = 20_000,
): Promise<string> {
  const response = await app.gql(
    APPLY,
    { c: callId, input: { initiativeId, amountRequested, motivation: 'Wij begeleiden twintig statushouders naar werk.' } },
    { token },
  );
  return expectData<{ id: string }>(response, 'applyToCall').id;
}

export async function addReviewer(app: TestApp, token: string, callId: string, email: string): Promise<void> {
  expectData(
    await app.gql('mutation ($c: ID!, $e: String!) { addReviewer(callId: $c, email: $e) { id } }', { c: callId, e: email }, { token }),
    'addReviewer',
  );
}

export async function closeCall(app: TestApp, token: string, callId: string): Promise<void> {
  expectData(await app.gql('mutation ($id: ID!) { closeCall(id: $id) { id } }', { id: callId }, { token }), 'closeCall');
}

export const SCORE = `mutation ($a: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $a, input: $input) { id total } }`;

export const scores = (rubric: { id: string }[], points: number[]) => rubric.map((c, i) => ({ criterionId: c.id, points: points[i] ?? 0 }));
