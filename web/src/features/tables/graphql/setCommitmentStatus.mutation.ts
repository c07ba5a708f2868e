import { graphql } from '../../../gql';

export const SetCommitmentStatusMutation = graphql(`
  mutation SetCommitmentStatus($id: ID!, $status: CommitmentStatus!) { setCommitmentStatus(id: $id, status: $status) { id status } }
`);
