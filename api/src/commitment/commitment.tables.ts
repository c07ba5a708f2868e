import type { EntityManager } from 'typeorm';
import { Commitment, type CommitmentKind, type CommitmentStatus } from './commitment.entity.js';

/**
 * Commitments made at round-tables (`table_id`): PLEDGED → CONFIRMED → DELIVERED, or WITHDRAWN at any
 * point before delivery. The tables feature calls these inside its own transactions (and audits them).
 */
export const TABLE_COMMITMENT_FLOW: Readonly<Record<string, readonly CommitmentStatus[]>> = {
  PLEDGED: ['CONFIRMED', 'WITHDRAWN'],
  CONFIRMED: ['DELIVERED', 'WITHDRAWN'],
  DELIVERED: [],
  WITHDRAWN: [],
};

export interface TableCommitment {
  tableId: string;
  organisationId: string;
  initiativeId: string | null;
  kind: CommitmentKind;
  amount: number | null;
  quantity: number | null;
  description: string;
}

export async function recordTableCommitment(tx: EntityManager, commitment: TableCommitment): Promise<Commitment> {
  const result = await tx.insert(Commitment, { ...commitment, status: 'PLEDGED' });
  const id = result.identifiers[0]?.id as string;
  return (await tx.findOneByOrFail(Commitment, { id })) as Commitment;
}

/** Locks a table commitment for a status change; null when it is not one. */
export async function lockTableCommitment(tx: EntityManager, id: string): Promise<Commitment | null> {
  const row = await tx.findOne(Commitment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  return row?.tableId ? row : null;
}

export async function setCommitmentStatus(tx: EntityManager, id: string, status: CommitmentStatus): Promise<void> {
  await tx.update(Commitment, { id }, { status, updatedAt: () => 'now()' });
}
