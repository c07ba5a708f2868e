import { EDITORS, EVERYONE, OWNERS, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const INITIATIVE_PERMISSIONS: PermissionTable = {
  operations: [
    {
      kind: 'query',
      operation: 'initiative',
      allowed: EVERYONE,
      rule: "Published and funded initiatives are public; DRAFT and CLOSED ones only for the organisation's members and admins (NOT_FOUND for anyone else).",
    },
    {
      kind: 'query',
      operation: 'initiatives',
      allowed: EVERYONE,
      rule: "Lists what the viewer may read: drafts and closed ones only of the viewer's own organisations (all for admins).",
    },
    { kind: 'query', operation: 'targetGroups', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'mutation', operation: 'createInitiative', allowed: EDITORS, rule: 'EDITOR and OWNER of `input.organisationId`; admins.' },
    {
      kind: 'mutation',
      operation: 'updateInitiative',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the initiative's organisation; admins.",
    },
    { kind: 'mutation', operation: 'publishInitiative', allowed: EDITORS, rule: 'As `updateInitiative`.' },
    {
      kind: 'mutation',
      operation: 'closeInitiative',
      allowed: EDITORS,
      rule: 'As `updateInitiative`; a closed initiative is no longer public.',
    },
    {
      kind: 'mutation',
      operation: 'deleteInitiative',
      allowed: OWNERS,
      rule: "Only the organisation's OWNERs and admins; EDITORs close instead.",
    },
  ],
  fields: [
    {
      field: 'Organisation.initiatives',
      allowed: EVERYONE,
      rule: "Drafts and closed ones only for the organisation's members and admins.",
    },
  ],
};
