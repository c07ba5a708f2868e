import { graphql } from '../../../gql';

export const UpdateMunicipalityMutation = graphql(`
  mutation UpdateMunicipality($code: String!, $input: MunicipalityInput!) {
    updateMunicipality(code: $code, input: $input) {
      code
      name
      population
    }
  }
`);
