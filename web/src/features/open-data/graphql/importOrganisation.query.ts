import { graphql } from '../../../gql';

export const ImportOrganisationQuery = graphql(`
  query ImportOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
    }
  }
`);
