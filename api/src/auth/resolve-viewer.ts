import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { MembershipRole, Viewer } from '../core/viewer.js';
import { SESSION_COOKIE, tokenHash } from './tokens.js';

export type ViewerResolution = { viewer: Viewer | null; rejected: boolean };

// Refreshing `last_used_at` on every request would turn every read into a write; once a minute is plenty.
const TOUCH_AFTER_MS = 60_000;

/**
 * Who is asking: a bearer token (scripts) wins over the session cookie (web app). A bearer token that
 * is unknown, revoked or expired is rejected (UNAUTHENTICATED); a stale cookie just means signed out.
 */
export async function resolveViewer(request: FastifyRequest, db: DataSource): Promise<ViewerResolution> {
  const header = request.headers.authorization;
  const bearer = header === undefined ? undefined : bearerToken(header);
  if (header !== undefined && !bearer) return { viewer: null, rejected: true };
  const token = bearer ?? request.cookies?.[SESSION_COOKIE];
  if (!token) return { viewer: null, rejected: false };

  const rows: {
    credential_id: string;
    account_id: string;
    is_admin: boolean;
    last_used_at: Date;
    memberships: [string, MembershipRole][] | null;
  }[] = await db.query(
    `SELECT c.id AS credential_id, a.id AS account_id, a.is_admin, c.last_used_at,
              (SELECT json_agg(json_build_array(m.organisation_id, m.role)) FROM membership m WHERE m.account_id = a.id) AS memberships
         FROM credential c JOIN account a ON a.id = c.account_id
        WHERE c.token_hash = $1 AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())`,
    [tokenHash(token)],
  );
  const row = rows[0];
  if (!row) return { viewer: null, rejected: bearer !== undefined };

  if (Date.now() - new Date(row.last_used_at).getTime() > TOUCH_AFTER_MS) {
    await db.query('UPDATE credential SET last_used_at = now() WHERE id = $1', [row.credential_id]);
  }
  return {
    viewer: {
      accountId: row.account_id,
      isAdmin: row.is_admin,
      roles: new Map(row.memberships ?? []),
      credentialId: row.credential_id,
    },
    rejected: false,
  };
}

function bearerToken(header: string): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
}
