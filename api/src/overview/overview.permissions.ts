import { EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations (see docs/permissions.md). */
export const OVERVIEW_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'coverage', allowed: EVERYONE, rule: 'Public: aggregates of published data only.' },
    { kind: 'query', operation: 'coverageTotals', allowed: EVERYONE, rule: 'Public: aggregates of published data only.' },
    { kind: 'query', operation: 'coverageTrend', allowed: EVERYONE, rule: 'Public: aggregates of published data only.' },
  ],
};
