import { MEMBERS, MEMBERS_AND_ADMINS, OWNERS, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const MEMBERSHIP_PERMISSIONS: PermissionTable = {
  operations: [
    {
      kind: 'mutation',
      operation: 'addMember',
      allowed: OWNERS,
      rule: "The organisation's OWNERs; admins (to recover an organisation without OWNER).",
    },
    {
      kind: 'mutation',
      operation: 'changeMemberRole',
      allowed: OWNERS,
      rule: 'As `addMember`; the last OWNER cannot be demoted (CONFLICT).',
    },
    { kind: 'mutation', operation: 'removeMember', allowed: OWNERS, rule: 'As `addMember`; the last OWNER cannot be removed (CONFLICT).' },
    {
      kind: 'mutation',
      operation: 'leaveOrganisation',
      allowed: MEMBERS,
      rule: 'Members leave themselves; the last OWNER cannot (CONFLICT).',
    },
  ],
  fields: [
    { field: 'Organisation.members', allowed: MEMBERS_AND_ADMINS, rule: 'Name, e-mail and role of each member; null for anyone else.' },
    {
      field: 'Membership.person',
      allowed: MEMBERS_AND_ADMINS,
      rule: 'Memberships are reached only through `me` and `Organisation.members`.',
    },
  ],
};
