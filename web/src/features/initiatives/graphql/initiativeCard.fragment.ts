import { graphql } from '../../../gql';

/** What a list shows of an initiative. */
export const InitiativeCardFragment = graphql(`
  fragment InitiativeCard on Initiative {
    id
    title
    summary
    status
    national
    budgetRequested
    startsOn
    endsOn
    themes {
      slug
      name
    }
    municipalities {
      code
      name
    }
    organisation {
      id
      name
    }
  }
`);
