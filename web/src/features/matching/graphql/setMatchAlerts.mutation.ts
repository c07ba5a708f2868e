import { graphql } from '../../../gql';

export const SetMatchAlertsMutation = graphql(`
  mutation SetMatchAlerts($fundId: ID!, $threshold: Int) {
    setMatchAlerts(fundId: $fundId, threshold: $threshold)
  }
`);
