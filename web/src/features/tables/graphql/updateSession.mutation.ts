import { graphql } from '../../../gql';

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { id minutes } }
`);
