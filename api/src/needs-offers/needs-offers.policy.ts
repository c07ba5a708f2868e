import { canEditFor, isAdmin } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';

/**
 * Needs and offers are public — a need of an initiative only as far as the initiative is (see
 * `mayViewInitiative`). EDITORs and OWNERs of the organisation create, change and close them; admins moderate.
 */
export const mayEditNeedsAndOffersOf = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);

export const mayCreateNeed = mayEditNeedsAndOffersOf;
export const mayEditNeed = mayEditNeedsAndOffersOf;
export const mayCloseNeed = mayEditNeedsAndOffersOf;
export const mayCreateOffer = mayEditNeedsAndOffersOf;
export const mayEditOffer = mayEditNeedsAndOffersOf;
export const mayCloseOffer = mayEditNeedsAndOffersOf;
