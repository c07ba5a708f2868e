import { graphql } from '../../../gql';

/** What a list shows of a publication, with who signed it. */
export const PublicationCardFragment = graphql(`
  fragment PublicationCard on Publication {
    id
    kind
    title
    summary
    url
    publishedOn
    byline
    openForCoSigning
    themes {
      slug
      name
    }
    organisation {
      id
      name
    }
    coSigners {
      id
      name
    }
  }
`);
