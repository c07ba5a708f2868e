import { graphql } from '../../../gql';

export const CallCardFragment = graphql(`
  fragment CallCard on Call {
    id
    title
    status
    deadline
    opensOn
    minGrant
    maxGrant
    budgetLeft
    places
    placesLeft
    national
    themes {
      slug
      name
    }
    provinces {
      code
      name
    }
    funders {
      fund {
        id
        name
      }
    }
  }
`);
