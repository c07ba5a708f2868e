import { EDITORS, EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations (see docs/permissions.md). */
export const PUBLICATION_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'publication', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'query', operation: 'publications', allowed: EVERYONE, rule: 'Public (also `Organisation.publications`).' },
    { kind: 'mutation', operation: 'createPublication', allowed: EDITORS, rule: 'EDITOR and OWNER of `input.organisationId`; admins.' },
    {
      kind: 'mutation',
      operation: 'updatePublication',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the publication's organisation; admins.",
    },
    {
      kind: 'mutation',
      operation: 'coSignPublication',
      subject: 'the co-signing `organisationId`',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'EDITOR and OWNER, in the organisation’s name; not admins (a signature speaks for the organisation).',
    },
    {
      kind: 'mutation',
      operation: 'withdrawCoSignature',
      subject: 'the co-signing `organisationId`',
      allowed: ['EDITOR', 'OWNER'],
      rule: 'As `coSignPublication`.',
    },
  ],
};
