import type { Locale } from '@koppel/reference-data';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { badUserInput } from '../core/errors.js';
import { hydrate, type Page, SqlParams, selectList } from '../core/paging.js';
import { AuditEntry } from './audit.entity.js';
import type { AuditLogFilter } from './audit.inputs.js';

/**
 * The audit log, newest first: in the order the entries were written (their identity), which never
 * changes, so a cursor is just the id of the last entry seen.
 */
export async function auditLogPage(
  db: DataSource,
  filter: AuditLogFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  locale: Locale,
): Promise<{ page: Page<AuditEntry>; count: () => Promise<number> }> {
  const params = new SqlParams();
  const where = conditions(filter ?? {}, params);
  const countWhere = [...where];
  const countParams = [...params.values];
  const afterId = decodeAuditCursor(after, locale);
  if (afterId !== null) where.push(`a.id < ${params.add(afterId)}::bigint`);
  const raw: Record<string, unknown>[] = await db.query(
    `SELECT ${selectList(db, AuditEntry, 'a')} FROM audit_entry a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ${first + 1}`,
    params.values,
  );
  const rows = raw.slice(0, first).map((row) => hydrate(AuditEntry, { ...row, id: String(row.id) }));
  return {
    page: { rows, hasNextPage: raw.length > first, cursorOf: (entry) => encodeAuditCursor(entry.id) },
    count: async () => {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM audit_entry a ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`,
        countParams,
      );
      return n;
    },
  };
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

export function encodeAuditCursor(id: string): string {
  return Buffer.from(JSON.stringify({ audit: id })).toString('base64url');
}

const cursorSchema = z.object({ audit: z.string().regex(/^[1-9][0-9]{0,18}$/) });

function decodeAuditCursor(after: string | null | undefined, locale: Locale): string | null {
  if (after === null || after === undefined) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data.audit;
  } catch {
    // falls through to the error below
  }
  throw badUserInput({
    after: {
      nl: 'Deze cursor is ongeldig; gebruik een endCursor uit een eerder antwoord.',
      en: 'This cursor is not valid; use an endCursor from an earlier answer.',
    }[locale],
  });
}
