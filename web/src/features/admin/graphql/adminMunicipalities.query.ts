import { graphql } from '../../../gql';

export const AdminMunicipalitiesQuery = graphql(`
  query AdminMunicipalities {
    municipalities {
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
