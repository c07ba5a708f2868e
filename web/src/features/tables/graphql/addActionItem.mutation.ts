import { graphql } from '../../../gql';

export const AddActionItemMutation = graphql(`
  mutation AddActionItem($tableId: ID!, $input: ActionItemInput!) { addActionItem(tableId: $tableId, input: $input) { id } }
`);
