import { ADMINS, EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const REFERENCE_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'themes', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'query', operation: 'provinces', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'query', operation: 'municipalities', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'mutation', operation: 'updateMunicipality', allowed: ADMINS, rule: 'Admins (reference data).' },
  ],
};
