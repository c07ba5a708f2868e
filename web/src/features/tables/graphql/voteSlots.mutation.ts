import { graphql } from '../../../gql';

export const VoteSlotsMutation = graphql(`
  mutation VoteSlots($tableId: ID!, $votes: [SlotVoteInput!]!) { voteSlots(tableId: $tableId, votes: $votes) { id yes maybe no } }
`);
