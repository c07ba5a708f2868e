import { type PermissionTable, SIGNED_IN } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const PRIVACY_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'exportMyData', allowed: SIGNED_IN, rule: "The viewer's own personal data (also `GET /api/me/export`)." },
    {
      kind: 'mutation',
      operation: 'deleteMyAccount',
      allowed: SIGNED_IN,
      rule: 'The viewer themself, with their password. CONFLICT while they are the only OWNER of an organisation with other members, or the last admin.',
    },
  ],
};
