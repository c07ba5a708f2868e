import { graphql } from '../../../gql';

export const InitiativesQuery = graphql(`
  query Initiatives($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InitiativeCard
        }
      }
    }
  }
`);
