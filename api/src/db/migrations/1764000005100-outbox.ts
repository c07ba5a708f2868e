import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (api/src/outbox): a feature writes a message in the same transaction as the
 * change it announces, and a worker delivers it afterwards. `idempotency_key` is unique, so enqueuing
 * the same message twice (a retried request, two processes) stores it once; it is also the e-mail's
 * Message-ID, so a receiving server can drop a copy sent twice after a crash. A worker claims a row by
 * setting `locked_until` (a lease): a process that dies mid-send leaves the row to be claimed again once
 * the lease runs out.
 */
export class Outbox1764000005100 implements MigrationInterface {
  name = 'Outbox1764000005100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        topic text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        available_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz(3)
      )`);
    // The worker's queue: unsent messages in order; sent ones drop out of the index.
    await db.query('CREATE INDEX outbox_message_pending_idx ON outbox_message (available_at, id) WHERE sent_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outbox_message');
  }
}
