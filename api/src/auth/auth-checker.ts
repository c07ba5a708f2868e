import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';

/** The coarse gate: `@Authorized()` needs a signed-in viewer, `@Authorized('ADMIN')` an alliance admin. */
export type AuthRole = 'ADMIN';

export const authChecker: AuthChecker<Context, AuthRole> = ({ context }, roles) => {
  if (!context.viewer) return false;
  if (roles.includes('ADMIN')) return context.viewer.isAdmin;
  return true;
};
