import { graphql } from '../../../gql';

export const ScoreApplicationMutation = graphql(`
  mutation ScoreApplication($applicationId: ID!, $input: ReviewInput!) { scoreApplication(applicationId: $applicationId, input: $input) { id total } }
`);
