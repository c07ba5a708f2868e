import { graphql } from '../../../gql';

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
    }
  }
`);
