import { graphql } from '../../../gql';

export const KnowledgeItemsQuery = graphql(`
  query KnowledgeItems($filter: KnowledgeFilter, $first: Int, $after: String) {
    knowledgeItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...KnowledgeCard
        }
      }
    }
  }
`);
