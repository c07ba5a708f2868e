import { signUp } from '../testing/accounts.js';
import {
  addReviewer,
  applicant,
  applyWith,
  callInput,
  closeCall,
  createCall,
  fundWithBudget,
  type Owner,
  openCallOf,
  publishedInitiative,
  scores,
  setFundBudget,
} from '../testing/calls.js';
import { editorToken, type Fixture, type MatrixScenarios, matrix, orgId, ownerToken, tokenOf } from '../testing/matrix.js';

/**
 * How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations
 * as each actor. The fixture's organisation (a fund) is the call's funder, or the applicant where the
 * subject is the applicant; another fund and another applicant are made once and shared.
 */

let otherFund: Promise<Owner> | undefined;
let otherApplicant: ReturnType<typeof applicant> | undefined;
const sharedFund = () => (otherFund ??= fundWithBudget(matrix.app, 100_000_000, { name: 'Matrixfonds' }));
const sharedApplicant = () => (otherApplicant ??= applicant(matrix.app, { name: 'Matrix Aanvrager' }));

/** A call funded by the fixture's fund: a draft, or opened. */
async function callOfFixture(f: Fixture, open: boolean) {
  await setFundBudget(matrix.app, ownerToken(f), orgId(f), 100_000_000);
  // The fixture's API token: other scenarios end the owner's sessions.
  const owner = { ...f.organisation.owner, token: ownerToken(f), organisationId: orgId(f) };
  if (open) return openCallOf(matrix.app, owner);
  return createCall(matrix.app, ownerToken(f), callInput([{ fundId: orgId(f), amount: 100_000 }]));
}

/** An application of another organisation to an open call of the fixture's fund; closed when asked. */
async function applicationToFixture(f: Fixture, close: boolean) {
  const call = await callOfFixture(f, true);
  const other = await sharedApplicant();
  const initiativeId = await publishedInitiative(matrix.app, other.token, other.organisationId);
  const id = await applyWith(matrix.app, other.token, call.id, initiativeId);
  if (close) await closeCall(matrix.app, ownerToken(f), call.id);
  return { call, id };
}

/** An application of the fixture's organisation to another fund's open call. */
async function applicationOfFixture(f: Fixture) {
  const call = await openCallOf(matrix.app, await sharedFund());
  const initiativeId = await publishedInitiative(matrix.app, editorToken(f), orgId(f));
  const id = await applyWith(matrix.app, editorToken(f), call.id, initiativeId);
  return { id, initiativeId };
}

const motivation = 'Wij begeleiden statushouders naar werk.';

/** One reviewer account per fixture, named on every call the scenario makes: the token and the variables may come in either order. */
const reviewers = new WeakMap<Fixture, ReturnType<typeof signUp>>();
const reviewerOf = (f: Fixture) => {
  let reviewer = reviewers.get(f);
  if (!reviewer) {
    reviewer = signUp(matrix.app, { name: 'Rita Reviewer' });
    reviewers.set(f, reviewer);
  }
  return reviewer;
};

export const MATRIX: MatrixScenarios = {
  mutations: {
    createCall: {
      document: 'mutation ($input: CallInput!) { createCall(input: $input) { id } }',
      variables: async (f) => {
        await setFundBudget(matrix.app, ownerToken(f), orgId(f), 100_000_000);
        return { input: callInput([{ fundId: orgId(f), amount: 50_000 }]) };
      },
    },
    openCall: {
      document: 'mutation ($id: ID!) { openCall(id: $id) { status } }',
      variables: async (f) => ({ id: (await callOfFixture(f, false)).id }),
    },
    closeCall: {
      document: 'mutation ($id: ID!) { closeCall(id: $id) { status } }',
      variables: async (f) => ({ id: (await callOfFixture(f, true)).id }),
    },
    addReviewer: {
      document: 'mutation ($c: ID!, $e: String!) { addReviewer(callId: $c, email: $e) { id } }',
      variables: async (f) => ({ c: (await callOfFixture(f, true)).id, e: (await signUp(matrix.app)).email }),
    },
    applyToCall: {
      document: 'mutation ($c: ID!, $input: ApplicationInput!) { applyToCall(callId: $c, input: $input) { id } }',
      variables: async (f) => {
        const call = await openCallOf(matrix.app, await sharedFund());
        const initiativeId = await publishedInitiative(matrix.app, editorToken(f), orgId(f));
        return { c: call.id, input: { initiativeId, amountRequested: 10_000, motivation } };
      },
    },
    updateApplication: {
      document: 'mutation ($id: ID!, $input: ApplicationInput!) { updateApplication(id: $id, input: $input) { id } }',
      variables: async (f) => {
        const { id, initiativeId } = await applicationOfFixture(f);
        return { id, input: { initiativeId, amountRequested: 12_000, motivation } };
      },
    },
    withdrawApplication: {
      document: 'mutation ($id: ID!) { withdrawApplication(id: $id) { status } }',
      variables: async (f) => ({ id: (await applicationOfFixture(f)).id }),
    },
    scoreApplication: {
      document: 'mutation ($a: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $a, input: $input) { total } }',
      variables: async (f) => {
        const { call, id } = await applicationToFixture(f, false);
        await addReviewer(matrix.app, ownerToken(f), call.id, (await reviewerOf(f)).email);
        return { a: id, input: { scores: scores(call.rubric, [5, 10, 3]), comment: 'Goed.' } };
      },
      token: async (f, actor) => (actor === 'REVIEWER' ? (await reviewerOf(f)).token : tokenOf(f, actor)),
    },
    awardApplication: {
      document: 'mutation ($a: ID!) { awardApplication(applicationId: $a, amount: 10000) { status } }',
      variables: async (f) => ({ a: (await applicationToFixture(f, true)).id }),
    },
    rejectApplication: {
      document: 'mutation ($a: ID!) { rejectApplication(applicationId: $a, reason: "Past niet.") { status } }',
      variables: async (f) => ({ a: (await applicationToFixture(f, true)).id }),
    },
  },
};
