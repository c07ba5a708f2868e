import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../account/account.entity.js';
import { type AccountSettings, checkPassword } from '../account/account.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { emailHash, forgetSignInAttemptsFor, SIGN_IN_THROTTLE } from '../auth/sign-in-throttle.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../graphql/context.js';
import { KoppelError, unauthenticated } from '../graphql/errors.js';
import { lockOrganisations, membersOf } from '../membership/membership.service.js';
import { lastAdminCannotLeave, soleOwnerOf, wrongPassword } from './privacy.errors.js';

/** The version of the export's shape; raised when a field changes meaning. */
export const EXPORT_FORMAT = 'koppel-personal-data/1';

/**
 * Everything personal Koppel holds about one account, as JSON: the account, memberships, the
 * metadata of sessions and API tokens (never the tokens or the password hash), and the audit log of
 * what the person did. A feature that stores more about a person adds it here.
 */
export async function exportPersonalData(db: DataSource | EntityManager, accountId: string): Promise<Record<string, unknown>> {
  const [account] = await db.query(
    `SELECT id, email, name, is_admin AS "isAdmin", created_at AS "createdAt", updated_at AS "updatedAt" FROM account WHERE id = $1`,
    [accountId],
  );
  if (!account) throw unauthenticated();
  const [memberships, credentials, auditEntries, [{ failures }]] = await Promise.all([
    db.query(
      `SELECT m.id, m.role, m.created_at AS "createdAt", json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS organisation
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.account_id = $1 ORDER BY m.created_at, m.id`,
      [accountId],
    ),
    db.query(
      `SELECT id, kind, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM credential WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    ),
    db.query(
      `SELECT id, at, action, entity, entity_id AS "entityId", organisation_id AS "organisationId", changed_fields AS "changedFields"
         FROM audit_entry WHERE actor_account_id = $1 ORDER BY id`,
      [accountId],
    ),
    db.query(
      'SELECT count(*)::int AS failures FROM sign_in_attempt WHERE email_hash = $1 AND attempted_at > now() - make_interval(mins => $2)',
      [emailHash(account.email), SIGN_IN_THROTTLE.windowMinutes],
    ),
  ]);
  const withoutKind = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest;
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account,
    memberships,
    sessions: credentials
      .filter((c: { kind: string }) => c.kind === 'SESSION')
      .map(({ name: _name, ...rest }: Record<string, unknown>) => withoutKind(rest)),
    apiTokens: credentials.filter((c: { kind: string }) => c.kind === 'API_TOKEN').map(withoutKind),
    auditEntries: auditEntries.map((entry: Record<string, unknown>) => ({ ...entry, id: String(entry.id) })),
    failedSignInsInTheLast15Minutes: failures,
  };
}

export class PrivacyService {
  constructor(
    private readonly ctx: Context,
    private readonly settings: AccountSettings,
  ) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  exportMyData(): Promise<Record<string, unknown>> {
    return exportPersonalData(this.ctx.db, this.viewer.accountId);
  }

  /**
   * Removes the person's personal data in one transaction: the account, its sessions and tokens,
   * its memberships and its failed sign-ins. The audit log keeps only the pseudonym. Organisations
   * stay with their other members; one whose only OWNER this is, while others remain, blocks the
   * deletion (CONFLICT naming it) until someone else is OWNER. An organisation the person was the
   * only member of stays, without members, for the alliance admins to hand over or remove; an
   * organisation contact address that is the person's own address is cleared.
   */
  async deleteMyAccount(password: string): Promise<boolean> {
    const viewer = this.viewer;
    const [{ email }] = await this.ctx.db.query('SELECT email FROM account WHERE id = $1', [viewer.accountId]);
    // The same throttled check as sign-in: a stolen session cannot be used to guess the password.
    await checkPassword(this.ctx, this.settings, email, password).catch((error: unknown) => {
      if (error instanceof KoppelError && error.code === 'UNAUTHENTICATED') throw wrongPassword(this.ctx.locale);
      throw error;
    });

    await this.ctx.db.transaction(async (tx) => {
      await this.refuseWhenLastAdmin(tx, viewer);
      const organisations = await this.lockOrganisationsOf(tx, viewer.accountId, email);
      await this.refuseWhenSoleOwner(tx, viewer, organisations);

      const contactOf: { id: string }[] = await tx.query(
        'SELECT id FROM organisation WHERE id = ANY($1::uuid[]) AND lower(contact_email) = lower($2) ORDER BY id',
        [organisations, email],
      );
      for (const organisation of contactOf) {
        await tx.query('UPDATE organisation SET contact_email = NULL, updated_at = now() WHERE id = $1', [organisation.id]);
        await recordAudit(tx, this.ctx, {
          action: 'clearContactEmail',
          entity: 'Organisation',
          entityId: organisation.id,
          organisationId: organisation.id,
          changedFields: ['contactEmail'],
        });
      }
      // Written while the account exists; deleting it sets every entry's actor to null, the pseudonym stays.
      await recordAudit(tx, this.ctx, {
        action: 'deleteMyAccount',
        entity: 'Account',
        entityId: viewer.accountId,
        changedFields: ['account', 'credentials', 'memberships'],
      });
      await tx.query('UPDATE audit_entry SET actor_account_id = NULL WHERE actor_account_id = $1', [viewer.accountId]);
      // Credentials and memberships go with the account (ON DELETE CASCADE).
      await tx.delete(Account, { id: viewer.accountId });
      await forgetSignInAttemptsFor(tx, email);
    });
    this.ctx.cookies.clear(SESSION_COOKIE);
    return true;
  }

  private async refuseWhenLastAdmin(tx: EntityManager, viewer: Viewer): Promise<void> {
    // The account and every admin row, locked in id order as `dismissAdmin` locks them: no deadlock between the two.
    const locked: { id: string; is_admin: boolean }[] = await tx.query(
      'SELECT id, is_admin FROM account WHERE is_admin OR id = $1 ORDER BY id FOR UPDATE',
      [viewer.accountId],
    );
    const admins = locked.filter((a) => a.is_admin);
    if (!admins.some((a) => a.id === viewer.accountId) || admins.length > 1) return;
    // Alone in Koppel, an admin may go: the next sign-up becomes the first admin again.
    const [{ others }] = await tx.query('SELECT count(*)::int AS others FROM account WHERE id <> $1', [viewer.accountId]);
    if (others > 0) throw lastAdminCannotLeave();
  }

  /**
   * Locks every organisation the deletion touches — where the person is a member, or whose contact
   * address is theirs — in id order, as membership changes lock them. Someone may add the person to
   * another organisation meanwhile; the loop locks that one too before going on.
   */
  private async lockOrganisationsOf(tx: EntityManager, accountId: string, email: string): Promise<string[]> {
    const locked = new Set<string>();
    for (;;) {
      const rows: { id: string }[] = await tx.query(
        `SELECT organisation_id AS id FROM membership WHERE account_id = $1
         UNION SELECT id FROM organisation WHERE lower(contact_email) = lower($2)`,
        [accountId, email],
      );
      const missing = rows.map((r) => r.id).filter((id) => !locked.has(id));
      if (!missing.length) return [...locked].sort();
      for (const id of await lockOrganisations(tx, missing)) locked.add(id);
      for (const id of missing) locked.add(id);
    }
  }

  private async refuseWhenSoleOwner(tx: EntityManager, viewer: Viewer, organisationIds: readonly string[]): Promise<void> {
    const blocking: { id: string; name: string }[] = [];
    for (const organisationId of organisationIds) {
      const members = await membersOf(tx, organisationId);
      const mine = members.find((m) => m.accountId === viewer.accountId);
      const otherOwners = members.filter((m) => m.role === 'OWNER' && m.accountId !== viewer.accountId);
      if (mine?.role === 'OWNER' && otherOwners.length === 0 && members.length > 1) {
        const [{ name }] = await tx.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
        blocking.push({ id: organisationId, name });
      }
    }
    if (blocking.length) throw soleOwnerOf(blocking);
  }
}
