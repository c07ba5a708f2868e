import { graphql } from '../../../gql';

export const CreateTableMutation = graphql(`
  mutation CreateTable($input: TableInput!) { createTable(input: $input) { id kind } }
`);
