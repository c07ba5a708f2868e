import { graphql } from '../../../gql';

export const SubmitKnowledgeItemMutation = graphql(`
  mutation SubmitKnowledgeItem($id: ID!) {
    submitKnowledgeItem(id: $id) {
      id
      status
      mayReview
      submittedAt
    }
  }
`);
