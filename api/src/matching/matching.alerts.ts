import { DEFAULT_MATCH_WEIGHTS, euros } from '@koppel/rules';
import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { memberContacts } from '../membership/membership.query.js';
import { enqueueMessage } from '../outbox/outbox.js';
import { amsterdamToday, fundFacts, loadPlaces, weightsFor } from './matching.facts.js';
import { rankInitiativesSql } from './matching.query.js';

/** At most this many initiatives in one digest. */
const DIGEST_SIZE = 20;

export interface AlertSettings {
  intervalMs: number;
  publicUrl: string;
}

/**
 * Match alerts: for each fund that switched them on, initiatives published since it last looked that
 * score at least its threshold (its own weights, dismissed ones left out) become one digest e-mail per
 * member — at most one a day; what is published in between waits for the next digest. The digest is
 * written to the outbox in the same transaction that moves the fund's `checked_until` and
 * `last_digest_at` on, under a row lock taken with SKIP LOCKED: two processes never write the same
 * digest, and a process that dies before committing leaves nothing behind but the work to redo.
 */
export class MatchAlertWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly log: Logger,
    private readonly settings: AlertSettings,
  ) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .catch((error) => this.log.error({ err: error }, 'match alerts: round failed'))
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
  }

  /** One round over the funds due a digest; returns how many digests (per fund) were written. */
  async runOnce(now = new Date()): Promise<number> {
    const due: { fund_id: string }[] = await this.db.query(
      `SELECT fund_id FROM match_alert WHERE last_digest_at IS NULL OR last_digest_at <= $1::timestamptz - interval '1 day'`,
      [now],
    );
    let digests = 0;
    for (const { fund_id: fundId } of due) if (await this.digestFor(fundId, now)) digests++;
    return digests;
  }

  private async digestFor(fundId: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [alert]: { threshold: number; checked_until: Date }[] = await tx.query(
        `SELECT threshold, checked_until FROM match_alert
          WHERE fund_id = $1 AND (last_digest_at IS NULL OR last_digest_at <= $2::timestamptz - interval '1 day')
          FOR UPDATE SKIP LOCKED`,
        [fundId, now],
      );
      if (!alert) return false;
      const moveOn = (digest: boolean) =>
        tx.query(`UPDATE match_alert SET checked_until = $2${digest ? ', last_digest_at = $2' : ''} WHERE fund_id = $1`, [fundId, now]);
      const profile = await tx.findOne(FundProfile, { where: { organisationId: fundId } });
      const fresh: { id: string }[] = profile
        ? await tx.query(
            `SELECT id FROM initiative WHERE status = 'PUBLISHED' AND published_at > $1 AND published_at <= $2 AND themes && $3::text[]`,
            [alert.checked_until, now, profile.themes],
          )
        : [];
      if (!profile || !fresh.length) {
        await moveOn(false);
        return false;
      }
      const places = await loadPlaces(tx);
      const scoring =
        weightsFor(profile) ?? (weightsFor({ matchWeights: { ...DEFAULT_MATCH_WEIGHTS } }) as NonNullable<ReturnType<typeof weightsFor>>);
      const sql = rankInitiativesSql({
        fundId,
        fund: fundFacts(profile, places),
        maxPoints: scoring.maxPoints,
        today: amsterdamToday(now),
        first: DIGEST_SIZE,
        excludeDismissed: true,
        initiativeIds: fresh.map((f) => f.id),
      });
      const ranked: { id: string; score: number }[] = await tx.query(sql.text, sql.values);
      const above = ranked.filter((r) => r.score >= alert.threshold);
      if (!above.length) {
        await moveOn(false);
        return false;
      }
      const details: { id: string; title: string; budget_requested: number | null; fund_name: string }[] = await tx.query(
        `SELECT i.id, i.title, i.budget_requested, o.name AS fund_name FROM initiative i, organisation o WHERE i.id = ANY($1::uuid[]) AND o.id = $2`,
        [above.map((a) => a.id), fundId],
      );
      const byId = new Map(details.map((d) => [d.id, d]));
      const fundName = details[0]?.fund_name ?? '';
      const lines = above.map((a) => {
        const d = byId.get(a.id);
        const budget = d?.budget_requested !== null && d?.budget_requested !== undefined ? `, ${euros(d.budget_requested, 'nl')}` : '';
        return `- ${d?.title ?? a.id} (score ${a.score.toFixed(0)}${budget})\n  ${this.settings.publicUrl}/initiatieven/${a.id}`;
      });
      const members = await memberContacts(tx, fundId);
      const day = amsterdamToday(now);
      for (const member of members) {
        await enqueueMessage(tx, {
          idempotencyKey: `match-digest:${fundId}:${member.accountId}:${day}`,
          topic: 'match-digest',
          recipient: member.email,
          subject: `Koppel: ${above.length} nieuwe ${above.length === 1 ? 'match' : 'matches'} voor ${fundName}`,
          body:
            `Nieuw gepubliceerde initiatieven die bij ${fundName} passen (score ${alert.threshold} of meer):\n\n${lines.join('\n')}\n\n` +
            `Alle matches en waarom ze passen: ${this.settings.publicUrl}/organisaties/${fundId}/matches\n` +
            `Meldingen uitzetten kan op dezelfde pagina.\n\n-- \nNew initiatives matching ${fundName} (score ${alert.threshold} or more), listed above.`,
        });
      }
      await moveOn(true);
      this.log.info({ fund: fundId, initiatives: above.length, recipients: members.length }, 'match alerts: digest queued');
      return true;
    });
  }
}
