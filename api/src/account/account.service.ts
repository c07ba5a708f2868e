import type { Locale } from '@koppel/reference-data';
import { recordAudit } from '../audit/audit.service.js';
import { issueCredential, revokeCredential } from '../auth/credential.service.js';
import { DEMO_PASSWORD, hashForUnknownAccounts, hashPassword, verifyPassword } from '../auth/password.js';
import { forgetSignInAttempt, pruneSignInAttempts, reserveSignInAttempt } from '../auth/sign-in-throttle.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import type { Context } from '../core/context.js';
import { badUserInput, KoppelError } from '../core/errors.js';
import { parseOrThrow } from '../core/validation.js';
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
    private readonly settings: AccountSettings,
  ) {}

  private get sessionTtlHours(): number {
    return this.settings.ttlHours;
  }

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
      const { token, credentialId } = await issueCredential(tx, account.id, 'SESSION', { ttlHours: this.sessionTtlHours });
      // The new account is the actor of its own sign-up (and so it is in its data export).
      const newViewer = { accountId: account.id, isAdmin: account.isAdmin, roles: new Map(), credentialId };
      await recordAudit(
        tx,
        { viewer: newViewer, requestId: this.ctx.requestId },
        {
          action: 'signUp',
          entity: 'Account',
          entityId: account.id,
          changedFields: ['email', 'name', 'password'],
        },
      );
      return { token, viewer: account };
    });
    this.ctx.cookies.set(SESSION_COOKIE, result.token, { maxAgeSeconds: this.sessionTtlHours * 3600 });
    return result;
  }

  /**
   * An unknown address and a wrong password get the same answer after the same work, so that
   * sign-in does not reveal who has an account. Five failures for one address within 15 minutes
   * lock it until the window passes (see sign-in-throttle.ts).
   */
  async signIn(emailArgument: string, password: string): Promise<AuthResult> {
    const email = parseOrThrow(emailSchema, emailArgument, this.ctx.locale, 'email');
    const account = await checkPassword(this.ctx, this.settings, email, password);
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

export interface AccountSettings {
  /** How long a session lasts (KOPPEL_SESSION_TTL_HOURS). */
  ttlHours: number;
  /** In production the public demo password signs nobody in, even where a demo account exists. */
  refuseDemoPassword: boolean;
}

/**
 * The password check of sign-in, also used where a signed-in person confirms a grave step
 * (`deleteMyAccount`): throttled per address in PostgreSQL, the same answer and about the same work
 * for an unknown address and a wrong password.
 */
export async function checkPassword(
  ctx: Pick<Context, 'db'>,
  settings: Pick<AccountSettings, 'refuseDemoPassword'>,
  email: string,
  password: string,
): Promise<Account> {
  const attemptId = await reserveSignInAttempt(ctx.db, email);
  const account = await ctx.db
    .getRepository(Account)
    .createQueryBuilder('a')
    .addSelect('a.passwordHash')
    .where('lower(a.email) = lower(:email)', { email })
    .getOne();
  const valid = await verifyPassword(password, account?.passwordHash ?? (await hashForUnknownAccounts));
  const refused = settings.refuseDemoPassword && password === DEMO_PASSWORD;
  if (!account || !valid || refused) {
    await pruneSignInAttempts(ctx.db);
    throw wrongCredentials();
  }
  await forgetSignInAttempt(ctx.db, attemptId);
  const { passwordHash: _secret, ...withoutHash } = account;
  return Object.assign(new Account(), withoutHash);
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
