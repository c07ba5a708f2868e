/**
 * The permission table: who may call each operation and see each guarded field. It is the single
 * source of `docs/permissions.md` (the table there is rendered from this data, and a test keeps the
 * two equal) and of the permission matrix test, which runs every mutation of the served schema as
 * each actor and checks the answer against `allowed`. The enforcement itself stays where STYLE.md
 * puts it: `@Authorized()` for "signed in / admin", one policy check per action in the services.
 */

/**
 * Who is asking, relative to the organisation an operation concerns:
 * - ANONYMOUS: not signed in;
 * - SIGNED_IN: an account without a role in that organisation;
 * - VIEWER / EDITOR / OWNER: a member with that role;
 * - OTHER_OWNER: the OWNER of another organisation (and nothing in this one);
 * - ADMIN: an alliance admin who is not a member of that organisation.
 */
export const ACTORS = ['ANONYMOUS', 'SIGNED_IN', 'VIEWER', 'EDITOR', 'OWNER', 'OTHER_OWNER', 'ADMIN'] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_LABELS: Record<Actor, string> = {
  ANONYMOUS: 'anonymous',
  SIGNED_IN: 'signed in',
  VIEWER: 'VIEWER',
  EDITOR: 'EDITOR',
  OWNER: 'OWNER',
  OTHER_OWNER: "other org's OWNER",
  ADMIN: 'admin',
};

const EVERYONE: readonly Actor[] = ACTORS;
const SIGNED_IN: readonly Actor[] = ['SIGNED_IN', 'VIEWER', 'EDITOR', 'OWNER', 'OTHER_OWNER', 'ADMIN'];
const MEMBERS: readonly Actor[] = ['VIEWER', 'EDITOR', 'OWNER'];
const MEMBERS_AND_ADMINS: readonly Actor[] = ['VIEWER', 'EDITOR', 'OWNER', 'ADMIN'];
const EDITORS: readonly Actor[] = ['EDITOR', 'OWNER', 'ADMIN'];
const OWNERS: readonly Actor[] = ['OWNER', 'ADMIN'];
const ADMINS: readonly Actor[] = ['ADMIN'];

export interface OperationPermission {
  kind: 'query' | 'mutation';
  operation: string;
  allowed: readonly Actor[];
  /** The rule in plain words, as the doc shows it. */
  rule: string;
  /** Operations of a later issue: documented now, checked by the matrix once they are served. */
  planned?: true;
}

export interface FieldPermission {
  field: string;
  allowed: readonly Actor[];
  rule: string;
}

