import { graphql } from '../../../gql';

/**
 * A fund's candidates, once: the 100 best under its saved weights, dismissed ones included (the page hides them
 * unless asked), with every fact the shared scoring needs to re-rank them in the browser under other weights.
 */
export const FundMatchesQuery = graphql(`
  query FundMatches($fundId: ID!) {
    organisation(id: $fundId) {
      id
      name
      kind
      fundProfile {
        minGrant
        maxGrant
        budgetAvailable
        national
        description
        horizonMonths
        matchAlertThreshold
        themes {
          slug
          name
        }
        targetGroups {
          slug
        }
        regions {
          __typename
          ... on Municipality {
            code
            name
            province {
              code
            }
          }
          ... on Province {
            code
            name
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
    matchInitiatives(fundId: $fundId, first: 100, includeDismissed: true) {
      score
      textRank
      decision
      reasons {
        criterion
        points
        maxPoints
        explanation
      }
      initiative {
        id
        title
        summary
        description
        national
        budgetRequested
        coFundingSecured
        startsOn
        endsOn
        themes {
          slug
          name
        }
        targetGroups {
          slug
        }
        municipalities {
          code
          name
          province {
            code
            name
          }
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);
