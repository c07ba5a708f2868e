import { graphql } from '../../../gql';

export const FundProfileQuery = graphql(`
  query FundProfile($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      fundProfile {
        minGrant
        maxGrant
        budgetAvailable
        national
        description
        updatedAt
        themes {
          slug
        }
        regions {
          ... on Municipality {
            code
          }
          ... on Province {
            code
            officialName
          }
        }
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
  }
`);