export const OPERATION_PERMISSIONS: readonly OperationPermission[] = [
  // Reference data and the viewer
  { kind: 'query', operation: 'themes', allowed: EVERYONE, rule: 'Public.' },
  { kind: 'query', operation: 'provinces', allowed: EVERYONE, rule: 'Public.' },
  { kind: 'query', operation: 'municipalities', allowed: EVERYONE, rule: 'Public.' },
  { kind: 'query', operation: 'me', allowed: EVERYONE, rule: 'The viewer themself; null when signed out.' },
  { kind: 'query', operation: 'exportMyData', allowed: SIGNED_IN, rule: "The viewer's own personal data (also `GET /api/me/export`)." },

  // Registry
  { kind: 'query', operation: 'organisation', allowed: EVERYONE, rule: 'Public; contact details and members per the field rules below.' },
  { kind: 'query', operation: 'organisations', allowed: EVERYONE, rule: 'Public; contact details and members per the field rules below.' },
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
  { kind: 'query', operation: 'need', allowed: EVERYONE, rule: 'Public; a need of an initiative the viewer may not see is NOT_FOUND.' },
  { kind: 'query', operation: 'needs', allowed: EVERYONE, rule: 'As `need`, per item.' },
  { kind: 'query', operation: 'offer', allowed: EVERYONE, rule: 'Public.' },
  { kind: 'query', operation: 'offers', allowed: EVERYONE, rule: 'Public.' },
  { kind: 'query', operation: 'matchInitiatives', allowed: EVERYONE, rule: 'Public (published initiatives only).', planned: true },
  { kind: 'query', operation: 'matchFunds', allowed: EVERYONE, rule: 'Public (published fund profiles only).', planned: true },

  // Admin
  { kind: 'query', operation: 'auditLog', allowed: ADMINS, rule: 'Alliance admins only.' },
  { kind: 'query', operation: 'admins', allowed: ADMINS, rule: 'Alliance admins only.' },

  // Accounts, sessions, tokens, privacy
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
  { kind: 'mutation', operation: 'endOtherSessions', allowed: SIGNED_IN, rule: "The viewer's own other sessions." },
  { kind: 'mutation', operation: 'createApiToken', allowed: SIGNED_IN, rule: 'For the viewer themself.' },
  {
    kind: 'mutation',
    operation: 'revokeApiToken',
    allowed: SIGNED_IN,
    rule: "The viewer's own tokens; another account's token is NOT_FOUND.",
  },
  {
    kind: 'mutation',
    operation: 'deleteMyAccount',
    allowed: SIGNED_IN,
    rule: 'The viewer themself, with their password. CONFLICT while they are the only OWNER of an organisation with other members, or the last admin.',
  },

  // Memberships
  {
    kind: 'mutation',
    operation: 'addMember',
    allowed: OWNERS,
    rule: "The organisation's OWNERs; admins (to recover an organisation without OWNER).",
  },
  {
    kind: 'mutation',
    operation: 'changeMemberRole',
    allowed: OWNERS,
    rule: 'As `addMember`; the last OWNER cannot be demoted (CONFLICT).',
  },
  { kind: 'mutation', operation: 'removeMember', allowed: OWNERS, rule: 'As `addMember`; the last OWNER cannot be removed (CONFLICT).' },
  {
    kind: 'mutation',
    operation: 'leaveOrganisation',
    allowed: MEMBERS,
    rule: 'Members leave themselves; the last OWNER cannot (CONFLICT).',
  },

  // Registry writes
  { kind: 'mutation', operation: 'createOrganisation', allowed: SIGNED_IN, rule: 'Any signed-in account; it becomes the OWNER.' },
  {
    kind: 'mutation',
    operation: 'updateOrganisation',
    allowed: EDITORS,
    rule: 'EDITOR and OWNER; admins (moderation). Changing `kind`: admins only.',
  },
  { kind: 'mutation', operation: 'setFundProfile', allowed: EDITORS, rule: 'EDITOR and OWNER of the fund; admins.' },
  { kind: 'mutation', operation: 'createInitiative', allowed: EDITORS, rule: 'EDITOR and OWNER of `input.organisationId`; admins.' },
  { kind: 'mutation', operation: 'updateInitiative', allowed: EDITORS, rule: "EDITOR and OWNER of the initiative's organisation; admins." },
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
  { kind: 'mutation', operation: 'createNeed', allowed: EDITORS, rule: 'EDITOR and OWNER of the organisation; admins.' },
  { kind: 'mutation', operation: 'updateNeed', allowed: EDITORS, rule: 'As `createNeed`.' },
  { kind: 'mutation', operation: 'closeNeed', allowed: EDITORS, rule: 'As `createNeed`.' },
  { kind: 'mutation', operation: 'createOffer', allowed: EDITORS, rule: 'EDITOR and OWNER of the organisation; admins.' },
  { kind: 'mutation', operation: 'updateOffer', allowed: EDITORS, rule: 'As `createOffer`.' },
  { kind: 'mutation', operation: 'closeOffer', allowed: EDITORS, rule: 'As `createOffer`.' },

  // Alliance admins
  { kind: 'mutation', operation: 'appointAdmin', allowed: ADMINS, rule: 'Admins.' },
  { kind: 'mutation', operation: 'dismissAdmin', allowed: ADMINS, rule: 'Admins; the last admin cannot be dismissed (CONFLICT).' },
  { kind: 'mutation', operation: 'updateMunicipality', allowed: ADMINS, rule: 'Admins (reference data).' },

  // Round-tables (later issue): the organisation is the organiser or the invited one.
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
];

