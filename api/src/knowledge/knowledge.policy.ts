import { canEditFor, isAdmin, isMemberOf } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';
import type { KnowledgeItem } from './knowledge.entity.js';

/**
 * Who may see, write and review knowledge items. Published items are public; the others are seen by
 * the organisation's members (any role) and alliance admins — to anyone else they do not exist.
 * EDITORs and OWNERs write; a reviewer is an EDITOR or OWNER of the organisation, or an alliance
 * admin (a VIEWER only reads), and never the item's last author: four eyes see every published text.
 */

export const isPublished = (item: Pick<KnowledgeItem, 'status'>): boolean => item.status === 'PUBLISHED';

/** Drafts, texts in review and archived ones: the organisation's and the reviewers' business. */
export const maySeeUnpublished = (viewer: Viewer | null, organisationId: string): boolean =>
  isMemberOf(viewer, organisationId) || isAdmin(viewer);

export const mayViewKnowledgeItem = (viewer: Viewer | null, item: Pick<KnowledgeItem, 'status' | 'organisationId'>): boolean =>
  isPublished(item) || maySeeUnpublished(viewer, item.organisationId);

export const mayWriteKnowledgeOf = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);

export const mayReviewKnowledgeOf = mayWriteKnowledgeOf;

/** The account that created or last changed the text: it may not approve (or reject) its own words. */
export const isLastAuthor = (viewer: Viewer | null, item: Pick<KnowledgeItem, 'lastAuthorId'>): boolean =>
  viewer !== null && item.lastAuthorId === viewer.accountId;

/** What a list may show: everything (admins), or the published items plus all of the viewer's own organisations. */
export type KnowledgeScope = { all: true } | { all: false; memberOf: string[] };

export function knowledgeScope(viewer: Viewer | null): KnowledgeScope {
  if (isAdmin(viewer)) return { all: true };
  return { all: false, memberOf: viewer ? [...viewer.roles.keys()] : [] };
}

/** The organisations whose texts in review the viewer may review (null: every organisation). */
export function reviewableOrganisations(viewer: Viewer): string[] | null {
  if (isAdmin(viewer)) return null;
  return [...viewer.roles].filter(([, role]) => role === 'OWNER' || role === 'EDITOR').map(([organisationId]) => organisationId);
}
