import { graphql } from '../../../gql';

/** What the profile form edits. */
export const OrganisationProfileQuery = graphql(`
  query OrganisationProfile($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      description
      website
      contactEmail
      contactPhone
      migrantLed
      national
      anbi
      kvkNumber
      municipality {
        code
      }
      themes {
        slug
      }
    }
  }
`);
