import { EDITORS, EVERYONE, MEMBERS_AND_ADMINS, type PermissionTable, SIGNED_IN } from '../core/permissions.js';

/** Who may call this feature's operations and see its guarded fields (see docs/permissions.md). */
export const KNOWLEDGE_PERMISSIONS: PermissionTable = {
  operations: [
    {
      kind: 'query',
      operation: 'knowledgeItem',
      allowed: EVERYONE,
      rule: "Published items are public; drafts, texts in review and archived ones only for the organisation's members and admins (NOT_FOUND for anyone else).",
    },
    {
      kind: 'query',
      operation: 'knowledgeItems',
      allowed: EVERYONE,
      rule: "Lists what the viewer may read: unpublished items only of the viewer's own organisations (all for admins). The same rule holds for `GET /api/knowledge/collection.md` (404 for an item the caller may not read).",
    },
    {
      kind: 'query',
      operation: 'reviewQueue',
      allowed: SIGNED_IN,
      rule: 'Signed in; lists texts in review of organisations where the viewer is EDITOR or OWNER (all for admins), never their own.',
    },
    { kind: 'mutation', operation: 'createKnowledgeItem', allowed: EDITORS, rule: 'EDITOR and OWNER of `input.organisationId`; admins.' },
    {
      kind: 'mutation',
      operation: 'updateKnowledgeItem',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the item's organisation; admins. The editor becomes the text's last author.",
    },
    { kind: 'mutation', operation: 'submitKnowledgeItem', allowed: EDITORS, rule: 'As `updateKnowledgeItem`; needs a source.' },
    {
      kind: 'mutation',
      operation: 'reviewKnowledgeItem',
      allowed: EDITORS,
      rule: "EDITOR and OWNER of the item's organisation; admins. Never the text's last author (four eyes: FORBIDDEN).",
    },
    { kind: 'mutation', operation: 'archiveKnowledgeItem', allowed: EDITORS, rule: 'As `updateKnowledgeItem`.' },
  ],
  fields: [
    {
      field: 'KnowledgeItem.versions',
      allowed: MEMBERS_AND_ADMINS,
      rule: "The organisation's members and admins; empty for anyone else.",
    },
    {
      field: 'KnowledgeItem.reviews',
      allowed: MEMBERS_AND_ADMINS,
      rule: "The organisation's members and admins; empty for anyone else.",
    },
  ],
};
