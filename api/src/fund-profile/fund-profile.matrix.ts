import { type MatrixScenarios, orgId } from '../testing/matrix.js';
import { fundProfileInput } from '../testing/registry.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    setFundProfile: {
      document: 'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      variables: async (f) => ({ o: orgId(f), input: fundProfileInput() }),
    },
  },
};
