import { graphql } from '../../../gql';

export const CreateKnowledgeItemMutation = graphql(`
  mutation CreateKnowledgeItem($input: KnowledgeItemInput!) {
    createKnowledgeItem(input: $input) {
      id
      status
      version
      longAnswerHtml
    }
  }
`);
