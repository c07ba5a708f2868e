import type { PersonalData } from '../core/module.js';
import { pseudonymFor } from './audit.service.js';

/**
 * The audit trail of what the person did. On erasure it keeps every entry — an organisation's history
 * must stay readable — but no column names the account any more: the actor and any entry about the
 * account itself carry only the pseudonym. Runs last (the audit module comes first in the list).
 */
export const auditPersonalData: PersonalData = {
  async export(db, { accountId }) {
    const entries: Record<string, unknown>[] = await db.query(
      `SELECT id, at, action, entity, entity_id AS "entityId", organisation_id AS "organisationId", changed_fields AS "changedFields"
         FROM audit_entry WHERE actor_account_id = $1 ORDER BY id`,
      [accountId],
    );
    return { auditEntries: entries.map((entry) => ({ ...entry, id: String(entry.id) })) };
  },

  async erase(tx, _ctx, { accountId }) {
    await tx.query('UPDATE audit_entry SET actor_account_id = NULL WHERE actor_account_id = $1', [accountId]);
    await tx.query('UPDATE audit_entry SET entity_id = $2 WHERE entity_id = $1', [accountId, pseudonymFor(accountId)]);
  },
};
