import { graphql } from '../../../gql';

export const AdminsQuery = graphql(`
  query Admins {
    admins {
      id
      name
      email
    }
  }
`);
