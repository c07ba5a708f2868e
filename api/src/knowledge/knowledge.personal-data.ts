import type { PersonalData } from '../core/module.js';

/**
 * The texts a person wrote and the reviews they gave. On erasure the texts and reviews stay — the
 * organisation owns them, and its library must not lose published answers — but no row names the
 * account any more. An item whose last author is erased may then be approved by any reviewer: its
 * author can no longer act.
 */
export const knowledgePersonalData: PersonalData = {
  async export(db, { accountId }) {
    const knowledgeVersions = await db.query(
      `SELECT v.item_id AS "itemId", v.version, v.question, v.short_answer AS "shortAnswer", v.long_answer AS "longAnswer",
              v.sources, v.changed_fields AS "changedFields", v.created_at AS "createdAt"
         FROM knowledge_item_version v WHERE v.author_id = $1 ORDER BY v.created_at, v.item_id, v.version`,
      [accountId],
    );
    const knowledgeReviews = await db.query(
      `SELECT r.id, r.item_id AS "itemId", r.version, r.decision, r.comment, r.created_at AS "createdAt"
         FROM knowledge_review r WHERE r.reviewer_id = $1 ORDER BY r.created_at, r.id`,
      [accountId],
    );
    return { knowledgeVersions, knowledgeReviews };
  },

  async erase(tx, _ctx, { accountId }) {
    await tx.query('UPDATE knowledge_item SET last_author_id = NULL WHERE last_author_id = $1', [accountId]);
    await tx.query('UPDATE knowledge_item_version SET author_id = NULL WHERE author_id = $1', [accountId]);
    await tx.query('UPDATE knowledge_review SET reviewer_id = NULL WHERE reviewer_id = $1', [accountId]);
  },
};
