import { graphql } from '../../../gql';

export const TableCardFragment = graphql(`
  fragment TableCard on Table {
    id
    title
    kind
    status
    online
    location
    startsOn
    endsOn
    capacity
    acceptedCount
    applicationDeadline
    theme {
      slug
      name
    }
    municipality {
      code
      name
    }
    organiser {
      id
      name
    }
    sessions {
      id
      startsAt
    }
  }
`);
