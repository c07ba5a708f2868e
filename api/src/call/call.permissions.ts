import { EDITORS, EVERYONE, MEMBERS_AND_ADMINS, type PermissionTable } from '../core/permissions.js';

const APPLICANT = 'the applicant organisation';
const FUNDER = 'a funder of the call';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const CALL_PERMISSIONS: PermissionTable = {
  actors: [{ id: 'REVIEWER', label: 'reviewer', description: 'an account the funders named reviewer of the call (`addReviewer`)' }],
  operations: [
    {
      kind: 'query',
      operation: 'call',
      allowed: EVERYONE,
      rule: "Opened calls and their rubric are public; a DRAFT only for its funders' members and admins (NOT_FOUND for anyone else).",
    },
    {
      kind: 'query',
      operation: 'calls',
      allowed: EVERYONE,
      rule: "Lists what the viewer may read: drafts only of the viewer's own funds (all for admins).",
    },
    {
      kind: 'query',
      operation: 'application',
      allowed: EVERYONE,
      rule: "The applicant's members, the funders' members, the call's reviewers and admins (NOT_FOUND for anyone else).",
    },
    {
      kind: 'mutation',
      operation: 'createCall',
      subject: 'every funder',
      allowed: EDITORS,
      rule: 'EDITOR and OWNER of every fund in `input.funders` (their money is committed); admins.',
    },
    { kind: 'mutation', operation: 'openCall', subject: FUNDER, allowed: EDITORS, rule: 'EDITORs and OWNERs of any funder; admins.' },
    { kind: 'mutation', operation: 'closeCall', subject: FUNDER, allowed: EDITORS, rule: 'As `openCall`.' },
    {
      kind: 'mutation',
      operation: 'addReviewer',
      subject: FUNDER,
      allowed: EDITORS,
      rule: 'As `openCall`; the reviewer needs an account.',
    },
    {
      kind: 'mutation',
      operation: 'applyToCall',
      subject: "the initiative's organisation",
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER of the organisation whose published initiative applies.',
    },
    {
      kind: 'mutation',
      operation: 'updateApplication',
      subject: APPLICANT,
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER, until the deadline.',
    },
    {
      kind: 'mutation',
      operation: 'withdrawApplication',
      subject: APPLICANT,
      allowed: ['EDITOR', 'OWNER'],
      rule: 'As `updateApplication`.',
    },
    {
      kind: 'mutation',
      operation: 'scoreApplication',
      subject: 'the call',
      allowed: ['REVIEWER'],
      rule: "Only the call's reviewers, never on an application of an organisation they belong to.",
    },
    {
      kind: 'mutation',
      operation: 'awardApplication',
      subject: FUNDER,
      allowed: EDITORS,
      rule: 'As `openCall`; never more awards than places nor more money than the budget (CONFLICT).',
    },
    { kind: 'mutation', operation: 'rejectApplication', subject: FUNDER, allowed: EDITORS, rule: 'As `openCall`.' },
  ],
  fields: [
    {
      field: 'Call.applications',
      allowed: EVERYONE,
      rule: "Every application for the funders' members, the reviewers and admins; the viewer's own organisations' ones for anyone else.",
    },
    { field: 'Call.reviewers', allowed: MEMBERS_AND_ADMINS, rule: "The funders' members and admins (empty for anyone else)." },
    {
      field: 'Application.score, reviewCount, spread, criterionScores, reviews',
      allowed: MEMBERS_AND_ADMINS,
      rule: "The funders' members and admins; a reviewer sees their own review; the applicant sees none of it.",
    },
    { field: 'GET /api/calls/{id}/applications.csv', allowed: ['VIEWER', 'EDITOR', 'OWNER'], rule: "The funders' members only." },
  ],
};
