import { graphql } from '../../../gql';

export const ApplicationRowFragment = graphql(`
  fragment ApplicationRow on Application {
    id
    status
    amountRequested
    amountAwarded
    motivation
    answers
    reason
    createdAt
    score
    spread
    reviewCount
    organisation {
      id
      name
    }
    initiative {
      id
      title
    }
    reviews {
      id
      total
      comment
    }
  }
`);
