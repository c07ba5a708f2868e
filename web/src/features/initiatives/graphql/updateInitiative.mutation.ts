import { graphql } from '../../../gql';

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiative($id: ID!, $input: InitiativeInput!) {
    updateInitiative(id: $id, input: $input) {
      id
      status
      title
      updatedAt
    }
  }
`);
