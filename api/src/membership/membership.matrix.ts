import { type MatrixScenarios, newAccountEmail, newMembership, orgId } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    addMember: {
      document: 'mutation ($o: ID!, $e: String!, $r: MembershipRole!) { addMember(organisationId: $o, email: $e, role: $r) { id } }',
      variables: async (f) => ({ o: orgId(f), e: (await newAccountEmail()).email, r: 'VIEWER' }),
    },
    changeMemberRole: {
      document: 'mutation ($m: ID!, $r: MembershipRole!) { changeMemberRole(membershipId: $m, role: $r) { id role } }',
      variables: async (f) => ({ m: await newMembership(f), r: 'EDITOR' }),
    },
    removeMember: {
      document: 'mutation ($m: ID!) { removeMember(membershipId: $m) }',
      variables: async (f) => ({ m: await newMembership(f) }),
    },
    leaveOrganisation: {
      document: 'mutation ($o: ID!) { leaveOrganisation(organisationId: $o) }',
      variables: async (f) => ({ o: orgId(f) }),
      freshFixture: true,
      inherent: { OWNER: ['CONFLICT'] },
    },
  },
};
