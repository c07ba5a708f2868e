import { ADMINS, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const AUDIT_PERMISSIONS: PermissionTable = {
  operations: [{ kind: 'query', operation: 'auditLog', allowed: ADMINS, rule: 'Alliance admins only.' }],
  fields: [
    {
      field: 'AuditEntry.actor',
      allowed: ADMINS,
      rule: 'Only through `auditLog`; null once the account is deleted (the pseudonym stays).',
    },
  ],
};
