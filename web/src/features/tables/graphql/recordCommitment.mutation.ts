import { graphql } from '../../../gql';

export const RecordCommitmentMutation = graphql(`
  mutation RecordCommitment($tableId: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $tableId, input: $input) { id } }
`);
