import { graphql } from '../../../gql';

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
      updatedAt
    }
  }
`);
