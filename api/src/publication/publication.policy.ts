import { canEditFor, isAdmin } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';

/**
 * Publications are public. The publishing organisation's EDITORs and OWNERs (and alliance admins, who
 * moderate) create and change them. Co-signing speaks for an organisation: only its own EDITORs and
 * OWNERs may, not admins.
 */
export const mayPublishFor = (viewer: Viewer | null, organisationId: string): boolean =>
  canEditFor(viewer, organisationId) || isAdmin(viewer);

export const mayCoSignFor = (viewer: Viewer | null, organisationId: string): boolean => canEditFor(viewer, organisationId);
