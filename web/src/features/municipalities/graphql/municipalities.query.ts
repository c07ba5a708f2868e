import { graphql } from '../../../gql';

export const MunicipalitiesQuery = graphql(`
  query Municipalities($provinceCode: String, $search: String) {
    municipalities(provinceCode: $provinceCode, search: $search) {
      code
      name
      population
      province {
        code
        officialName
      }
    }
  }
`);
