import { EDITORS, EVERYONE, type PermissionTable } from './core/permissions.js';

/**
 * Operations of later issues: documented now, checked by the permission matrix once they are served
 * (each moves into its feature's `x.permissions.ts` then). The subject says whose roles count.
 */
export const PLANNED_PERMISSIONS: PermissionTable = {
  operations: [
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
      subject: 'the organiser',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the organiser; a LOCAL_TABLE only by a MUNICIPALITY organisation, for its municipality.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'suggestParticipants',
      subject: 'the organiser',
      allowed: EDITORS,
      rule: 'EDITORs and OWNERs; admins.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'invite',
      subject: 'the organiser',
      allowed: EDITORS,
      rule: 'EDITORs and OWNERs; admins.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'respondToInvitation',
      subject: 'the invited organisation',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of the invited organisation answer its invitation.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'proposeSlots',
      subject: 'the organiser',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITORs and OWNERs.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'voteSlots',
      subject: 'the invited organisation that votes',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of the invited organisation vote for it.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'scheduleTable',
      subject: 'the organiser',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITORs and OWNERs.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'addAgendaItem',
      subject: 'the organiser',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITORs and OWNERs.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'recordCommitment',
      subject: 'the committing organisation',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER, at a table it takes part in.',
      planned: true,
    },
    {
      kind: 'mutation',
      operation: 'addActionItem',
      subject: 'the organiser',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITORs and OWNERs.',
      planned: true,
    },
  ],
};
