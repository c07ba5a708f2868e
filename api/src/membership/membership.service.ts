import type { EntityManager } from 'typeorm';
import { emailSchema } from '../account/account.inputs.js';
import { accountIdByEmail } from '../account/account.query.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { roleIn } from '../core/policy.js';
import { parseOrThrow } from '../core/validation.js';
import type { MembershipRole, Viewer } from '../core/viewer.js';
import { lockOrganisations } from '../organisation/organisation.query.js';
import { Membership } from './membership.entity.js';
import { alreadyMember, lastOwner, membershipNotFound, noAccountWithEmail, notAnOwner, organisationNotFound } from './membership.errors.js';
import { canManageMembers, canSeeMembers, removesLastOwner } from './membership.policy.js';

export interface LockedMember {
  id: string;
  accountId: string;
  role: MembershipRole;
}

/**
 * The organisation's members, read after `lockOrganisations`: a statement started after the lock sees
 * every change committed before it, so two OWNERs demoting each other at once are serialised and the
 * second sees the first's change — the last OWNER stays.
 */
export async function membersOf(tx: EntityManager, organisationId: string): Promise<LockedMember[]> {
  const rows: { id: string; account_id: string; role: MembershipRole }[] = await tx.query(
    'SELECT id, account_id, role FROM membership WHERE organisation_id = $1 ORDER BY id',
    [organisationId],
  );
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, role: r.role }));
}

/** Adding, re-rolling and removing members of an organisation; every method checks its own rights under lock. */
export class MembershipService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  /** Members of an organisation, for its members and alliance admins; null for anyone else. */
  async members(organisationId: string): Promise<Membership[] | null> {
    const { viewer } = this.ctx;
    if (!canSeeMembers(viewer, roleIn(viewer, organisationId))) return null;
    return this.ctx.loaders.membership.byOrganisation.load(organisationId);
  }

  /** Adds an existing account, found by e-mail address, with a role. */
  async addMember(organisationId: string, emailArgument: string, role: MembershipRole): Promise<Membership> {
    const viewer = this.viewer;
    const email = parseOrThrow(emailSchema, emailArgument, this.ctx.locale, 'email');
    const membership = await this.ctx.db.transaction(async (tx) => {
      const members = await this.lockOrganisation(tx, organisationId);
      // Rights first: only those who may manage members learn whether an address has an account.
      if (!canManageMembers(viewer, roleOf(members, viewer))) throw notAnOwner();
      const accountId = await accountIdByEmail(tx, email);
      if (!accountId) throw noAccountWithEmail(this.ctx.locale);
      if (members.some((m) => m.accountId === accountId)) throw alreadyMember();
      const created = await tx.save(tx.create(Membership, { organisationId, accountId, role })).catch((error: unknown) => {
        // Unreachable while every writer locks the organisation first; kept so a slip is a CONFLICT, not a 500.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw alreadyMember();
        throw error;
      });
      await recordAudit(tx, this.ctx, {
        action: 'addMember',
        entity: 'Membership',
        entityId: created.id,
        organisationId,
        changedFields: ['account', 'role'],
      });
      return created;
    });
    this.forget(membership);
    return membership;
  }

  async changeMemberRole(membershipId: string, role: MembershipRole): Promise<Membership> {
    const viewer = this.viewer;
    const membership = await this.ctx.db.transaction(async (tx) => {
      const { members, target } = await this.lockMembership(tx, membershipId);
      if (!canManageMembers(viewer, roleOf(members, viewer))) throw notAnOwner();
      if (removesLastOwner(members, target, role)) throw lastOwner();
      if (target.role !== role) {
        await tx.update(Membership, { id: target.id }, { role });
        await recordAudit(tx, this.ctx, {
          action: 'changeMemberRole',
          entity: 'Membership',
          entityId: target.id,
          organisationId: target.organisationId,
          changedFields: ['role'],
        });
      }
      return tx.findOneByOrFail(Membership, { id: target.id });
    });
    this.forget(membership);
    return membership;
  }

  async removeMember(membershipId: string): Promise<boolean> {
    const viewer = this.viewer;
    const removed = await this.ctx.db.transaction(async (tx) => {
      const { members, target } = await this.lockMembership(tx, membershipId);
      if (!canManageMembers(viewer, roleOf(members, viewer))) throw notAnOwner();
      if (removesLastOwner(members, target, null)) throw lastOwner();
      await tx.delete(Membership, { id: target.id });
      await recordAudit(tx, this.ctx, {
        action: 'removeMember',
        entity: 'Membership',
        entityId: target.id,
        organisationId: target.organisationId,
        changedFields: ['account', 'role'],
      });
      return target;
    });
    this.forget(removed);
    return true;
  }

  /** The viewer leaves an organisation; the last OWNER must first make someone else OWNER. */
  async leaveOrganisation(organisationId: string): Promise<boolean> {
    const viewer = this.viewer;
    const left = await this.ctx.db.transaction(async (tx) => {
      const members = await this.lockOrganisation(tx, organisationId);
      const mine = members.find((m) => m.accountId === viewer.accountId);
      if (!mine) throw membershipNotFound();
      if (removesLastOwner(members, mine, null)) throw lastOwner();
      await tx.delete(Membership, { id: mine.id });
      await recordAudit(tx, this.ctx, {
        action: 'leaveOrganisation',
        entity: 'Membership',
        entityId: mine.id,
        organisationId,
        changedFields: ['account', 'role'],
      });
      return { organisationId, accountId: viewer.accountId };
    });
    this.forget(left);
    return true;
  }

  private async lockOrganisation(tx: EntityManager, organisationId: string): Promise<LockedMember[]> {
    const [found] = await lockOrganisations(tx, [organisationId]);
    if (!found) throw organisationNotFound();
    return membersOf(tx, organisationId);
  }

  /**
   * The membership and its organisation's members, locked. To someone who is not a member of that
   * organisation (nor an admin), its memberships do not exist: NOT_FOUND, as when reading.
   */
  private async lockMembership(tx: EntityManager, membershipId: string) {
    const viewer = this.viewer;
    if (!isUuid(membershipId)) throw membershipNotFound();
    const [row] = await tx.query('SELECT organisation_id FROM membership WHERE id = $1', [membershipId]);
    if (!row) throw membershipNotFound();
    await lockOrganisations(tx, [row.organisation_id]);
    const members = await membersOf(tx, row.organisation_id);
    const target = members.find((m) => m.id === membershipId);
    if (!target || !canSeeMembers(viewer, roleOf(members, viewer))) throw membershipNotFound();
    return { members, target: { ...target, organisationId: row.organisation_id as string } };
  }

  private forget(membership: { organisationId: string; accountId: string }): void {
    this.ctx.loaders.membership.byOrganisation.clear(membership.organisationId);
    this.ctx.loaders.membership.byAccount.clear(membership.accountId);
  }
}

function roleOf(members: readonly LockedMember[], viewer: Viewer): MembershipRole | null {
  return members.find((m) => m.accountId === viewer.accountId)?.role ?? null;
}
