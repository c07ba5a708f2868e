import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { openDedicatedConnection } from './data-source.js';

const RECONNECT_MS = 1000;

export interface ListenerHandlers {
  /** One NOTIFY on the channel, with its payload. */
  notify(payload: string): void;
  /** What was heard can no longer be trusted: at every (re)start and when the connection is lost. */
  reset(): void;
}

/**
 * A LISTEN on a connection of its own (outside the pool: at KOPPEL_DB_POOL_SIZE=1 or 2 the pool keeps all
 * its connections for requests), kept up: lost, it resets its user and connects again a second later.
 * A per-process cache that a trigger's NOTIFY keeps true trusts itself only while `listening`.
 */
export class Listener {
  listening = false;
  private stopped = false;
  private release: (() => void) | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly log: Logger,
    private readonly channel: string,
    private readonly handlers: ListenerHandlers,
  ) {}

  async start(): Promise<void> {
    try {
      const client = await openDedicatedConnection(this.db);
      client.on('notification', (message) => this.handlers.notify(message.payload ?? ''));
      client.on('error', (error) => this.lost(error));
      client.on('end', () => {
        if (this.release) this.lost(new Error('listening connection ended'));
      });
      await client.query(`LISTEN ${this.channel}`);
      this.release = () => void client.end().catch(() => {});
      this.listening = true;
      this.handlers.reset();
    } catch (error) {
      this.lost(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    this.release?.();
    this.release = null;
  }

  private lost(error: unknown): void {
    this.listening = false;
    this.handlers.reset();
    this.release?.();
    this.release = null;
    if (this.stopped) return;
    this.log.warn({ err: error, channel: this.channel }, 'listener lost; reading from the database until it is back');
    setTimeout(() => void this.start(), RECONNECT_MS).unref();
  }
}
