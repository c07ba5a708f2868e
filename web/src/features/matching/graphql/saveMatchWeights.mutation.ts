import { graphql } from '../../../gql';

/** `setFundProfile` replaces the whole profile: the page sends the profile it loaded with the new weights. */
export const SaveMatchWeightsMutation = graphql(`
  mutation SaveMatchWeights($organisationId: ID!, $input: FundProfileInput!) {
    setFundProfile(organisationId: $organisationId, input: $input) {
      updatedAt
      matchWeights {
        theme
        geography
        budget
        targetGroup
        timing
        text
        completeness
      }
    }
  }
`);
