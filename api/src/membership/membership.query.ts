import type { EntityManager } from 'typeorm';
import { contactsOf } from '../account/account.query.js';
import type { MembershipRole } from '../core/viewer.js';

/**
 * Who to write to for an organisation: its members with one of `roles` (all roles when absent), with
 * their e-mail addresses, in account order. For messages through the outbox (match alerts, decisions).
 */
export async function memberContacts(
  db: Pick<EntityManager, 'query'>,
  organisationId: string,
  roles?: readonly MembershipRole[],
): Promise<{ accountId: string; email: string }[]> {
  const rows: { account_id: string }[] = await db.query(
    `SELECT account_id FROM membership WHERE organisation_id = $1${roles ? ' AND role = ANY($2::text[])' : ''}`,
    roles ? [organisationId, roles] : [organisationId],
  );
  return contactsOf(
    db,
    rows.map((r) => r.account_id),
  );
}
