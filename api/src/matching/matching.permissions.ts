import { EVERYONE, MEMBERS_AND_ADMINS, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const MATCHING_PERMISSIONS: PermissionTable = {
  operations: [
    {
      kind: 'query',
      operation: 'matchInitiatives',
      allowed: EVERYONE,
      rule: "Public (published initiatives only); the fund's members and admins also see its decisions, and dismissed ones are left out for them.",
    },
    {
      kind: 'query',
      operation: 'matchFunds',
      allowed: EVERYONE,
      rule: 'Public for published initiatives (NOT_FOUND for what the viewer may not see).',
    },
    {
      kind: 'query',
      operation: 'matchCalls',
      allowed: EVERYONE,
      rule: 'Public for published initiatives (NOT_FOUND for what the viewer may not see); open calls only.',
    },
    { kind: 'query', operation: 'matchOffers', allowed: EVERYONE, rule: 'Public (open needs and offers).' },
    { kind: 'query', operation: 'matchNeeds', allowed: EVERYONE, rule: 'Public (needs of unpublished initiatives left out).' },
    {
      kind: 'mutation',
      operation: 'setMatchDecision',
      allowed: ['EDITOR', 'OWNER'],
      rule: "EDITOR and OWNER of the fund (not admins: it is the fund's own judgement).",
    },
    { kind: 'mutation', operation: 'setMatchAlerts', allowed: ['EDITOR', 'OWNER'], rule: 'EDITOR and OWNER of the fund.' },
  ],
  fields: [
    { field: 'InitiativeMatch.decision', allowed: MEMBERS_AND_ADMINS, rule: "The fund's members and admins; null for anyone else." },
    { field: 'FundProfile.matchAlertThreshold', allowed: MEMBERS_AND_ADMINS, rule: "The fund's members and admins; null for anyone else." },
    {
      field: 'GET /api/funds/{fundId}/shortlist.csv',
      allowed: ['VIEWER', 'EDITOR', 'OWNER'],
      rule: 'Signed-in members of the fund (401 signed out, 403 others).',
    },
  ],
};
