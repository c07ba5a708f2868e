import { graphql } from '../../../gql';

export const ProposeSlotsMutation = graphql(`
  mutation ProposeSlots($tableId: ID!, $startsAt: [DateTime!]!) { proposeSlots(tableId: $tableId, startsAt: $startsAt) { id startsAt yes maybe no } }
`);