/** Fields whose visibility differs from their parent's. What is not listed follows its parent. */
export const FIELD_PERMISSIONS: readonly FieldPermission[] = [
  {
    field: 'Organisation.contactEmail',
    allowed: SIGNED_IN,
    rule: 'null for anonymous visitors, through every path (`initiative { organisation { contactEmail } }` too).',
  },
  { field: 'Organisation.contactPhone', allowed: SIGNED_IN, rule: 'As `contactEmail`.' },
  { field: 'Organisation.members', allowed: MEMBERS_AND_ADMINS, rule: 'Name, e-mail and role of each member; null for anyone else.' },
  { field: 'Organisation.initiatives', allowed: EVERYONE, rule: "Drafts and closed ones only for the organisation's members and admins." },
  { field: 'Organisation.needs, Initiative.needs', allowed: EVERYONE, rule: 'Needs of initiatives the viewer may not see are left out.' },
  {
    field: 'Membership.person',
    allowed: MEMBERS_AND_ADMINS,
    rule: 'Memberships are reached only through `me` and `Organisation.members`.',
  },
  { field: 'Viewer.apiTokens', allowed: SIGNED_IN, rule: "The viewer's own, never the token itself." },
  { field: 'Viewer.sessions', allowed: SIGNED_IN, rule: "The viewer's own." },
  { field: 'AuditEntry.actor', allowed: ADMINS, rule: 'Only through `auditLog`; null once the account is deleted (the pseudonym stays).' },
];

export function permissionFor(operation: string): OperationPermission | undefined {
  return OPERATION_PERMISSIONS.find((p) => p.operation === operation);
}

// ---------------------------------------------------------------------------------------------
// The doc's tables, rendered from the data above

export const DOC_START = '<!-- permission-table:start (generated from api/src/auth/permissions.ts) -->';
export const DOC_END = '<!-- permission-table:end -->';

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(title: string, items: readonly { name: string; allowed: readonly Actor[]; rule: string }[]): string {
  const header = row(['', ...ACTORS.map((a) => ACTOR_LABELS[a]), 'rule']);
  const divider = row(['---', ...ACTORS.map(() => ':-:'), '---']);
  const lines = items.map((item) => row([item.name, ...ACTORS.map((a) => (item.allowed.includes(a) ? '✓' : '—')), item.rule]));
  return [`### ${title}`, '', header, divider, ...lines].join('\n');
}

export function renderPermissionTables(): string {
  const served = (kind: 'query' | 'mutation') =>
    OPERATION_PERMISSIONS.filter((p) => p.kind === kind && !p.planned).map((p) => ({
      name: `\`${p.operation}\``,
      allowed: p.allowed,
      rule: p.rule,
    }));
  const planned = OPERATION_PERMISSIONS.filter((p) => p.planned).map((p) => ({
    name: `\`${p.operation}\` (${p.kind})`,
    allowed: p.allowed,
    rule: p.rule,
  }));
  const fields = FIELD_PERMISSIONS.map((f) => ({ name: `\`${f.field}\``, allowed: f.allowed, rule: f.rule }));
  return [
    DOC_START,
    table('Mutations', served('mutation')),
    table('Queries', served('query')),
    table('Fields', fields),
    table('Planned (later issues)', planned),
    DOC_END,
  ].join('\n\n');
}

/** docs/permissions.md, from api/src/auth/ and from api/dist/auth/ alike. */
export const PERMISSIONS_DOC = new URL('../../../docs/permissions.md', import.meta.url);

/** The doc with its generated section replaced by the tables of the data above. */
export function withTables(doc: string): string {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error(`docs/permissions.md needs the markers ${DOC_START} … ${DOC_END}`);
  return doc.slice(0, start) + renderPermissionTables() + doc.slice(end + DOC_END.length);
}
