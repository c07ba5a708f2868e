import { graphql } from '../../../gql';

export const AddMemberMutation = graphql(`
  mutation AddMember($organisationId: ID!, $email: String!, $role: MembershipRole!) {
    addMember(organisationId: $organisationId, email: $email, role: $role) {
      id
      role
      person {
        id
        name
      }
    }
  }
`);
