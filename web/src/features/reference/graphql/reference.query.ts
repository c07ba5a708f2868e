import { graphql } from '../../../gql';

/** Everything the filters and forms choose from: themes, target groups, provinces and their municipalities. */
export const ReferenceQuery = graphql(`
  query Reference {
    themes {
      slug
      name
    }
    targetGroups {
      slug
      name
    }
    provinces {
      code
      officialName
      municipalities {
        code
        name
      }
    }
  }
`);
