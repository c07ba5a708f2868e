import { TEST_PASSWORD } from '../testing/accounts.js';
import type { MatrixScenarios } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    deleteMyAccount: {
      document: 'mutation ($p: String!) { deleteMyAccount(password: $p) }',
      variables: async () => ({ p: TEST_PASSWORD }),
      freshFixture: true,
      // The only OWNER of an organisation with other members must hand it over first.
      inherent: { OWNER: ['CONFLICT'] },
    },
  },
  queries: {
    exportMyData: { document: '{ exportMyData }', variables: async () => ({}) },
  },
};
