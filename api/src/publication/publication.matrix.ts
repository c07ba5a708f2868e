import { createPublication, publicationInput } from '../testing/knowledge.js';
import { editorToken, type MatrixScenarios, matrix, orgId, ownerToken } from '../testing/matrix.js';
import { organisationOwner } from '../testing/registry.js';

/** A publication open for co-signing of another organisation than the fixture's (which co-signs it). */
async function partnersPublication(): Promise<string> {
  const publisher = await organisationOwner(matrix.app, { name: 'Uitgevende Organisatie' });
  return createPublication(matrix.app, publisher.token, publisher.organisationId);
}

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    createPublication: {
      document: 'mutation ($input: PublicationInput!) { createPublication(input: $input) { id } }',
      variables: async (f) => ({ input: publicationInput(orgId(f)) }),
    },
    updatePublication: {
      document: 'mutation ($id: ID!, $input: PublicationInput!) { updatePublication(id: $id, input: $input) { id } }',
      variables: async (f) => ({
        id: await createPublication(matrix.app, editorToken(f), orgId(f)),
        input: publicationInput(orgId(f), { title: 'Reactie op de spreidingswet (herzien)' }),
      }),
    },
    coSignPublication: {
      document: 'mutation ($p: ID!, $o: ID!) { coSignPublication(publicationId: $p, organisationId: $o) { id } }',
      variables: async (f) => ({ p: await partnersPublication(), o: orgId(f) }),
    },
    withdrawCoSignature: {
      document: 'mutation ($p: ID!, $o: ID!) { withdrawCoSignature(publicationId: $p, organisationId: $o) { id } }',
      variables: async (f) => {
        const p = await partnersPublication();
        await matrix.app.gql(
          'mutation ($p: ID!, $o: ID!) { coSignPublication(publicationId: $p, organisationId: $o) { id } }',
          { p, o: orgId(f) },
          { token: ownerToken(f) },
        );
        return { p, o: orgId(f) };
      },
    },
  },
};
