import type { EntityManager } from 'typeorm';
import { Commitment } from './commitment.entity.js';

/** A FUNDING commitment of one funder for an awarded application. */
export interface AwardCommitment {
  organisationId: string;
  initiativeId: string;
  applicationId: string;
  amount: number;
  description: string;
}

/**
 * Records the funders' commitments of an award, inside the award's transaction (the caller audits
 * the award as a whole).
 */
export async function recordAwardCommitments(tx: EntityManager, commitments: readonly AwardCommitment[]): Promise<void> {
  if (!commitments.length) return;
  await tx.insert(
    Commitment,
    commitments.map((c) => ({ ...c, kind: 'FUNDING' as const, status: 'OPEN' as const })),
  );
}

/** What each organisation has committed for these applications, in whole euros. */
export async function fundingCommittedFor(
  db: Pick<EntityManager, 'query'>,
  applicationIds: readonly string[],
): Promise<Map<string, number>> {
  if (!applicationIds.length) return new Map();
  const rows: { organisationId: string; amount: number }[] = await db.query(
    `SELECT organisation_id AS "organisationId", coalesce(sum(amount), 0)::int AS amount
       FROM commitment WHERE kind = 'FUNDING' AND status <> 'CANCELLED' AND application_id = ANY($1::uuid[])
      GROUP BY organisation_id`,
    [applicationIds],
  );
  return new Map(rows.map((r) => [r.organisationId, r.amount]));
}
