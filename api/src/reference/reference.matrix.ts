import type { MatrixScenarios } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    updateMunicipality: {
      document: 'mutation ($code: String!, $input: MunicipalityInput!) { updateMunicipality(code: $code, input: $input) { code } }',
      variables: async () => ({ code: 'GM0193', input: { population: 130_000 + Math.floor(Math.random() * 10_000) } }),
    },
  },
};
