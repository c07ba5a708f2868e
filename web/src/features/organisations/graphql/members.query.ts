import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      members {
        id
        role
        createdAt
        person {
          id
          name
          email
        }
      }
    }
  }
`);
