import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// scrypt with N=2^15, r=8: 32 MiB and ~50 ms per hash — memory-hard, and cheap enough for sign-in.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;
const MAX_MEM = 64 * 1024 * 1024;

/** `scrypt$N$r$p$salt$hash`, base64url; the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, PARAMS.keylen, { N: PARAMS.N, r: PARAMS.r, p: PARAMS.p, maxmem: MAX_MEM });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEM,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, checked when the e-mail is unknown, so that an unknown address and a
 * wrong password take the same time.
 */
export const hashForUnknownAccounts = hashPassword(randomBytes(16).toString('hex'));

/**
 * The one password of the demo accounts (README, "Demo accounts"). Public knowledge, so nobody may
 * choose it, and in production it never signs anyone in.
 */
export const DEMO_PASSWORD = 'koppel-demo-2026';

const COMMON_PASSWORDS = new Set([
  DEMO_PASSWORD,
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'password',
  'password1',
  'password123',
  'welkom123',
  'welkom01',
  'qwertyuiop',
  '1234567890',
  '12345678910',
  'iloveyou123',
  'koppel12345',
  'nederland123',
]);

export const PASSWORD_MIN_LENGTH = 10;

/** The minimum strength: long enough, not a well-known password, not the e-mail address, not one repeated character. */
export function passwordWeakness(password: string, email: string): 'TOO_SHORT' | 'TOO_COMMON' | 'SAME_AS_EMAIL' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size < 4) return 'TOO_COMMON';
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]) return 'SAME_AS_EMAIL';
  return null;
}
