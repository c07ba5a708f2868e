import { emailOf } from '../account/account.query.js';
import { checkPassword } from '../account/account.service.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import type { Context } from '../core/context.js';
import { KoppelError, unauthenticated } from '../core/errors.js';
import type { KoppelModule, Person, PersonalData } from '../core/module.js';
import type { Viewer } from '../core/viewer.js';
import { wrongPassword } from './privacy.errors.js';

/** The version of the export's shape; raised when a field changes meaning. */
export const EXPORT_FORMAT = 'koppel-personal-data/1';

/** Every module's part of the personal data, in module order (`KoppelModule.personalData`). */
export class PersonalDataRegistry {
  private readonly parts: PersonalData[];

  constructor(modules: readonly KoppelModule[]) {
    this.parts = modules.flatMap((m) => (m.personalData ? [m.personalData] : []));
  }

  /**
   * Everything personal Koppel holds about one account, as JSON: each feature's sections (the account,
   * memberships, the metadata of sessions and API tokens — never the tokens or the password hash — and
   * the audit log of what the person did).
   */
  async export(db: Context['db'], accountId: string): Promise<Record<string, unknown>> {
    const email = await emailOf(db, accountId);
    if (!email) throw unauthenticated();
    const person: Person = { accountId, email };
    const sections = await Promise.all(this.parts.map((part) => part.export?.(db, person) ?? {}));
    return { format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), ...Object.assign({}, ...sections) };
  }

  /** In one transaction: every check in module order, then every erasure in reverse order. */
  async erase(ctx: Context, person: Person): Promise<void> {
    await ctx.db.transaction(async (tx) => {
      for (const part of this.parts) await part.check?.(tx, ctx, person);
      for (const part of [...this.parts].reverse()) await part.erase?.(tx, ctx, person);
    });
  }
}

declare module '../core/context.js' {
  interface Runtime {
    privacy: PersonalDataRegistry;
  }
}

export class PrivacyService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  exportMyData(): Promise<Record<string, unknown>> {
    return this.ctx.runtime.privacy.export(this.ctx.db, this.viewer.accountId);
  }

  /**
   * Removes the person's personal data in one transaction, each feature its own part: the account,
   * its sessions and tokens, its memberships and its failed sign-ins; the audit log keeps only the
   * pseudonym. The only OWNER of an organisation with other members, and the last admin, are refused
   * (CONFLICT) before anything changes.
   */
  async deleteMyAccount(password: string): Promise<boolean> {
    const viewer = this.viewer;
    const email = await emailOf(this.ctx.db, viewer.accountId);
    if (!email) throw unauthenticated();
    // The same throttled check as sign-in: a stolen session cannot be used to guess the password.
    await checkPassword(this.ctx, this.ctx.settings.account, email, password).catch((error: unknown) => {
      if (error instanceof KoppelError && error.code === 'UNAUTHENTICATED') throw wrongPassword(this.ctx.locale);
      throw error;
    });
    await this.ctx.runtime.privacy.erase(this.ctx, { accountId: viewer.accountId, email });
    this.ctx.cookies.clear(SESSION_COOKIE);
    return true;
  }
}
