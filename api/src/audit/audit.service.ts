import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../core/viewer.js';
import { AuditEntry } from './audit.entity.js';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  organisationId?: string | null;
  changedFields?: string[];
}

/** A stable pseudonym for an account: the audit log stays readable after the account is deleted. */
export function pseudonymFor(accountId: string): string {
  return `account-${createHash('sha256').update(accountId).digest('hex').slice(0, 12)}`;
}

/**
 * Records a successful write. Call it inside the write's transaction (`tx`), so that the entry and
 * the change are stored together or not at all.
 */
export async function recordAudit(
  tx: EntityManager,
  actor: { viewer: Viewer | null; requestId?: string },
  record: AuditRecord,
): Promise<void> {
  await recordAudits(tx, actor, [record]);
}

/** Records many writes of one request at once (an import): multi-row INSERTs inside the write's transaction. */
export async function recordAudits(
  tx: EntityManager,
  actor: { viewer: Viewer | null; requestId?: string },
  records: readonly AuditRecord[],
): Promise<void> {
  const rows = records.map((record) => ({
    actorAccountId: actor.viewer?.accountId ?? null,
    actorPseudonym: actor.viewer ? pseudonymFor(actor.viewer.accountId) : 'anonymous',
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    organisationId: record.organisationId ?? null,
    changedFields: [...new Set(record.changedFields ?? [])].sort(),
    requestId: actor.requestId ?? null,
  }));
  for (let start = 0; start < rows.length; start += 1000) await tx.insert(AuditEntry, rows.slice(start, start + 1000));
}
