import { graphql } from '../../../gql';

export const CommitmentRowFragment = graphql(`
  fragment CommitmentRow on Commitment {
    id
    kind
    amount
    quantity
    description
    status
    organisation {
      id
      name
    }
    initiative {
      id
      title
    }
  }
`);

export const ActionRowFragment = graphql(`
  fragment ActionRow on ActionItem {
    id
    title
    dueOn
    status
    owner {
      id
      name
    }
  }
`);
