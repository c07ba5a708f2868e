import { graphql } from '../../../gql';

export const SetMatchDecisionMutation = graphql(`
  mutation SetMatchDecision($fundId: ID!, $initiativeId: ID!, $decision: MatchDecision) {
    setMatchDecision(fundId: $fundId, initiativeId: $initiativeId, decision: $decision) {
      decision
    }
  }
`);
