import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { parseOrThrow } from '../core/validation.js';
import { emailSchema } from './account.inputs.js';
import type { Person } from './person.type.js';

export const lastAdmin = () =>
  conflict({
    nl: 'Dit is de laatste beheerder van de alliantie: benoem eerst een ander.',
    en: 'This is the last alliance admin: appoint another one first.',
  });

/**
 * What only alliance admins do: appoint and dismiss admins, correct the reference data. The resolver
 * gates every method with `@Authorized('ADMIN')`; moderation of content is in the registry's policies.
 */
export class AdminService {
  constructor(private readonly ctx: Context) {}

  private get actorId(): string {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer.accountId;
  }

  /** The gate checked the admin flag as the request began; under lock it is checked again (dismissed a moment ago?). */
  private assertStillAdmin(lockedAccounts: readonly { id: string; is_admin: boolean }[]): void {
    if (!lockedAccounts.some((a) => a.id === this.actorId && a.is_admin)) {
      throw forbidden({ nl: 'Alleen beheerders van de alliantie mogen dit.', en: 'Only alliance admins may do this.' });
    }
  }

  async admins(): Promise<Person[]> {
    return this.ctx.db.query('SELECT id, name, email FROM account WHERE is_admin ORDER BY name, id');
  }

  /** Makes an existing account, found by e-mail address, an alliance admin. Appointing an admin again changes nothing. */
  async appointAdmin(emailArgument: string): Promise<Person> {
    const email = parseOrThrow(emailSchema, emailArgument, this.ctx.locale, 'email');
    return this.ctx.db.transaction(async (tx) => {
      // The actor and the appointee, locked in id order (as `dismissAdmin` locks admins).
      const rows: { id: string; name: string; email: string; is_admin: boolean }[] = await tx.query(
        'SELECT id, name, email, is_admin FROM account WHERE id = $1 OR lower(email) = lower($2) ORDER BY id FOR UPDATE',
        [this.actorId, email],
      );
      this.assertStillAdmin(rows);
      const account = rows.find((r) => r.email.toLowerCase() === email.toLowerCase());
      if (!account) {
        throw badUserInput({
          email: { nl: 'Er is geen account met dit e-mailadres.', en: 'There is no account with this e-mail address.' }[this.ctx.locale],
        });
      }
      if (!account.is_admin) {
        await tx.query('UPDATE account SET is_admin = true, updated_at = now() WHERE id = $1', [account.id]);
        await recordAudit(tx, this.ctx, { action: 'appointAdmin', entity: 'Account', entityId: account.id, changedFields: ['isAdmin'] });
      }
      return { id: account.id, name: account.name, email: account.email };
    });
  }

  /** Takes admin rights away; the last admin stays, even when two admins dismiss each other at once. */
  async dismissAdmin(accountId: string): Promise<boolean> {
    return this.ctx.db.transaction(async (tx) => {
      // Every admin row locked, in one order: concurrent dismissals queue here and count afresh.
      const admins: { id: string }[] = await tx.query('SELECT id FROM account WHERE is_admin ORDER BY id FOR UPDATE');
      this.assertStillAdmin(admins.map((a) => ({ ...a, is_admin: true })));
      if (!isUuid(accountId) || !admins.some((a) => a.id === accountId)) throw notFound({ nl: 'Deze beheerder', en: 'This admin' });
      if (admins.length === 1) throw lastAdmin();
      await tx.query('UPDATE account SET is_admin = false, updated_at = now() WHERE id = $1', [accountId]);
      await recordAudit(tx, this.ctx, { action: 'dismissAdmin', entity: 'Account', entityId: accountId, changedFields: ['isAdmin'] });
      return true;
    });
  }
}
