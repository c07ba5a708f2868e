import { graphql } from '../../../gql';

export const ApplyToCallMutation = graphql(`
  mutation ApplyToCall($callId: ID!, $input: ApplicationInput!) { applyToCall(callId: $callId, input: $input) { ...ApplicationRow } }
`);
