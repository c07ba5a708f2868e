import { graphql } from '../../../gql';

export const ScheduleSeriesMutation = graphql(`
  mutation ScheduleSeries($tableId: ID!, $input: SeriesInput!) { scheduleSeries(tableId: $tableId, input: $input) { id startsAt } }
`);
