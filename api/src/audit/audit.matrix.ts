import { type MatrixScenarios, orgId } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {},
  queries: {
    auditLog: {
      document: 'query ($o: ID) { auditLog(filter: { organisationId: $o }, first: 5) { totalCount edges { node { action } } } }',
      variables: async (f) => ({ o: orgId(f) }),
    },
  },
};
