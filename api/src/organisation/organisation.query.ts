import type { EntityManager } from 'typeorm';

/** Ids of the organisations whose contact address is this e-mail address (any case), in id order. */
export async function organisationsWithContactEmail(db: Pick<EntityManager, 'query'>, email: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query('SELECT id FROM organisation WHERE lower(contact_email) = lower($1) ORDER BY id', [email]);
  return rows.map((r) => r.id);
}
