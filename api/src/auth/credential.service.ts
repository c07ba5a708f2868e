import type { EntityManager } from 'typeorm';
import { lockAccount } from '../account/account.query.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { conflict, notFound, unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import type { Viewer } from '../core/viewer.js';
import { Credential, type CredentialKind } from './credential.entity.js';
import type { ApiToken, ApiTokenInput, NewApiToken, Session } from './credential.types.js';
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

/** Enough for every script a person runs; a runaway loop creating tokens stops here. */
export const MAX_ACTIVE_API_TOKENS = 50;

const ACTIVE = 'c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())';

/** The viewer's own sessions and personal API tokens. Every method acts on the viewer's credentials only. */
export class CredentialService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  async createApiToken(input: ApiTokenInput): Promise<NewApiToken> {
    const viewer = this.viewer;
    const name = input.name.trim();
    return this.ctx.db.transaction(async (tx) => {
      // Serialises token creation per account, so the limit holds under parallel requests.
      await lockAccount(tx, viewer.accountId);
      const [{ active }] = await tx.query(
        `SELECT count(*)::int AS active FROM credential c WHERE c.account_id = $1 AND c.kind = 'API_TOKEN' AND ${ACTIVE}`,
        [viewer.accountId],
      );
      if (active >= MAX_ACTIVE_API_TOKENS) {
        throw conflict({
          nl: `U heeft al ${MAX_ACTIVE_API_TOKENS} API-tokens; trek er eerst een in.`,
          en: `You already have ${MAX_ACTIVE_API_TOKENS} API tokens; revoke one first.`,
        });
      }
      const { token, credentialId } = await issueCredential(tx, viewer.accountId, 'API_TOKEN', {
        name,
        ttlHours: input.expiresInDays ? input.expiresInDays * 24 : undefined,
      });
      await recordAudit(tx, this.ctx, {
        action: 'createApiToken',
        entity: 'Credential',
        entityId: credentialId,
        changedFields: input.expiresInDays ? ['name', 'expiresAt'] : ['name'],
      });
      const row = await tx.findOneByOrFail(Credential, { id: credentialId });
      return { token, apiToken: toApiToken(row) };
    });
  }

  /** Active tokens (not revoked, not expired), newest first. */
  async apiTokens(accountId: string): Promise<ApiToken[]> {
    const rows: Credential[] = await this.ctx.db
      .getRepository(Credential)
      .createQueryBuilder('c')
      .where(`c.account_id = :accountId AND c.kind = 'API_TOKEN' AND ${ACTIVE}`, { accountId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return rows.map(toApiToken);
  }

  /** Another account's token, or an unknown one, is NOT_FOUND: token ids reveal nothing. */
  async revokeApiToken(id: string): Promise<boolean> {
    const viewer = this.viewer;
    return this.ctx.db.transaction(async (tx) => {
      // TypeORM answers UPDATE and DELETE with [rows, affected row count].
      const [, revoked]: [unknown[], number] = await tx.query(
        `UPDATE credential c SET revoked_at = now()
          WHERE c.id = $1::uuid AND c.account_id = $2 AND c.kind = 'API_TOKEN' AND c.revoked_at IS NULL
          RETURNING c.id`,
        [asUuid(id), viewer.accountId],
      );
      if (revoked === 0) throw notFound({ nl: 'Dit API-token', en: 'This API token' });
      await recordAudit(tx, this.ctx, { action: 'revokeApiToken', entity: 'Credential', entityId: id, changedFields: ['revokedAt'] });
      return true;
    });
  }

  /** Active sessions, the current one marked. */
  async sessions(accountId: string): Promise<Session[]> {
    const rows: Credential[] = await this.ctx.db
      .getRepository(Credential)
      .createQueryBuilder('c')
      .where(`c.account_id = :accountId AND c.kind = 'SESSION' AND ${ACTIVE}`, { accountId })
      .orderBy('c.last_used_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      expiresAt: row.expiresAt,
      current: row.id === this.ctx.viewer?.credentialId,
    }));
  }

  /**
   * Signs out every other browser and `signIn` token of the viewer, e.g. after a lost laptop. The
   * session this request came with stays; personal API tokens are revoked one by one instead.
   */
  async endOtherSessions(): Promise<number> {
    const viewer = this.viewer;
    return this.ctx.db.transaction(async (tx) => {
      const [, count]: [unknown[], number] = await tx.query(
        `UPDATE credential c SET revoked_at = now()
          WHERE c.account_id = $1 AND c.kind = 'SESSION' AND c.id <> $2 AND ${ACTIVE}
          RETURNING c.id`,
        [viewer.accountId, viewer.credentialId],
      );
      if (count > 0) {
        await recordAudit(tx, this.ctx, {
          action: 'endOtherSessions',
          entity: 'Account',
          entityId: viewer.accountId,
          changedFields: ['sessions'],
        });
      }
      return count;
    });
  }
}

function toApiToken(row: Credential): ApiToken {
  return { id: row.id, name: row.name ?? '', createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, expiresAt: row.expiresAt };
}

/** An id that is not a uuid cannot be anyone's; the all-zero uuid matches nothing. */
export function asUuid(id: string): string {
  return isUuid(id) ? id : '00000000-0000-0000-0000-000000000000';
}
