import type { Locale } from '@koppel/reference-data';
import { issueCredential, revokeCredential } from '../auth/credential.service.js';
import { hashForUnknownAccounts, hashPassword, verifyPassword } from '../auth/password.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../graphql/context.js';
import { badUserInput, KoppelError } from '../graphql/errors.js';
import { parseOrThrow } from '../graphql/validation.js';
import { Account } from './account.entity.js';
import { emailSchema, type SignUpInput } from './account.inputs.js';

export interface AuthResult {
  token: string;
  viewer: Account;
}

// Serialises sign-ups so that exactly one account, the very first, becomes alliance admin.
const FIRST_ACCOUNT_LOCK = 4_242_101;

export class AccountService {
  constructor(
    private readonly ctx: Context,
    private readonly sessionTtlHours: number,
  ) {}

  me(): Promise<Account | null> {
    const { viewer, db } = this.ctx;
    return viewer ? db.getRepository(Account).findOneBy({ id: viewer.accountId }) : Promise.resolve(null);
  }

  /** Creates the account and signs it in. The first account of a fresh Koppel becomes alliance admin. */
  async signUp(input: SignUpInput): Promise<AuthResult> {
    const email = input.email.trim();
    const passwordHash = await hashPassword(input.password);
    const result = await this.ctx.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ACCOUNT_LOCK]);
      const [taken] = await tx.query('SELECT 1 FROM account WHERE lower(email) = lower($1)', [email]);
      if (taken) throw emailTaken(this.ctx.locale);
      const [{ first }] = await tx.query('SELECT NOT EXISTS (SELECT 1 FROM account) AS first');
      const account = await tx.save(tx.create(Account, { email, name: input.name.trim(), passwordHash, isAdmin: first }));
      const { token } = await issueCredential(tx, account.id, 'SESSION', { ttlHours: this.sessionTtlHours });
      await recordAudit(tx, { viewer: null, requestId: this.ctx.requestId }, {
        action: 'signUp',
        entity: 'Account',
        entityId: account.id,
        changedFields: ['email', 'name', 'password'],
      });
      return { token, viewer: account };
    });
    this.ctx.cookies.set(SESSION_COOKIE, result.token, { maxAgeSeconds: this.sessionTtlHours * 3600 });
    return result;
  }

  /**
   * An unknown address and a wrong password get the same answer after the same work, so that
   * sign-in does not reveal who has an account.
   */
  async signIn(emailArgument: string, password: string): Promise<AuthResult> {
    const email = parseOrThrow(emailSchema, emailArgument, this.ctx.locale, 'email');
    const account = await this.ctx.db
      .getRepository(Account)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('lower(a.email) = lower(:email)', { email })
      .getOne();
    const valid = await verifyPassword(password, account?.passwordHash ?? (await hashForUnknownAccounts));
    if (!account || !valid) throw wrongCredentials();
    const { token } = await this.ctx.db.transaction((tx) => issueCredential(tx, account.id, 'SESSION', { ttlHours: this.sessionTtlHours }));
    this.ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: this.sessionTtlHours * 3600 });
    return { token, viewer: account };
  }

  /** Ends the session (or revokes the token) the request came with. Signing out twice is fine. */
  async signOut(): Promise<boolean> {
    const { viewer, db } = this.ctx;
    this.ctx.cookies.clear(SESSION_COOKIE);
    if (!viewer) return false;
    await db.transaction((tx) => revokeCredential(tx, viewer.credentialId));
    return true;
  }
}

const emailTaken = (locale: Locale) =>
  badUserInput({
    email: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' }[locale],
  });

export function wrongCredentials() {
  return new KoppelError('UNAUTHENTICATED', {
    nl: 'E-mailadres of wachtwoord klopt niet.',
    en: 'E-mail address or password is wrong.',
  });
}

