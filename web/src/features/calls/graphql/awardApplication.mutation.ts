import { graphql } from '../../../gql';

export const AwardApplicationMutation = graphql(`
  mutation AwardApplication($applicationId: ID!, $amount: Int!) { awardApplication(applicationId: $applicationId, amount: $amount) { ...ApplicationRow } }
`);
