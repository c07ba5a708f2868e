import { graphql } from '../../../gql';

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: InitiativeInput!) {
    createInitiative(input: $input) {
      id
      status
    }
  }
`);
