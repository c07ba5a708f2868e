import type { PersonalData } from '../core/module.js';

/**
 * A person's part of round-tables: the join requests they made (motivation and needs are their words)
 * and their personal calendar address. Erasure keeps the requests, answers and votes of their
 * organisations without them (`account_id`, `responded_by`, `voted_by`, `created_by` set to null) and
 * removes the calendar address.
 */
export const tablesPersonalData: PersonalData = {
  async export(db, { accountId }) {
    const joinRequests = await db.query(
      `SELECT r.id, t.title AS "table", r.organisation_id AS "organisationId", r.motivation, r.needs, r.status, r.created_at AS "createdAt"
         FROM table_join_request r JOIN round_table t ON t.id = r.table_id WHERE r.account_id = $1 ORDER BY r.created_at, r.id`,
      [accountId],
    );
    const [calendar] = await db.query('SELECT created_at AS "createdAt" FROM calendar_token WHERE account_id = $1', [accountId]);
    return { joinRequests, calendarSubscription: calendar ?? null };
  },

  async erase(tx, _ctx, { accountId }) {
    await tx.query('UPDATE table_join_request SET account_id = NULL WHERE account_id = $1', [accountId]);
    await tx.query('UPDATE table_invitation SET responded_by = NULL WHERE responded_by = $1', [accountId]);
    await tx.query('UPDATE table_slot_vote SET voted_by = NULL WHERE voted_by = $1', [accountId]);
    await tx.query('UPDATE round_table SET created_by = NULL WHERE created_by = $1', [accountId]);
    await tx.query('DELETE FROM calendar_token WHERE account_id = $1', [accountId]);
  },
};
