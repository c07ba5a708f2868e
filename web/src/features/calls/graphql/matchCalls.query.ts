import { graphql } from '../../../gql';

/** The open calls that fit an initiative, best first, with the reasons (for its members). */
export const MatchCallsQuery = graphql(`
  query MatchCalls($initiativeId: ID!) {
    matchCalls(initiativeId: $initiativeId, first: 5) {
      score
      call {
        id
        title
        deadline
        minGrant
        maxGrant
        placesLeft
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
