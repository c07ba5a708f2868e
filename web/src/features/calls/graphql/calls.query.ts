import { graphql } from '../../../gql';

export const CallsQuery = graphql(`
  query Calls($filter: CallFilter, $first: Int, $after: String) {
    calls(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CallCard
        }
      }
    }
  }
`);
