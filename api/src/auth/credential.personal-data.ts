import type { PersonalData } from '../core/module.js';
import { emailHash, forgetSignInAttemptsFor, SIGN_IN_THROTTLE } from './sign-in-throttle.js';

/** Sessions and API tokens (metadata only, never a token or hash) and the recent failed sign-ins. */
export const credentialPersonalData: PersonalData = {
  async export(db, { accountId, email }) {
    const [credentials, [{ failures }]] = await Promise.all([
      db.query(
        `SELECT id, kind, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
           FROM credential WHERE account_id = $1 ORDER BY created_at, id`,
        [accountId],
      ),
      db.query(
        'SELECT count(*)::int AS failures FROM sign_in_attempt WHERE email_hash = $1 AND attempted_at > now() - make_interval(mins => $2)',
        [emailHash(email), SIGN_IN_THROTTLE.windowMinutes],
      ),
    ]);
    const withoutKind = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest;
    return {
      sessions: credentials
        .filter((c: { kind: string }) => c.kind === 'SESSION')
        .map(({ name: _name, ...rest }: Record<string, unknown>) => withoutKind(rest)),
      apiTokens: credentials.filter((c: { kind: string }) => c.kind === 'API_TOKEN').map(withoutKind),
      failedSignInsInTheLast15Minutes: failures,
    };
  },

  async erase(tx, _ctx, { accountId, email }) {
    await tx.query('DELETE FROM credential WHERE account_id = $1', [accountId]);
    await forgetSignInAttemptsFor(tx, email);
  },
};
