import type { EntityManager } from 'typeorm';
import type { SqlParams } from '../core/paging.js';

/** SQL: a commitment (alias `c`) that counts as money committed: an award's share not cancelled, or a table's FUNDING pledge CONFIRMED or DELIVERED. */
export const FUNDING_COMMITTED = `(c.kind = 'FUNDING' AND ((c.application_id IS NOT NULL AND c.status <> 'CANCELLED') OR (c.table_id IS NOT NULL AND c.status IN ('CONFIRMED','DELIVERED'))))`;

/** SQL: a round-table commitment (alias `c`) still open: PLEDGED or CONFIRMED, not yet delivered or withdrawn. */
export const OPEN_AT_TABLE = `(c.table_id IS NOT NULL AND c.status IN ('PLEDGED','CONFIRMED'))`;

/**
 * SQL for the overview (rows `key, committed, open`): money committed and open table commitments grouped by the
 * text keys of each commitment. The caller says where a commitment belongs, since that is another feature's
 * data: `keys` is a `text[]` expression over alias `c` (e.g. the award's initiative's places, the table's place),
 * `condition` an optional filter over `c` (a theme). `since` (SQL) keeps the commitments recorded from then on.
 */
export function commitmentFigures(
  params: SqlParams,
  options: { keys: string; condition?: string | null; organisationId?: string | null; keyPrefix?: string; since?: string },
): string {
  const where = [`(${FUNDING_COMMITTED} OR ${OPEN_AT_TABLE})`];
  if (options.condition) where.push(`(${options.condition})`);
  if (options.organisationId) where.push(`c.organisation_id = ${params.add(options.organisationId)}::uuid`);
  if (options.since) where.push(`c.created_at >= ${options.since}`);
  if (options.keyPrefix) where.push(`k.key LIKE ${params.add(`${options.keyPrefix}%`)}`);
  return `SELECT k.key, coalesce(sum(c.amount) FILTER (WHERE ${FUNDING_COMMITTED}), 0)::float8 AS committed,
                 count(*) FILTER (WHERE ${OPEN_AT_TABLE})::int AS open
            FROM commitment c CROSS JOIN LATERAL unnest(${options.keys}) AS k(key)
           WHERE ${where.join(' AND ')}
           GROUP BY k.key`;
}

/** A FUNDING commitment made at a round-table to an initiative, CONFIRMED or DELIVERED: money committed (the 360Giving export). */
export interface TableFundingGrant {
  id: string;
  funderOrganisationId: string;
  initiativeId: string;
  tableId: string;
  amount: number;
  status: 'CONFIRMED' | 'DELIVERED';
  createdAt: Date;
  updatedAt: Date;
}

export async function tableFundingGrants(db: Pick<EntityManager, 'query'>): Promise<TableFundingGrant[]> {
  return db.query(
    `SELECT c.id, c.organisation_id AS "funderOrganisationId", c.initiative_id AS "initiativeId", c.table_id AS "tableId", c.amount,
            c.status, c.created_at AS "createdAt", c.updated_at AS "updatedAt"
       FROM commitment c
      WHERE c.kind = 'FUNDING' AND c.table_id IS NOT NULL AND c.initiative_id IS NOT NULL AND c.status IN ('CONFIRMED','DELIVERED')
      ORDER BY c.created_at, c.id`,
  );
}
