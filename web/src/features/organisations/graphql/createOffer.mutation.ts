import { graphql } from '../../../gql';

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) {
      id
      title
    }
  }
`);
