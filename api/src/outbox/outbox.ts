import type { EntityManager } from 'typeorm';

/**
 * The transactional outbox: every e-mail Koppel sends (match alerts, round-table invitations) is first a
 * row written in the same transaction as the change it announces, so a message exists if and only if
 * the change was committed. The worker (`outbox.worker.ts`) delivers it afterwards.
 */
export interface OutboxMessage {
  /**
   * Unique per message (`match-digest:<fund>:<account>:<day>`): enqueuing it again stores nothing, and it
   * becomes the e-mail's Message-ID, so a copy resent after a crash can be recognised by the receiver.
   */
  idempotencyKey: string;
  /** What kind of message (`match-digest`, `table-invitation`), for logs and metrics. */
  topic: string;
  recipient: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** Not before this moment (default: now). */
  availableAt?: Date;
}

/** Stores a message inside the caller's transaction; returns false when one with that key already exists. */
export async function enqueueMessage(tx: EntityManager, message: OutboxMessage): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO outbox_message (idempotency_key, topic, recipient, subject, body, available_at)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6, now()))
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [message.idempotencyKey, message.topic, message.recipient, message.subject, message.body, message.availableAt ?? null],
  );
  return rows.length > 0;
}

/**
 * Withdraws messages not sent yet whose key starts with `prefix` (a reminder of a session that moved),
 * inside the caller's transaction; returns how many. Messages already sent stay as they are.
 */
export async function withdrawUnsent(tx: EntityManager, prefix: string): Promise<number> {
  const rows: unknown[] = await tx.query(
    'WITH d AS (DELETE FROM outbox_message WHERE sent_at IS NULL AND starts_with(idempotency_key, $1) RETURNING id) SELECT id FROM d',
    [prefix],
  );
  return rows.length;
}
