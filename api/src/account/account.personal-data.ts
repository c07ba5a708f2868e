import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { PersonalData } from '../core/module.js';
import { Account } from './account.entity.js';
import { lastAdminCannotLeave } from './account.errors.js';

/** The account itself: exported as it is, deleted last of the person's rows (its audit entries keep only the pseudonym). */
export const accountPersonalData: PersonalData = {
  async export(db, { accountId }) {
    const [account] = await db.query(
      `SELECT id, email, name, is_admin AS "isAdmin", created_at AS "createdAt", updated_at AS "updatedAt" FROM account WHERE id = $1`,
      [accountId],
    );
    return { account };
  },

  check: (tx, _ctx, { accountId }) => refuseWhenLastAdmin(tx, accountId),

  async erase(tx, ctx, { accountId }) {
    // Written while the account exists; the audit module pseudonymises it with the rest.
    await recordAudit(tx, ctx, {
      action: 'deleteMyAccount',
      entity: 'Account',
      entityId: accountId,
      changedFields: ['account', 'credentials', 'memberships'],
    });
    await tx.delete(Account, { id: accountId });
  },
};

async function refuseWhenLastAdmin(tx: EntityManager, accountId: string): Promise<void> {
  // The account and every admin row, locked in id order as `dismissAdmin` locks them: no deadlock between the two.
  const locked: { id: string; is_admin: boolean }[] = await tx.query(
    'SELECT id, is_admin FROM account WHERE is_admin OR id = $1 ORDER BY id FOR UPDATE',
    [accountId],
  );
  const admins = locked.filter((a) => a.is_admin);
  if (!admins.some((a) => a.id === accountId) || admins.length > 1) return;
  // Alone in Koppel, an admin may go: the next sign-up becomes the first admin again.
  const [{ others }] = await tx.query('SELECT count(*)::int AS others FROM account WHERE id <> $1', [accountId]);
  if (others > 0) throw lastAdminCannotLeave();
}
