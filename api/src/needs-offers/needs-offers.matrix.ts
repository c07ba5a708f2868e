import { editorToken, type MatrixScenarios, matrix, orgId } from '../testing/matrix.js';
import { createNeed, createOffer, needInput } from '../testing/registry.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    createNeed: {
      document: 'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
      variables: async (f) => ({ input: needInput(orgId(f)) }),
    },
    updateNeed: {
      document: 'mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: await createNeed(matrix.app, editorToken(f), orgId(f)),
        input: needInput(orgId(f), { quantity: 12 }),
      }),
    },
    closeNeed: {
      document: 'mutation ($id: ID!) { closeNeed(id: $id) { id } }',
      variables: async (f) => ({ id: await createNeed(matrix.app, editorToken(f), orgId(f)) }),
    },
    createOffer: {
      document: 'mutation ($input: OfferInput!) { createOffer(input: $input) { id } }',
      variables: async (f) => ({ input: needInput(orgId(f), { kind: 'EXPERTISE' }) }),
    },
    updateOffer: {
      document: 'mutation ($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: await createOffer(matrix.app, editorToken(f), orgId(f)),
        input: needInput(orgId(f), { quantity: 3 }),
      }),
    },
    closeOffer: {
      document: 'mutation ($id: ID!) { closeOffer(id: $id) { id } }',
      variables: async (f) => ({ id: await createOffer(matrix.app, editorToken(f), orgId(f)) }),
    },
  },
};
