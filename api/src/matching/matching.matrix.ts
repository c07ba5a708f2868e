import { type Fixture, type MatrixScenarios, matrix, orgId, ownerToken } from '../testing/matrix.js';
import { createInitiative, fundProfileInput, organisationOwner, publishInitiative } from '../testing/registry.js';
import { expectData } from '../testing/test-app.js';

/** The fixture's organisation is a FUND: give it a profile (once per try; setting it again changes nothing). */
async function withProfile(f: Fixture): Promise<void> {
  expectData(
    await matrix.app.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      { o: orgId(f), input: fundProfileInput() },
      { token: ownerToken(f) },
    ),
    'setFundProfile',
  );
}

/** A published initiative of another organisation. */
async function publishedInitiative(): Promise<string> {
  const ngo = await organisationOwner(matrix.app);
  const id = await createInitiative(matrix.app, ngo.token, ngo.organisationId);
  await publishInitiative(matrix.app, ngo.token, id);
  return id;
}

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    setMatchDecision: {
      document: 'mutation ($f: ID!, $i: ID!) { setMatchDecision(fundId: $f, initiativeId: $i, decision: SHORTLISTED) { score decision } }',
      variables: async (f) => {
        await withProfile(f);
        return { f: orgId(f), i: await publishedInitiative() };
      },
    },
    setMatchAlerts: {
      document: 'mutation ($f: ID!) { setMatchAlerts(fundId: $f, threshold: 70) }',
      variables: async (f) => {
        await withProfile(f);
        await matrix.app.sql('DELETE FROM match_alert WHERE fund_id = $1', [orgId(f)]);
        return { f: orgId(f) };
      },
    },
  },
};
