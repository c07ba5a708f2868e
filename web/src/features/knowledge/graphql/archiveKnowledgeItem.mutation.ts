import { graphql } from '../../../gql';

export const ArchiveKnowledgeItemMutation = graphql(`
  mutation ArchiveKnowledgeItem($id: ID!) {
    archiveKnowledgeItem(id: $id) {
      id
      status
      archivedAt
    }
  }
`);
