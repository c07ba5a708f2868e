import { canEditFor, isAdmin, isMemberOf, isOwnerOf } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';
import { type Initiative, PUBLIC_STATUSES } from './initiative.entity.js';

/**
 * Who may see and change initiatives. Published and funded ones are public; drafts and closed ones
 * are seen by the organisation's members (any role) and alliance admins only — to anyone else they do
 * not exist (NOT_FOUND, never listed).
 */

export const isPublic = (initiative: Pick<Initiative, 'status'>): boolean =>
  (PUBLIC_STATUSES as readonly string[]).includes(initiative.status);

export const mayViewInitiative = (viewer: Viewer | null, initiative: Pick<Initiative, 'status' | 'organisationId'>): boolean =>
  isPublic(initiative) || isMemberOf(viewer, initiative.organisationId) || isAdmin(viewer);

/** EDITORs and OWNERs of the organisation create, edit, publish and close its initiatives; admins moderate. */
export const mayEditInitiativesOf = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);

export const mayCreateInitiative = mayEditInitiativesOf;

export const mayEditInitiative = (viewer: Viewer | null, initiative: Pick<Initiative, 'organisationId'>): boolean =>
  mayEditInitiativesOf(viewer, initiative.organisationId);

export const mayPublishInitiative = mayEditInitiative;

export const mayCloseInitiative = mayEditInitiative;

/** Deleting is for OWNERs (and admins) only; everyone else closes. */
export const mayDeleteInitiative = (viewer: Viewer | null, initiative: Pick<Initiative, 'organisationId'>): boolean =>
  isOwnerOf(viewer, initiative.organisationId) || isAdmin(viewer);

/**
 * What a list may show this viewer: everything (admins), or the public statuses plus every status of
 * the viewer's own organisations.
 */
export type InitiativeScope = { all: true } | { all: false; memberOf: string[] };

export function initiativeScope(viewer: Viewer | null): InitiativeScope {
  if (isAdmin(viewer)) return { all: true };
  return { all: false, memberOf: viewer ? [...viewer.roles.keys()] : [] };
}
