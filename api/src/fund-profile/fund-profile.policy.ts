import { canEditFor, isAdmin } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';

/** Fund profiles are public (funds want to be found). EDITORs and OWNERs of the fund set it; admins moderate. */
export const maySetFundProfile = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);
