import { graphql } from '../../../gql';

export const OrganisationCardFragment = graphql(`
  fragment OrganisationCard on Organisation {
    id
    name
    kind
    description
    migrantLed
    national
    municipality {
      code
      name
    }
    themes {
      slug
      name
    }
  }
`);
