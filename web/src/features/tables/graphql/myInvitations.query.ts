import { graphql } from '../../../gql';

export const OrganisationInvitationsQuery = graphql(`
  query OrganisationInvitations($organisationId: ID!) {
    tables(filter: { organisationId: $organisationId }, first: 50) {
      edges {
        node {
          id
          title
          kind
          sessions {
            id
            startsAt
          }
          invitations {
            id
            response
            waitlisted
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);
