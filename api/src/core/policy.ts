import type { MembershipRole, Viewer } from './viewer.js';

/**
 * Small predicates the features' policies are built from (`initiative.policy.ts` and the like).
 * They answer questions; the services decide which error to throw.
 */
export const isSignedIn = (viewer: Viewer | null): viewer is Viewer => viewer !== null;

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.isAdmin === true;

export const roleIn = (viewer: Viewer | null, organisationId: string): MembershipRole | null => viewer?.roles.get(organisationId) ?? null;

export const isMemberOf = (viewer: Viewer | null, organisationId: string): boolean => roleIn(viewer, organisationId) !== null;

/** EDITOR and OWNER edit an organisation's profile, fund profile, initiatives, needs and offers. */
export const canEditFor = (viewer: Viewer | null, organisationId: string): boolean => {
  const role = roleIn(viewer, organisationId);
  return role === 'OWNER' || role === 'EDITOR';
};

/** Only OWNERs manage members and delete. */
export const isOwnerOf = (viewer: Viewer | null, organisationId: string): boolean => roleIn(viewer, organisationId) === 'OWNER';
