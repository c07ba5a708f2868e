import { graphql } from '../../../gql';

/** The organisation a new initiative will belong to (its name for the page title). */
export const OrganisationForInitiativeQuery = graphql(`
  query OrganisationForInitiative($id: ID!) {
    organisation(id: $id) {
      id
      name
    }
  }
`);
