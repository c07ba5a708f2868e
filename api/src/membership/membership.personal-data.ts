import type { EntityManager } from 'typeorm';
import type { PersonalData } from '../core/module.js';
import { lockOrganisations, organisationSummaries, organisationsWithContactEmail } from '../organisation/organisation.query.js';
import { soleOwnerOf } from './membership.errors.js';
import { membersOf } from './membership.service.js';

/**
 * Memberships. Before erasure, every organisation it touches is locked in id order (as membership
 * changes lock them), and the only OWNER of an organisation with other members is refused until
 * someone else is OWNER. An organisation the person was the only member of stays, without members,
 * for the alliance admins to hand over or remove.
 */
export const membershipPersonalData: PersonalData = {
  async export(db, { accountId }) {
    const rows: { id: string; role: string; createdAt: Date; organisationId: string }[] = await db.query(
      `SELECT id, role, created_at AS "createdAt", organisation_id AS "organisationId"
         FROM membership WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const organisations = await organisationSummaries(
      db,
      rows.map((m) => m.organisationId),
    );
    return {
      memberships: rows.map(({ organisationId, ...membership }) => ({
        ...membership,
        organisation: organisations.get(organisationId) ?? null,
      })),
    };
  },

  async check(tx, _ctx, { accountId, email }) {
    const organisations = await lockOrganisationsOf(tx, accountId, email);
    const blocking: { id: string; name: string }[] = [];
    const names = await organisationSummaries(tx, organisations);
    for (const organisationId of organisations) {
      const members = await membersOf(tx, organisationId);
      const mine = members.find((m) => m.accountId === accountId);
      const otherOwners = members.filter((m) => m.role === 'OWNER' && m.accountId !== accountId);
      if (mine?.role === 'OWNER' && otherOwners.length === 0 && members.length > 1) {
        blocking.push({ id: organisationId, name: names.get(organisationId)?.name ?? organisationId });
      }
    }
    if (blocking.length) throw soleOwnerOf(blocking);
  },

  async erase(tx, _ctx, { accountId }) {
    await tx.query('DELETE FROM membership WHERE account_id = $1', [accountId]);
  },
};

/**
 * Locks every organisation the erasure touches — where the person is a member, or whose contact
 * address is theirs (the organisation module clears it) — in id order. Someone may add the person to
 * another organisation meanwhile; the loop locks that one too before going on.
 */
async function lockOrganisationsOf(tx: EntityManager, accountId: string, email: string): Promise<string[]> {
  const locked = new Set<string>();
  for (;;) {
    const memberOf: { id: string }[] = await tx.query('SELECT organisation_id AS id FROM membership WHERE account_id = $1', [accountId]);
    const contactOf = await organisationsWithContactEmail(tx, email);
    const missing = [...new Set([...memberOf.map((r) => r.id), ...contactOf])].filter((id) => !locked.has(id));
    if (!missing.length) return [...locked].sort();
    for (const id of await lockOrganisations(tx, missing)) locked.add(id);
    for (const id of missing) locked.add(id);
  }
}
