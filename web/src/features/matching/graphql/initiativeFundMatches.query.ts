import { graphql } from '../../../gql';

export const InitiativeFundMatchesQuery = graphql(`
  query InitiativeFundMatches($initiativeId: ID!) {
    matchFunds(initiativeId: $initiativeId, first: 5) {
      score
      fund {
        id
        name
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
