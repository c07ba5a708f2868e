import { graphql } from '../../../gql';

export const CreateCallMutation = graphql(`
  mutation CreateCall($input: CallInput!) { createCall(input: $input) { id } }
`);
