import { graphql } from '../../../gql';

export const AccountQuery = graphql(`
  query Account {
    me {
      id
      name
      email
      createdAt
      apiTokens {
        id
        name
        createdAt
        expiresAt
        lastUsedAt
      }
      sessions {
        id
        createdAt
        current
        expiresAt
        lastUsedAt
      }
    }
  }
`);
