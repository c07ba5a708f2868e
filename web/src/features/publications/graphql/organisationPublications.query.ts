import { graphql } from '../../../gql';

/** The few latest publications an organisation published or co-signed, for its page. */
export const OrganisationPublicationsQuery = graphql(`
  query OrganisationPublications($id: ID!) {
    organisation(id: $id) {
      id
      publications(first: 5) {
        totalCount
        edges {
          node {
            id
            kind
            title
            url
            publishedOn
            byline
          }
        }
      }
    }
  }
`);
