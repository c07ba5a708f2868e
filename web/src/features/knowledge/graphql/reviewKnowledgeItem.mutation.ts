import { graphql } from '../../../gql';

export const ReviewKnowledgeItemMutation = graphql(`
  mutation ReviewKnowledgeItem($id: ID!, $decision: ReviewDecision!, $comment: String) {
    reviewKnowledgeItem(id: $id, decision: $decision, comment: $comment) {
      id
      status
      mayReview
      publishedAt
      reviews {
        id
        decision
        comment
        reviewerName
        version
        createdAt
      }
    }
  }
`);
