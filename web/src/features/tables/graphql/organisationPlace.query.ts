import { graphql } from '../../../gql';

export const OrganisationPlaceQuery = graphql(`
  query OrganisationPlace($id: ID!) {
    organisation(id: $id) {
      id
      municipality {
        code
        name
      }
    }
  }
`);
