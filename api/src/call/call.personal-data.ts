import type { PersonalData } from '../core/module.js';

/**
 * A reviewer's part: the calls they review and the reviews they wrote. Erasure takes them off the
 * calls and keeps their reviews without them (the scores of a decided call must not change).
 */
export const callPersonalData: PersonalData = {
  async export(db, { accountId }) {
    const reviewerOf = await db.query(
      `SELECT c.id, c.title, r.created_at AS "since" FROM call_reviewer r JOIN call c ON c.id = r.call_id
        WHERE r.account_id = $1 ORDER BY r.created_at, c.id`,
      [accountId],
    );
    const reviews = await db.query(
      `SELECT id, application_id AS "applicationId", scores, total, comment, created_at AS "createdAt", updated_at AS "updatedAt"
         FROM call_review WHERE reviewer_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    return { reviewerOf, reviews };
  },

  async erase(tx, _ctx, { accountId }) {
    await tx.query('UPDATE call_review SET reviewer_id = NULL WHERE reviewer_id = $1', [accountId]);
    await tx.query('DELETE FROM call_reviewer WHERE account_id = $1', [accountId]);
  },
};
