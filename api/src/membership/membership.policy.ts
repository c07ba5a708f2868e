import { isAdmin } from '../core/policy.js';
import type { MembershipRole, Viewer } from '../core/viewer.js';

/**
 * Who may see and manage an organisation's members. The role is passed in explicitly: managing
 * members uses the role read under lock in the same transaction, not the one the request started with.
 */

/** Fellow members see each other (name, e-mail, role); alliance admins see everyone's. */
export const canSeeMembers = (viewer: Viewer | null, roleOfViewer: MembershipRole | null): boolean =>
  roleOfViewer !== null || isAdmin(viewer);

/** OWNERs manage members; alliance admins may too, to recover an organisation whose OWNERs are gone. */
export const canManageMembers = (viewer: Viewer | null, roleOfViewer: MembershipRole | null): boolean =>
  roleOfViewer === 'OWNER' || isAdmin(viewer);

/** An organisation always keeps an OWNER while it has one: the last cannot leave, be demoted or removed. */
export const removesLastOwner = (
  members: readonly { id: string; role: MembershipRole }[],
  target: { id: string; role: MembershipRole },
  newRole: MembershipRole | null,
): boolean =>
  target.role === 'OWNER' && newRole !== 'OWNER' && members.filter((m) => m.role === 'OWNER' && m.id !== target.id).length === 0;
