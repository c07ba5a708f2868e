import { graphql } from '../../../gql';

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      officialName
      population
      municipalities {
        code
      }
    }
  }
`);
