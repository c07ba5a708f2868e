import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** The id of the account with this e-mail address (any case), or null. */
export async function accountIdByEmail(db: Db, email: string): Promise<string | null> {
  const [row] = await db.query('SELECT id FROM account WHERE lower(email) = lower($1)', [email]);
  return row?.id ?? null;
}

/** The account's e-mail address, or null when it does not exist (any more). */
export async function emailOf(db: Db, accountId: string): Promise<string | null> {
  const [row] = await db.query('SELECT email FROM account WHERE id = $1', [accountId]);
  return row?.email ?? null;
}

/** Locks the account row for the rest of the transaction (its credentials change one at a time). */
export async function lockAccount(tx: Db, accountId: string): Promise<void> {
  await tx.query('SELECT id FROM account WHERE id = $1 FOR UPDATE', [accountId]);
}

/** Id and e-mail address of each account, in id order (accounts that no longer exist are left out). */
export async function contactsOf(db: Db, accountIds: readonly string[]): Promise<{ accountId: string; email: string }[]> {
  if (!accountIds.length) return [];
  return db.query('SELECT id AS "accountId", email FROM account WHERE id = ANY($1::uuid[]) ORDER BY id', [accountIds]);
}
