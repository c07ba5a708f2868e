import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rateLimited } from '../core/errors.js';

/** After this many failed sign-ins for one e-mail address within the window, sign-in is refused. */
export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

// Namespace of the two-key advisory locks that serialise the count per e-mail address.
const LOCK_NAMESPACE = 4_242_201;

/**
 * The address is stored only as a hash: the table answers "how many failures for this address?"
 * without keeping the address itself. Lower-cased, because sign-in ignores case.
 */
export function emailHash(email: string): Buffer {
  return createHash('sha256').update(`koppel-sign-in:${email.trim().toLowerCase()}`).digest();
}

/**
 * Reserves one try for an address: counts it as failed up front, so that 20 parallel wrong guesses
 * cannot all slip through before any of them is recorded. The caller forgets the reservation when
 * the password turns out right. Throws RATE_LIMITED (with `retryAfterSeconds`) once the address
 * has used its tries in the window — even if this try would have been right.
 */
export async function reserveSignInAttempt(db: DataSource, email: string): Promise<string> {
  const hash = emailHash(email);
  const attemptId = await db.transaction(async (tx) => {
    // Held for three short statements only; the password check runs after the commit.
    await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, hash.readInt32BE(0)]);
    const [{ failures, retry_after }] = await tx.query(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM (
                (array_agg(attempted_at ORDER BY attempted_at DESC))[$3] + make_interval(mins => $2) - clock_timestamp()
              )))::int AS retry_after
         FROM sign_in_attempt
        WHERE email_hash = $1 AND attempted_at > clock_timestamp() - make_interval(mins => $2)`,
      [hash, SIGN_IN_THROTTLE.windowMinutes, SIGN_IN_THROTTLE.maxFailures],
    );
    if (failures >= SIGN_IN_THROTTLE.maxFailures) return { retryAfterSeconds: Math.max(1, retry_after ?? 1) };
    const [{ id }] = await tx.query('INSERT INTO sign_in_attempt (email_hash, attempted_at) VALUES ($1, clock_timestamp()) RETURNING id', [
      hash,
    ]);
    return String(id);
  });
  if (typeof attemptId !== 'string') throw rateLimited(attemptId.retryAfterSeconds);
  return attemptId;
}

/** The try succeeded: it does not count as a failure. */
export async function forgetSignInAttempt(db: DataSource, attemptId: string): Promise<void> {
  await db.query('DELETE FROM sign_in_attempt WHERE id = $1', [attemptId]);
}

/** Drops attempts older than the window, a batch at a time, so the table stays the size of one window. */
export async function pruneSignInAttempts(db: DataSource): Promise<void> {
  await db.query(
    `DELETE FROM sign_in_attempt
      WHERE id IN (SELECT id FROM sign_in_attempt WHERE attempted_at < now() - make_interval(mins => $1) LIMIT 500)`,
    [SIGN_IN_THROTTLE.windowMinutes],
  );
}

/** The person deleted their account: their failed tries go too. */
export async function forgetSignInAttemptsFor(db: { query: DataSource['query'] }, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_attempt WHERE email_hash = $1', [emailHash(email)]);
}
