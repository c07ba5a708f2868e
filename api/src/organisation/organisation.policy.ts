import { canEditFor, isAdmin, isSignedIn } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';

/**
 * Who may do what with an organisation (docs: the permission table of the accounts issue).
 * Organisations are public; their contact details are for signed-in accounts.
 */

/** Any signed-in account may register an organisation; it becomes its OWNER. */
export const mayCreateOrganisation = (viewer: Viewer | null): viewer is Viewer => isSignedIn(viewer);

/** EDITORs and OWNERs edit the profile; alliance admins may edit anything (moderation). */
export const mayEditOrganisation = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);

/** The kind decides what an organisation may do later (a municipality organises tables), so only admins change it. */
export const mayChangeOrganisationKind = (viewer: Viewer | null): boolean => isAdmin(viewer);

/** Contact e-mail and phone: signed-in accounts only, through every path that reaches an organisation. */
export const maySeeContactDetails = (viewer: Viewer | null): boolean => isSignedIn(viewer);
