import { EDITORS, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const FUND_PROFILE_PERMISSIONS: PermissionTable = {
  operations: [{ kind: 'mutation', operation: 'setFundProfile', allowed: EDITORS, rule: 'EDITOR and OWNER of the fund; admins.' }],
};
