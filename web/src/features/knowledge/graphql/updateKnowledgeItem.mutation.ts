import { graphql } from '../../../gql';

export const UpdateKnowledgeItemMutation = graphql(`
  mutation UpdateKnowledgeItem($id: ID!, $input: KnowledgeItemInput!) {
    updateKnowledgeItem(id: $id, input: $input) {
      id
      status
      version
      question
      shortAnswer
      longAnswer
      longAnswerHtml
      updatedAt
    }
  }
`);
