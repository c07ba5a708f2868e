import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { listConnection, type Order, SqlParams } from '../core/paging.js';
import { AuditEntry, AuditEntryConnection } from './audit.entity.js';
import type { AuditLogFilter } from './audit.inputs.js';

/**
 * Newest first: in the order the entries were written (their identity), which never changes, so a
 * cursor is just the id of the last entry seen.
 */
const WRITTEN = { name: 'written', keys: [{ sql: 'a.id', direction: 'DESC', type: 'bigint' }] } satisfies Order;

/** The audit log, filtered and paged (callers have checked the viewer is an admin). */
export function auditLog(
  ctx: Pick<Context, 'db' | 'locale'>,
  filter: AuditLogFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<AuditEntryConnection> {
  const params = new SqlParams();
  const where = conditions(filter ?? {}, params);
  const request = { entity: AuditEntry, alias: 'a', where, params, order: WRITTEN, first, after, locale: ctx.locale, info };
  return listConnection(ctx.db, AuditEntryConnection, request).then((list) => list.connection);
}

function conditions(filter: AuditLogFilter, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter.entity) where.push(`a.entity = ${params.add(filter.entity.trim())}`);
  if (filter.entityId) where.push(`a.entity_id = ${params.add(filter.entityId.trim())}`);
  if (filter.actorId) where.push(`a.actor_account_id = ${params.add(filter.actorId)}::uuid`);
  if (filter.organisationId) where.push(`a.organisation_id = ${params.add(filter.organisationId)}::uuid`);
  if (filter.action) where.push(`a.action = ${params.add(filter.action.trim())}`);
  if (filter.from) where.push(`a.at >= ${params.add(filter.from.toISOString())}::timestamptz`);
  if (filter.to) where.push(`a.at < ${params.add(filter.to.toISOString())}::timestamptz`);
  return where;
}
