import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../config/logger.js';
import { MatchAlertWorker } from '../matching/matching.alerts.js';
import { addMember, createInitiative, fundProfileInput, GM, organisationOwner, publishInitiative } from '../testing/registry.js';
import { expectData, startTestApp, type TestApp } from '../testing/test-app.js';
import { enqueueMessage } from './outbox.js';
import { OutboxWorker } from './outbox.worker.js';

/** A real SMTP server on loopback that keeps what it receives. */
interface Received {
  to: string[];
  raw: string;
}
let smtp: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];
let app: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  // The app's own workers stay idle (an hour between rounds): the test runs rounds itself.
  app = await startTestApp({ env: { KOPPEL_OUTBOX_INTERVAL_MS: '3600000' } });
});
afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const log = createLogger((process.env.LOG_LEVEL as 'silent') ?? 'silent');
const worker = () => new OutboxWorker(app.koppel.db, log, { smtpUrl, from: 'Koppel <noreply@koppel.test>', intervalMs: 3_600_000 });

describe('the outbox', () => {
  it('stores a message once per idempotency key, and only when the transaction commits', async () => {
    const db = app.koppel.db;
    const message = { idempotencyKey: 'test:once', topic: 'test', recipient: 'a@example.nl', subject: 'Hallo', body: 'Tekst' };
    await db.transaction(async (tx) => {
      expect(await enqueueMessage(tx, message)).toBe(true);
      expect(await enqueueMessage(tx, message)).toBe(false);
    });
    await db
      .transaction(async (tx) => {
        await enqueueMessage(tx, { ...message, idempotencyKey: 'test:rolled-back' });
        throw new Error('the change fails');
      })
      .catch(() => {});
    const rows = await app.sql("SELECT idempotency_key FROM outbox_message WHERE topic = 'test' ORDER BY id");
    expect(rows.map((r) => r.idempotency_key)).toEqual(['test:once']);
  });

  it('sends each message once by SMTP, even with two workers at once, with the key as Message-ID', async () => {
    const db = app.koppel.db;
    await db.transaction(async (tx) => {
      for (let n = 0; n < 6; n++)
        await enqueueMessage(tx, {
          idempotencyKey: `test:race:${n}`,
          topic: 'race',
          recipient: `r${n}@example.nl`,
          subject: `Bericht ${n}`,
          body: 'x',
        });
    });
    const before = received.length;
    const [a, b] = [worker(), worker()];
    const sent = (await Promise.all([a.deliverPending(), b.deliverPending(), a.deliverPending()])).reduce((x, y) => x + y, 0);
    await Promise.all([a.stop(), b.stop()]);
    const race = received.slice(before).filter((m) => m.raw.includes('Bericht'));
    expect(race).toHaveLength(6);
    expect(new Set(race.flatMap((m) => m.to)).size).toBe(6);
    expect(race[0]?.raw).toMatch(/Message-ID: <test:race:\d@koppel>/i);
    expect(sent).toBeGreaterThanOrEqual(6);
    expect(await app.sql("SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'race' AND sent_at IS NULL")).toEqual([{ n: 0 }]);
  });

  it('sends again a message whose lease ran out before it was marked sent (a process died mid-send)', async () => {
    await app.koppel.db.transaction((tx) =>
      enqueueMessage(tx, { idempotencyKey: 'test:crash', topic: 'crash', recipient: 'c@example.nl', subject: 'Na een crash', body: 'x' }),
    );
    // A worker claimed it and died: the lease is set, sent_at is not. Once the lease runs out, another worker sends it.
    await app.sql(
      "UPDATE outbox_message SET locked_until = now() + interval '1 minute', attempts = 1 WHERE idempotency_key = 'test:crash'",
    );
    const w = worker();
    expect(await w.deliverPending()).toBe(0);
    await app.sql("UPDATE outbox_message SET locked_until = now() - interval '1 second' WHERE idempotency_key = 'test:crash'");
    expect(await w.deliverPending()).toBe(1);
    await w.stop();
    expect(received.filter((m) => m.raw.includes('Na een crash'))).toHaveLength(1);
  });
});

describe('match alerts', () => {
  it('send the fund’s members one digest a day of new initiatives above the threshold', async () => {
    const fund = await organisationOwner(app, { kind: 'FUND', name: 'Alertfonds' });
    const colleague = await addMember(app, fund.organisationId, 'VIEWER');
    await app.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      { o: fund.organisationId, input: fundProfileInput({ themes: ['EDUCATION'], municipalityCodes: [GM.zwolle], provinceCodes: [] }) },
      { token: fund.token },
    );
    const set = await app.gql(
      'mutation ($f: ID!) { setMatchAlerts(fundId: $f, threshold: 60) }',
      { f: fund.organisationId },
      { token: fund.token },
    );
    expect(expectData(set, 'setMatchAlerts')).toBe(60);
    await app.sql("UPDATE match_alert SET checked_until = now() - interval '1 minute'");

    const ngo = await organisationOwner(app);
    const good = await createInitiative(app, ngo.token, ngo.organisationId, { title: 'Taalmaatjes Zwolle' });
    const offTheme = await createInitiative(app, ngo.token, ngo.organisationId, { title: 'Traumazorg', themes: ['TRAUMA_CARE'] });
    await publishInitiative(app, ngo.token, good);
    await publishInitiative(app, ngo.token, offTheme);

    const alerts = new MatchAlertWorker(app.koppel.db, log, { intervalMs: 3_600_000, publicUrl: 'https://koppel.example' });
    const now = new Date(Date.now() + 1000);
    expect(await alerts.runOnce(now)).toBe(1);
    expect(await alerts.runOnce(new Date(now.getTime() + 60_000))).toBe(0); // at most one a day
    const queued = await app.sql("SELECT recipient, subject, body FROM outbox_message WHERE topic = 'match-digest' ORDER BY recipient");
    expect(queued.map((q) => q.recipient).sort()).toEqual([fund.email, colleague.email].sort());
    expect(queued[0]?.body).toContain('Taalmaatjes Zwolle');
    expect(queued[0]?.body).not.toContain('Traumazorg');
    expect(queued[0]?.body).toContain(`https://koppel.example/initiatieven/${good}`);

    const before = received.length;
    const w = worker();
    await w.deliverPending();
    await w.stop();
    expect(received.slice(before).filter((m) => m.raw.includes('Alertfonds'))).toHaveLength(2);
  });
});
