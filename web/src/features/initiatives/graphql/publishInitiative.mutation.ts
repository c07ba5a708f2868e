import { graphql } from '../../../gql';

export const PublishInitiativeMutation = graphql(`
  mutation PublishInitiative($id: ID!) {
    publishInitiative(id: $id) {
      id
      status
      publishedAt
    }
  }
`);
