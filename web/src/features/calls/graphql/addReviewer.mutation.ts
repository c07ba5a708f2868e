import { graphql } from '../../../gql';

export const AddReviewerMutation = graphql(`
  mutation AddReviewer($callId: ID!, $email: String!) { addReviewer(callId: $callId, email: $email) { id reviewers { id name } } }
`);
