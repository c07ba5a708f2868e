import { graphql } from '../../../gql';

export const CoSignPublicationMutation = graphql(`
  mutation CoSignPublication($publicationId: ID!, $organisationId: ID!) {
    coSignPublication(publicationId: $publicationId, organisationId: $organisationId) {
      id
      byline
      coSigners {
        id
        name
      }
    }
  }
`);
