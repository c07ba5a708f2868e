import { graphql } from '../../../gql';

export const TablesQuery = graphql(`
  query Tables($filter: TableFilter, $first: Int, $after: String) {
    tables(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TableCard
        }
      }
    }
  }
`);
