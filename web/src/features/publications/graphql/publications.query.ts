import { graphql } from '../../../gql';

export const PublicationsQuery = graphql(`
  query Publications($filter: PublicationFilter, $first: Int, $after: String) {
    publications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PublicationCard
        }
      }
    }
  }
`);
