import { EDITORS, EVERYONE, type PermissionTable } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const NEEDS_OFFERS_PERMISSIONS: PermissionTable = {
  operations: [
    { kind: 'query', operation: 'need', allowed: EVERYONE, rule: 'Public; a need of an initiative the viewer may not see is NOT_FOUND.' },
    { kind: 'query', operation: 'needs', allowed: EVERYONE, rule: 'As `need`, per item.' },
    { kind: 'query', operation: 'offer', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'query', operation: 'offers', allowed: EVERYONE, rule: 'Public.' },
    { kind: 'mutation', operation: 'createNeed', allowed: EDITORS, rule: 'EDITOR and OWNER of the organisation; admins.' },
    { kind: 'mutation', operation: 'updateNeed', allowed: EDITORS, rule: 'As `createNeed`.' },
    { kind: 'mutation', operation: 'closeNeed', allowed: EDITORS, rule: 'As `createNeed`.' },
    { kind: 'mutation', operation: 'createOffer', allowed: EDITORS, rule: 'EDITOR and OWNER of the organisation; admins.' },
    { kind: 'mutation', operation: 'updateOffer', allowed: EDITORS, rule: 'As `createOffer`.' },
    { kind: 'mutation', operation: 'closeOffer', allowed: EDITORS, rule: 'As `createOffer`.' },
  ],
  fields: [
    { field: 'Organisation.needs, Initiative.needs', allowed: EVERYONE, rule: 'Needs of initiatives the viewer may not see are left out.' },
  ],
};
