import { graphql } from '../../../gql';

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($applicationId: ID!, $reason: String) { rejectApplication(applicationId: $applicationId, reason: $reason) { ...ApplicationRow } }
`);
