import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** The coarse gate: `@Authorized()` needs a signed-in viewer, `@Authorized('ADMIN')` an alliance admin. */
export type AuthRole = 'ADMIN';

/**
 * Throws rather than answering false, so that a signed-out caller always gets UNAUTHENTICATED (also on
 * admin-only fields) and a signed-in one FORBIDDEN. It runs before argument validation: nobody learns
 * anything about an operation they may not call.
 */
export const authChecker: AuthChecker<Context, AuthRole> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.includes('ADMIN') && !context.viewer.isAdmin) {
    throw forbidden({ nl: 'Alleen beheerders van de alliantie mogen dit.', en: 'Only alliance admins may do this.' });
  }
  return true;
};
