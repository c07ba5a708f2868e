import { type MatrixScenarios, matrix, ownerToken, tokenOf } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    endOtherSessions: { document: 'mutation { endOtherSessions }', variables: async () => ({}) },
    createApiToken: {
      document: 'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { token } }',
      variables: async () => ({ input: { name: 'script' } }),
    },
    revokeApiToken: {
      document: 'mutation ($id: ID!) { revokeApiToken(id: $id) }',
      variables: async (f, actor) => {
        const token = actor === 'ANONYMOUS' ? ownerToken(f) : tokenOf(f, actor);
        const response = await matrix.app.gql(
          'mutation { createApiToken(input: { name: "weg ermee" }) { apiToken { id } } }',
          {},
          { token },
        );
        return { id: response.data?.createApiToken.apiToken.id };
      },
    },
  },
};
