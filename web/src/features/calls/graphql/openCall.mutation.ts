import { graphql } from '../../../gql';

export const OpenCallMutation = graphql(`
  mutation OpenCall($id: ID!) { openCall(id: $id) { id status } }
`);
