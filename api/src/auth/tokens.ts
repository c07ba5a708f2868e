import { createHash, randomBytes } from 'node:crypto';
import type { CredentialKind } from './credential.entity.js';

const PREFIX: Record<CredentialKind, string> = { SESSION: 'kps_', API_TOKEN: 'kpt_' };

/** A new random token (256 bits), prefixed so that a leaked one is recognisable in logs and secret scanners. */
export function newToken(kind: CredentialKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export const SESSION_COOKIE = 'koppel_session';
