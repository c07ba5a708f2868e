import { graphql } from '../../../gql';

export const ScheduleTableMutation = graphql(`
  mutation ScheduleTable($tableId: ID!, $slotId: ID!) { scheduleTable(tableId: $tableId, slotId: $slotId) { id status } }
`);
