import { graphql } from '../../../gql';

export const CloseCallMutation = graphql(`
  mutation CloseCall($id: ID!) { closeCall(id: $id) { id status } }
`);
