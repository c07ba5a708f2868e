import { EDITORS, EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may use the open-data endpoints (see docs/permissions.md). */
export const OPEN_DATA_PERMISSIONS: PermissionTable = {
  operations: [],
  fields: [
    {
      field: 'POST /api/organisations/{id}/initiatives.csv',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the organisation, and admins, as `createInitiative` (401 signed out, 403 others, 404 unknown organisation).',
    },
    { field: 'GET /api/initiatives-template.csv', allowed: EVERYONE, rule: 'Public: the import template.' },
    {
      field: 'GET /api/initiatives.csv',
      allowed: EVERYONE,
      rule: "What the caller may see, as `initiatives`: public initiatives; drafts and closed ones only of the caller's organisations (admins: all).",
    },
    { field: 'GET /api/organisations.csv', allowed: EVERYONE, rule: 'Public; `contactEmail` only for signed-in callers, as in the API.' },
    { field: 'GET /api/360giving.json', allowed: EVERYONE, rule: 'Public: awards and FUNDING commitments to public initiatives.' },
  ],
};
