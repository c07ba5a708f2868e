import { type PermissionTable, SIGNED_IN } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const CREDENTIAL_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'mutation', operation: 'endOtherSessions', allowed: SIGNED_IN, rule: "The viewer's own other sessions." },
    { kind: 'mutation', operation: 'createApiToken', allowed: SIGNED_IN, rule: 'For the viewer themself.' },
    {
      kind: 'mutation',
      operation: 'revokeApiToken',
      allowed: SIGNED_IN,
      rule: "The viewer's own tokens; another account's token is NOT_FOUND.",
    },
  ],
  fields: [
    { field: 'Viewer.apiTokens', allowed: SIGNED_IN, rule: "The viewer's own, never the token itself." },
    { field: 'Viewer.sessions', allowed: SIGNED_IN, rule: "The viewer's own." },
  ],
};
