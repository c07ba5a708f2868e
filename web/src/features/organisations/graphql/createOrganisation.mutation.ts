import { graphql } from '../../../gql';

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);
