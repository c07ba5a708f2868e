import { graphql } from '../../../gql';

export const OverviewOrganisationQuery = graphql(`
  query OverviewOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
    }
  }
`);
