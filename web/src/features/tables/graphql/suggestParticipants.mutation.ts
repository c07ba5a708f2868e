import { graphql } from '../../../gql';

export const SuggestParticipantsMutation = graphql(`
  mutation SuggestParticipants($tableId: ID!, $quotas: [QuotaInput!]) {
    suggestParticipants(tableId: $tableId, quotas: $quotas) {
      score
      kind
      fillsQuota
      organisation {
        id
        name
      }
      reasons {
        criterion
        points
        maxPoints
        explanation
      }
    }
  }
`);
