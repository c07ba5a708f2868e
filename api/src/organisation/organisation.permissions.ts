import { EDITORS, EVERYONE, type PermissionTable, SIGNED_IN } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const ORGANISATION_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'organisation', allowed: EVERYONE, rule: 'Public; contact details and members per the field rules below.' },
    {
      kind: 'query',
      operation: 'organisations',
      allowed: EVERYONE,
      rule: 'Public; contact details and members per the field rules below.',
    },
    { kind: 'mutation', operation: 'createOrganisation', allowed: SIGNED_IN, rule: 'Any signed-in account; it becomes the OWNER.' },
    {
      kind: 'mutation',
      operation: 'updateOrganisation',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER; admins (moderation). Changing `kind`: admins only.',
    },
  ],
  fields: [
    {
      field: 'Organisation.contactEmail',
      allowed: SIGNED_IN,
      rule: 'null for anonymous visitors, through every path (`initiative { organisation { contactEmail } }` too).',
    },
    { field: 'Organisation.contactPhone', allowed: SIGNED_IN, rule: 'As `contactEmail`.' },
  ],
};
