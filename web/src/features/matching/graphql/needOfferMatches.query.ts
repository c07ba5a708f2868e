import { graphql } from '../../../gql';

export const NeedOfferMatchesQuery = graphql(`
  query NeedOfferMatches($needId: ID!) {
    matchOffers(needId: $needId, first: 3) {
      score
      offer {
        id
        title
        organisation {
          id
          name
        }
      }
      reasons {
        criterion
        points
        maxPoints
        explanation
      }
    }
  }
`);
