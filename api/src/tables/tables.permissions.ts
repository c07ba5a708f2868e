import { EDITORS, EVERYONE, MEMBERS_AND_ADMINS, type PermissionTable, SIGNED_IN } from '../core/permissions.js';

const ORGANISER = 'the organiser';
const MANAGE = "EDITORs and OWNERs of the table's organisers (the organiser and a co-organiser); admins.";

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const TABLE_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'table', allowed: EVERYONE, rule: 'Public; invitations, outcomes and join requests per the fields below.' },
    { kind: 'query', operation: 'tables', allowed: EVERYONE, rule: 'As `table`.' },
    {
      kind: 'mutation',
      operation: 'createTable',
      subject: ORGANISER,
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of the organiser (or the co-organiser); admins. A LOCAL_TABLE only with a MUNICIPALITY organiser, for its municipality.',
    },
    { kind: 'mutation', operation: 'suggestParticipants', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'invite', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    {
      kind: 'mutation',
      operation: 'respondToInvitation',
      subject: 'the invited organisation',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of the invited organisation answer its invitation.',
    },
    { kind: 'mutation', operation: 'proposeSlots', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    {
      kind: 'mutation',
      operation: 'voteSlots',
      subject: 'the invited organisation that votes',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of each invited organisation it votes for.',
    },
    { kind: 'mutation', operation: 'scheduleTable', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'closeTable', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'scheduleSeries', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'addAgendaItem', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    {
      kind: 'mutation',
      operation: 'recordCommitment',
      subject: 'the committing organisation',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER, for an organisation that takes part (an organiser, or invited and accepted or tentative).',
    },
    {
      kind: 'mutation',
      operation: 'setCommitmentStatus',
      subject: 'the committing organisation',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the committing organisation or of the table's organisers; admins.",
    },
    { kind: 'mutation', operation: 'addActionItem', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    {
      kind: 'mutation',
      operation: 'setActionItemStatus',
      subject: 'the owner organisation',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the action's owner organisation or of the table's organisers; admins.",
    },
    {
      kind: 'mutation',
      operation: 'requestToJoin',
      subject: 'the joining organisation',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of the organisation that joins; working groups only before their deadline.',
    },
    { kind: 'mutation', operation: 'decideJoinRequest', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'updateSession', subject: ORGANISER, allowed: EDITORS, rule: MANAGE },
    { kind: 'mutation', operation: 'createCalendarToken', allowed: SIGNED_IN, rule: 'Any signed-in account, for its own calendar.' },
    { kind: 'mutation', operation: 'revokeCalendarToken', allowed: SIGNED_IN, rule: 'As `createCalendarToken`.' },
  ],
  fields: [
    {
      field: 'Table.invitations, commitments, actionItems, followUp; Session.minutes',
      allowed: MEMBERS_AND_ADMINS,
      rule: 'Members of the organisers and of the invited organisations, and admins (empty or null for anyone else).',
    },
    {
      field: 'Organisation.tableFollowUp',
      allowed: ['VIEWER', 'EDITOR', 'OWNER', 'ADMIN'],
      rule: "The organisation's members and admins (null for anyone else).",
    },
    {
      field: 'Table.joinRequests',
      allowed: EVERYONE,
      rule: "Every request for the organisers' members and admins; a requesting organisation's members see their own.",
    },
    { field: 'GET /api/tables/{id}/calendar.ics', allowed: EVERYONE, rule: "Public: the table's sessions." },
    {
      field: 'GET /api/calendar/{token}.ics',
      allowed: EVERYONE,
      rule: 'Whoever holds the secret token of a personal subscription (`createCalendarToken`; revoked by `revokeCalendarToken`).',
    },
  ],
};
