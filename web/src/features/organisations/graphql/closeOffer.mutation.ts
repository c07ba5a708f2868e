import { graphql } from '../../../gql';

export const CloseOfferMutation = graphql(`
  mutation CloseOffer($id: ID!) {
    closeOffer(id: $id) {
      id
      status
      closedAt
    }
  }
`);
