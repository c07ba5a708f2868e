import { randomBytes } from 'node:crypto';
import { type MatrixScenarios, orgId } from '../testing/matrix.js';
import { organisationInput } from '../testing/registry.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    createOrganisation: {
      document: 'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: async () => ({ input: organisationInput() }),
    },
    updateOrganisation: {
      document: 'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: orgId(f),
        input: organisationInput({ kind: 'FUND', name: `Fonds ${randomBytes(3).toString('hex')}` }),
      }),
    },
  },
};
