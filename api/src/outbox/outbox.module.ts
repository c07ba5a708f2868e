import { defineModule } from '../core/module.js';
import { OutboxWorker } from './outbox.worker.js';

declare module '../core/context.js' {
  interface Runtime {
    outbox: OutboxWorker;
  }
}

/** Outgoing e-mail through a transactional outbox: `enqueueMessage(tx, …)` in a feature's transaction, delivered by this worker. */
export const outboxModule = defineModule({
  name: 'outbox',
  runtime: ({ db, log, config }) => {
    const worker = new OutboxWorker(db, log, {
      smtpUrl: config.KOPPEL_SMTP_URL,
      from: config.KOPPEL_MAIL_FROM,
      intervalMs: config.KOPPEL_OUTBOX_INTERVAL_MS,
    });
    return { value: worker, start: async () => worker.start(), stop: () => worker.stop() };
  },
});
