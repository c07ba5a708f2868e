import { graphql } from '../../../gql';

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) { withdrawApplication(id: $id) { ...ApplicationRow } }
`);
