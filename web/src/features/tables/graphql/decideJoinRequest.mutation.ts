import { graphql } from '../../../gql';

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($id: ID!, $accept: Boolean!) { decideJoinRequest(id: $id, accept: $accept) { id status } }
`);
