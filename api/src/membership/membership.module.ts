import { defineModule } from '../core/module.js';
import { Membership } from './membership.entity.js';
import { createMembershipLoaders } from './membership.loaders.js';
import { MEMBERSHIP_PERMISSIONS } from './membership.permissions.js';
import { membershipPersonalData } from './membership.personal-data.js';
import { MembershipResolver, OrganisationMembersResolver } from './membership.resolver.js';

/** Who belongs to which organisation, with which role (OWNER, EDITOR, VIEWER). */
export const membershipModule = defineModule({
  name: 'membership',
  entities: [Membership],
  resolvers: [MembershipResolver, OrganisationMembersResolver],
  loaders: createMembershipLoaders,
  permissions: MEMBERSHIP_PERMISSIONS,
  personalData: membershipPersonalData,
});
