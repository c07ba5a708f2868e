import { graphql } from '../../../gql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...KnowledgeCard
          submittedAt
          version
        }
      }
    }
  }
`);
