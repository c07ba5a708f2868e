import { ADMINS, EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const ACCOUNT_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'me', allowed: EVERYONE, rule: 'The viewer themself; null when signed out.' },
    { kind: 'query', operation: 'admins', allowed: ADMINS, rule: 'Alliance admins only.' },
    { kind: 'mutation', operation: 'signUp', allowed: EVERYONE, rule: 'Anyone; the first account of a fresh Koppel becomes admin.' },
    {
      kind: 'mutation',
      operation: 'signIn',
      allowed: EVERYONE,
      rule: 'Anyone; 5 failures per e-mail address in 15 minutes lock it (RATE_LIMITED).',
    },
    {
      kind: 'mutation',
      operation: 'signOut',
      allowed: EVERYONE,
      rule: 'Ends the current session or revokes the bearer token used; false when signed out.',
    },
    { kind: 'mutation', operation: 'appointAdmin', allowed: ADMINS, rule: 'Admins.' },
    { kind: 'mutation', operation: 'dismissAdmin', allowed: ADMINS, rule: 'Admins; the last admin cannot be dismissed (CONFLICT).' },
  ],
};
