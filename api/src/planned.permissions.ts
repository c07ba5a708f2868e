import { EDITORS, EVERYONE, type PermissionTable } from './core/permissions.js';

/** Operations of later issues: documented now, checked by the permission matrix once they are served. */
export const PLANNED_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'matchCalls', allowed: EVERYONE, rule: 'Public (open calls; with the calls issue).', planned: true },
    {
      kind: 'query',
      operation: 'table',
      allowed: EVERYONE,
      rule: 'Public once scheduled; invitations and outcomes per the table issue.',
      planned: true,
    },
    { kind: 'query', operation: 'tables', allowed: EVERYONE, rule: 'As `table`.', planned: true },
    {
      kind: 'mutation',
      operation: 'createTable',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the organiser; a LOCAL_TABLE only by a MUNICIPALITY organisation, for its municipality.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'suggestParticipants',
      allowed: EDITORS,
      rule: "The organiser's EDITORs and OWNERs; admins.",
      planned: true,
    },
    { kind: 'mutation', operation: 'invite', allowed: EDITORS, rule: "The organiser's EDITORs and OWNERs; admins.", planned: true },
    {
      kind: 'mutation',
      operation: 'respondToInvitation',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the invited organisation.',
      planned: true,
    },
    { kind: 'mutation', operation: 'proposeSlots', allowed: EDITORS, rule: "The organiser's EDITORs and OWNERs.", planned: true },
    {
      kind: 'mutation',
      operation: 'voteSlots',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the invited organisation that votes.',
      planned: true,
    },
    { kind: 'mutation', operation: 'scheduleTable', allowed: EDITORS, rule: "The organiser's EDITORs and OWNERs.", planned: true },
    { kind: 'mutation', operation: 'addAgendaItem', allowed: EDITORS, rule: "The organiser's EDITORs and OWNERs.", planned: true },
    {
      kind: 'mutation',
      operation: 'recordCommitment',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the committing organisation, at a table it takes part in.',
      planned: true,
    },
    { kind: 'mutation', operation: 'addActionItem', allowed: EDITORS, rule: "The organiser's EDITORs and OWNERs.", planned: true },
  ],
};
