import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';

/** How long a claimed message is the claimant's: long enough for one SMTP send, short enough to recover from a crash. */
const LEASE_SECONDS = 60;
const BATCH = 20;
/** After this many failed attempts a message waits for an operator (it stays in the table with its last error). */
const MAX_ATTEMPTS = 10;

export interface OutboxSettings {
  smtpUrl?: string | undefined;
  from: string;
  intervalMs: number;
}

interface ClaimedRow {
  id: string;
  idempotency_key: string;
  topic: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Delivers the outbox. Each round claims up to 20 due messages with `FOR UPDATE SKIP LOCKED` (so
 * several processes share the work without waiting on each other) by giving them a lease, commits,
 * sends each one, and marks it sent. Guarantee: at least once. A process that dies after the SMTP server
 * accepted a message but before it was marked sent leaves it to be sent again once the lease runs out;
 * the Message-ID (the idempotency key) is the same both times, so mail systems that de-duplicate on it
 * show it once. Without SMTP configured, messages are written to the log and marked sent.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: DataSource,
    private readonly log: Logger,
    private readonly settings: OutboxSettings,
  ) {
    this.transport = settings.smtpUrl ? createTransport(settings.smtpUrl) : null;
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.deliverPending()
        .catch((error) => this.log.error({ err: error }, 'outbox: delivery round failed'))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, this.settings.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.settings.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** One round: claims, sends and marks the messages due now. Returns how many were sent. */
  async deliverPending(): Promise<number> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, count].
    const [claimed]: [ClaimedRow[], number] = await this.db.query(
      `UPDATE outbox_message m SET locked_until = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = m.attempts + 1
        WHERE m.id IN (
          SELECT id FROM outbox_message
           WHERE sent_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until < now()) AND attempts < ${MAX_ATTEMPTS}
           ORDER BY available_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.idempotency_key, m.topic, m.recipient, m.subject, m.body, m.attempts`,
    );
    let sent = 0;
    for (const row of claimed) {
      try {
        await this.send(row);
        await this.db.query('UPDATE outbox_message SET sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1', [row.id]);
        sent++;
      } catch (error) {
        // Back off: retry after attempts² minutes.
        await this.db.query(
          `UPDATE outbox_message SET locked_until = NULL, last_error = $2, available_at = now() + make_interval(mins => $3::int * $3::int) WHERE id = $1`,
          [row.id, String((error as Error).message ?? error).slice(0, 500), row.attempts],
        );
        this.log.warn({ err: error, message: row.id, topic: row.topic }, 'outbox: sending failed, will retry');
      }
    }
    return sent;
  }

  private async send(row: ClaimedRow): Promise<void> {
    if (!this.transport) {
      this.log.info(
        { outbox: row.id, topic: row.topic, to: row.recipient, subject: row.subject },
        'outbox: no SMTP configured, message logged',
      );
      return;
    }
    await this.transport.sendMail({
      from: this.settings.from,
      to: row.recipient,
      subject: row.subject,
      text: row.body,
      messageId: `<${row.idempotency_key.replace(/[^A-Za-z0-9.:_-]/g, '-')}@koppel>`,
    });
  }
}
