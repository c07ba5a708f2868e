import { canEditFor, isAdmin } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';

/** Fund profiles are public (funds want to be found). EDITORs and OWNERs of the fund set it; admins moderate. */
export const maySetFundProfile = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);
