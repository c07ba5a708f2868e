import { graphql } from '../../../gql';

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoin($tableId: ID!, $input: JoinRequestInput!) { requestToJoin(tableId: $tableId, input: $input) { id status } }
`);
