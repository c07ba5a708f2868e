import { graphql } from '../../../gql';

export const WithdrawCoSignatureMutation = graphql(`
  mutation WithdrawCoSignature($publicationId: ID!, $organisationId: ID!) {
    withdrawCoSignature(publicationId: $publicationId, organisationId: $organisationId) {
      id
      byline
      coSigners {
        id
        name
      }
    }
  }
`);
