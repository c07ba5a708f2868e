import { graphql } from '../../../gql';

export const ThemesQuery = graphql(`
  query Themes {
    themes {
      slug
      name
    }
  }
`);
