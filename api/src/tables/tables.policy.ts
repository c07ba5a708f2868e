import { canEditFor, isAdmin, isMemberOf } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';
import type { RoundTable } from './tables.entity.js';

/**
 * Who may see and do what at a table. A table belongs to its organisers (the organiser and an optional
 * co-organiser): their EDITORs and OWNERs manage it, admins moderate. Tables themselves are public;
 * invitations, outcomes and join requests are for the participants: the organisers' and invited
 * organisations' members, and admins.
 */
export const organisersOf = (table: Pick<RoundTable, 'organiserId' | 'coOrganiserId'>): string[] =>
  table.coOrganiserId ? [table.organiserId, table.coOrganiserId] : [table.organiserId];

export const mayManageTable = (viewer: Viewer | null, table: Pick<RoundTable, 'organiserId' | 'coOrganiserId'>): boolean =>
  organisersOf(table).some((id) => canEditFor(viewer, id)) || isAdmin(viewer);

export const isOrganiserMember = (viewer: Viewer | null, table: Pick<RoundTable, 'organiserId' | 'coOrganiserId'>): boolean =>
  organisersOf(table).some((id) => isMemberOf(viewer, id));

/** Invitations, outcomes and the follow-up: organisers' and invited organisations' members, admins. */
export const maySeeParticipation = (
  viewer: Viewer | null,
  table: Pick<RoundTable, 'organiserId' | 'coOrganiserId'>,
  invitedIds: readonly string[],
): boolean => isOrganiserMember(viewer, table) || invitedIds.some((id) => isMemberOf(viewer, id)) || isAdmin(viewer);

/** Answering, voting, pledging and joining for an organisation: its EDITORs and OWNERs. */
export const mayActFor = (viewer: Viewer | null, organisationId: string): boolean => canEditFor(viewer, organisationId);
