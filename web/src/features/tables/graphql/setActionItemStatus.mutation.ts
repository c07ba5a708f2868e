import { graphql } from '../../../gql';

export const SetActionItemStatusMutation = graphql(`
  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) { setActionItemStatus(id: $id, status: $status) { id status } }
`);
