import { graphql } from '../../../gql';

export const CloseTableMutation = graphql(`
  mutation CloseTable($tableId: ID!) { closeTable(tableId: $tableId) { id status } }
`);
