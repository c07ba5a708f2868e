import { editorToken, type MatrixScenarios, matrix, orgId } from '../testing/matrix.js';
import { createInitiative, initiativeInput } from '../testing/registry.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    createInitiative: {
      document: 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
      variables: async (f) => ({ input: initiativeInput(orgId(f)) }),
    },
    updateInitiative: {
      document: 'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: await createInitiative(matrix.app, editorToken(f), orgId(f)),
        input: initiativeInput(orgId(f), { title: 'Bijgewerkt taalcafé' }),
      }),
    },
    publishInitiative: {
      document: 'mutation ($id: ID!) { publishInitiative(id: $id) { id status } }',
      variables: async (f) => ({ id: await createInitiative(matrix.app, editorToken(f), orgId(f)) }),
    },
    closeInitiative: {
      document: 'mutation ($id: ID!) { closeInitiative(id: $id) { id status } }',
      variables: async (f) => ({ id: await createInitiative(matrix.app, editorToken(f), orgId(f)) }),
    },
    deleteInitiative: {
      document: 'mutation ($id: ID!) { deleteInitiative(id: $id) }',
      variables: async (f) => ({ id: await createInitiative(matrix.app, editorToken(f), orgId(f)) }),
    },
  },
};
