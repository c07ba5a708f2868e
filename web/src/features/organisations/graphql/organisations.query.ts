import { graphql } from '../../../gql';

export const OrganisationsQuery = graphql(`
  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrganisationCard
        }
      }
    }
  }
`);
