import { graphql } from '../../../gql';

/** Any organisation by name, to invite one the suggestion left out. */
export const InviteSearchQuery = graphql(`
  query InviteSearch($search: String!) {
    organisations(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          kind
          municipality {
            code
            name
          }
        }
      }
    }
  }
`);
