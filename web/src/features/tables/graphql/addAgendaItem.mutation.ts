import { graphql } from '../../../gql';

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($tableId: ID!, $input: AgendaItemInput!) { addAgendaItem(tableId: $tableId, input: $input) { id } }
`);
