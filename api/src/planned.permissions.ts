import { EVERYONE, type PermissionTable } from './core/permissions.js';

/**
 * Operations of later issues: documented now, checked by the permission matrix once they are served
 * (each moves into its feature's `x.permissions.ts` then). The subject says whose roles count.
 */
export const PLANNED_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'matchCalls', allowed: EVERYONE, rule: 'Public (open calls; with the calls issue).', planned: true },
  ],
};
