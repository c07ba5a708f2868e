import { graphql } from '../../../gql';

export const SetFundProfileMutation = graphql(`
  mutation SetFundProfile($organisationId: ID!, $input: FundProfileInput!) {
    setFundProfile(organisationId: $organisationId, input: $input) {
      updatedAt
      minGrant
      maxGrant
      budgetAvailable
    }
  }
`);
