import { graphql } from '../../../gql';

export const CloseInitiativeMutation = graphql(`
  mutation CloseInitiative($id: ID!) {
    closeInitiative(id: $id) {
      id
      status
      closedAt
    }
  }
`);
