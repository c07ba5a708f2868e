import type { EntityManager } from 'typeorm';
import { Credential, type CredentialKind } from './credential.entity.js';
import { newToken, tokenHash } from './tokens.js';

/** Issues a token and stores only its hash. The token is shown once, to its owner. */
export async function issueCredential(
  tx: EntityManager,
  accountId: string,
  kind: CredentialKind,
  options: { ttlHours?: number; name?: string } = {},
): Promise<{ token: string; credentialId: string }> {
  const token = newToken(kind);
  const expiresAt = options.ttlHours ? new Date(Date.now() + options.ttlHours * 3_600_000) : null;
  const result = await tx.insert(Credential, { accountId, kind, tokenHash: tokenHash(token), name: options.name ?? null, expiresAt });
  return { token, credentialId: String(result.identifiers[0]?.id) };
}

export async function revokeCredential(tx: EntityManager, credentialId: string): Promise<void> {
  await tx.update(Credential, { id: credentialId }, { revokedAt: () => 'now()' });
}
