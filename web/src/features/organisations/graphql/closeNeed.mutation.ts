import { graphql } from '../../../gql';

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($id: ID!) {
    closeNeed(id: $id) {
      id
      status
      closedAt
    }
  }
`);
