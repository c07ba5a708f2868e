import { canEditFor, isAdmin, isMemberOf } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';

/**
 * Matches are public facts (published initiatives, public fund profiles). A fund's decisions are its own:
 * its members and alliance admins see them (and see dismissed initiatives left out); its EDITORs and
 * OWNERs make them and switch alerts on.
 */
export const maySeeDecisions = (viewer: Viewer | null, fundId: string): boolean => isMemberOf(viewer, fundId) || isAdmin(viewer);

export const mayDecide = (viewer: Viewer | null, fundId: string): boolean => canEditFor(viewer, fundId);

/** The shortlist download: signed-in members of the fund. */
export const mayDownloadShortlist = (viewer: Viewer | null, fundId: string): boolean => isMemberOf(viewer, fundId);
