import { graphql } from '../../../gql';

export const InitiativeQuery = graphql(`
  query Initiative($id: ID!) {
    initiative(id: $id) {
      id
      title
      summary
      description
      status
      national
      budgetRequested
      coFundingSecured
      startsOn
      endsOn
      publishedAt
      closedAt
      updatedAt
      themes {
        slug
        name
      }
      municipalities {
        code
        name
      }
      targetGroups {
        slug
        name
      }
      organisation {
        id
        name
        kind
        website
        contactEmail
        contactPhone
      }
      needs {
        id
        title
        kind
        status
        amount
        quantity
        description
      }
    }
  }
`);
