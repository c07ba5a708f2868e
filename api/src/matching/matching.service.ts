import { exactScoreOf, type MatchResult, type MatchWeightValues, scoreMatch } from '@koppel/rules';
import { recordAudit } from '../audit/audit.service.js';
import { callNotFound } from '../call/call.errors.js';
import { maySeeAllApplications, mayViewCall } from '../call/call.policy.js';
import { applicantInitiativeIds } from '../call/call.query.js';
import type { Context } from '../core/context.js';
import { badUserInput, forbidden, unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { hydrate, selectList } from '../core/paging.js';
import type { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { initiativeNotFound } from '../initiative/initiative.errors.js';
import { mayViewInitiative } from '../initiative/initiative.policy.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { type InitiativeMatch, MatchAlert, MatchDecisionRow, type MatchDecisionValue } from './matching.entity.js';
import { allWeightsZero, firstOutOfRange, fundNotFound, mayNotDecide, noFundProfile, notAFund, notPublished } from './matching.errors.js';
import { amsterdamToday, fundFacts, initiativeFacts, type Places, placesFromSnapshot, weightsFor } from './matching.facts.js';
import { mayDecide, maySeeDecisions } from './matching.policy.js';
import { rankInitiativesSql, textRanksSql } from './matching.query.js';

export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 20;

type WeightOverrides = Partial<Record<keyof MatchWeightValues, number | null>> | null | undefined;

export interface FundContext {
  fund: Organisation;
  profile: FundProfile;
}

export class MatchingService {
  constructor(private readonly ctx: Context) {}

  async places(): Promise<Places> {
    return placesFromSnapshot(await this.ctx.runtime.reference.get());
  }

  /**
   * The fund and its profile (from the process's fund cache: no statement while it is warm), or the API's error
   * for a wrong `fundId`; handed to their features' loaders for the rest of the request.
   */
  async fund(fundId: string): Promise<FundContext> {
    const cached = isUuid(fundId) ? await this.ctx.runtime.fundProfile.get(fundId) : null;
    if (!cached) throw fundNotFound();
    const { organisation: fund, profile } = cached;
    if (fund.kind !== 'FUND') throw notAFund(this.ctx.locale);
    if (!profile) throw noFundProfile(this.ctx.locale);
    this.ctx.loaders.organisation.byId.prime(fund.id, fund);
    this.ctx.loaders.fundProfile.byOrganisation.prime(fund.id, profile);
    return { fund, profile };
  }

  /**
   * The initiatives that applied to a call the fund funds (not withdrawn): NOT_FOUND for a call the viewer may not see,
   * BAD_USER_INPUT when the fund is not among its funders, FORBIDDEN unless the viewer may see all its applications.
   */
  private async applicantsOf(callId: string, fundId: string): Promise<string[]> {
    const call = isUuid(callId) ? await this.ctx.loaders.call.byId.load(callId) : null;
    const funders = call ? (await this.ctx.loaders.call.fundersOf.load(call.id)).map((f) => f.fundId) : [];
    if (!call || !mayViewCall(this.ctx.viewer, call, funders)) throw callNotFound();
    if (!funders.includes(fundId))
      throw badUserInput({
        callId: this.ctx.locale === 'nl' ? 'Dit fonds financiert deze oproep niet.' : 'This fund does not fund this call.',
      });
    if (!maySeeAllApplications(this.ctx.viewer, funders, false))
      throw forbidden({
        nl: 'Alleen leden van de fondsen van de oproep en beheerders zien de aanvragers.',
        en: "Only members of the call's funds and admins see its applicants.",
      });
    return applicantInitiativeIds(this.ctx.db, call.id);
  }

  private checkFirst(first: number | null | undefined): number {
    const value = first ?? DEFAULT_FIRST;
    if (!Number.isInteger(value) || value < 1 || value > MAX_FIRST) throw firstOutOfRange(this.ctx.locale, MAX_FIRST);
    return value;
  }

  /** `matchInitiatives`: the published initiatives that fit a fund best, best first, with reasons. */
  async matchInitiatives(
    fundId: string,
    overrides: WeightOverrides,
    firstArg: number | null | undefined,
    includeDismissed: boolean,
    callId?: string | null,
  ): Promise<InitiativeMatch[]> {
    const first = this.checkFirst(firstArg);
    const { fund, profile } = await this.fund(fundId);
    const scoring = weightsFor(profile, overrides);
    if (!scoring) throw allWeightsZero(this.ctx.locale);
    const places = await this.places();
    const facts = fundFacts(profile, places);
    const seesDecisions = maySeeDecisions(this.ctx.viewer, fund.id);
    const today = amsterdamToday();
    if (callId !== null && callId !== undefined) {
      const ids = await this.applicantsOf(callId, fund.id);
      const initiatives = ((await this.ctx.loaders.initiative.byId.loadMany(ids)) as (Initiative | Error | null)[]).filter(
        (i): i is Initiative => i instanceof Object && !(i instanceof Error) && (i.status === 'PUBLISHED' || i.status === 'FUNDED'),
      );
      const sql = textRanksSql(
        profile.description,
        initiatives.map((i) => i.id),
      );
      const ranks = new Map<string, number>(
        ((await this.ctx.db.query(sql.text, sql.values)) as { id: string; text_rank: number }[]).map((r) => [r.id, r.text_rank]),
      );
      const decisions = seesDecisions
        ? await this.decisions(
            fund.id,
            initiatives.map((i) => i.id),
          )
        : new Map<string, MatchDecisionValue>();
      const matches = initiatives
        .filter((initiative) => !(seesDecisions && !includeDismissed && decisions.get(initiative.id) === 'DISMISSED'))
        .map((initiative) => {
          const rank = ranks.get(initiative.id) ?? 0;
          const initiativeSide = initiativeFacts(initiative, rank, places);
          const result = scoreMatch(facts, initiativeSide, scoring.weights, {
            today,
            perspective: 'fund',
            locale: this.ctx.locale,
            placeName: places.name,
          });
          return {
            match: toMatch(initiative, result, decisions.get(initiative.id) ?? null, rank),
            exact: exactScoreOf(result, scoring.maxPoints),
          };
        });
      matches.sort((a, b) => b.exact - a.exact || (a.match.initiative.id < b.match.initiative.id ? -1 : 1));
      return matches.slice(0, first).map((m) => m.match);
    }
    const sql = rankInitiativesSql({
      fundId: fund.id,
      fund: facts,
      maxPoints: scoring.maxPoints,
      today,
      first,
      excludeDismissed: seesDecisions && !includeDismissed,
      // The ranked initiatives and their decisions come with the ranking: one round trip, not three.
      withInitiatives: { columns: selectList(this.ctx.db, Initiative, 'i'), decisions: seesDecisions },
    });
    const rows: (Record<string, unknown> & { __score: number; __textRank: number; __decision: MatchDecisionValue | null })[] =
      await this.ctx.db.query(sql.text, sql.values);
    const matches = rows.map((row) => {
      const { __textRank, __decision } = row;
      // Taken off the row in place (a rest copy of each row is V8's slow object-clone path).
      delete (row as Partial<typeof row>).__score;
      delete (row as Partial<typeof row>).__textRank;
      delete (row as Partial<typeof row>).__decision;
      const initiative = hydrate(Initiative, row);
      this.ctx.loaders.initiative.byId.prime(initiative.id, initiative);
      const initiativeSide = initiativeFacts(initiative, __textRank, places);
      const result = scoreMatch(facts, initiativeSide, scoring.weights, {
        today,
        perspective: 'fund',
        locale: this.ctx.locale,
        placeName: places.name,
      });
      return {
        match: toMatch(initiative, result, __decision, __textRank),
        exact: exactScoreOf(result, scoring.maxPoints),
      };
    });
    // The SQL ranked them; the pure code's exact scores are the same numbers, so this order is the SQL's.
    matches.sort((a, b) => b.exact - a.exact || (a.match.initiative.id < b.match.initiative.id ? -1 : 1));
    return matches.map((m) => m.match);
  }

  /** One fund–initiative pair, scored with the fund's own weights (setMatchDecision's answer, the shortlist). */
  async scorePairs(context: FundContext, initiatives: readonly Initiative[], places: Places, today = amsterdamToday()) {
    const facts = fundFacts(context.profile, places);
    const scoring = weightsFor(context.profile) ?? (weightsFor(null) as NonNullable<ReturnType<typeof weightsFor>>);
    const sql = textRanksSql(
      context.profile.description,
      initiatives.map((i) => i.id),
    );
    const ranks = new Map<string, number>(
      ((await this.ctx.db.query(sql.text, sql.values)) as { id: string; text_rank: number }[]).map((r) => [r.id, r.text_rank]),
    );
    return initiatives.map((initiative) => {
      const rank = ranks.get(initiative.id) ?? 0;
      return {
        initiative,
        rank,
        result: scoreMatch(facts, initiativeFacts(initiative, rank, places), scoring.weights, {
          today,
          perspective: 'fund',
          locale: this.ctx.locale,
          placeName: places.name,
        }),
      };
    });
  }

  async decisions(fundId: string, initiativeIds: readonly string[]): Promise<Map<string, MatchDecisionValue>> {
    if (!initiativeIds.length) return new Map();
    const rows: { initiative_id: string; decision: MatchDecisionValue }[] = await this.ctx.db.query(
      'SELECT initiative_id, decision FROM match_decision WHERE fund_id = $1 AND initiative_id = ANY($2::uuid[])',
      [fundId, initiativeIds],
    );
    return new Map(rows.map((r) => [r.initiative_id, r.decision]));
  }

  /** `setMatchDecision`: shortlists or dismisses a published initiative for a fund (null clears), audited. */
  async setDecision(fundId: string, initiativeId: string, decision: MatchDecisionValue | null): Promise<InitiativeMatch | null> {
    const { viewer, locale } = this.ctx;
    if (!viewer) throw unauthenticated();
    const context = await this.fund(fundId);
    if (!mayDecide(viewer, context.fund.id)) throw mayNotDecide();
    const initiative = isUuid(initiativeId) ? await this.ctx.loaders.initiative.byId.load(initiativeId) : null;
    if (!initiative || !mayViewInitiative(viewer, initiative)) throw initiativeNotFound();
    if (decision && initiative.status !== 'PUBLISHED') throw notPublished(locale);

    await this.ctx.db.transaction(async (tx) => {
      const key = { fundId: context.fund.id, initiativeId: initiative.id };
      const before = await tx.findOne(MatchDecisionRow, { where: key, lock: { mode: 'pessimistic_write' } });
      if ((before?.decision ?? null) === decision) return;
      if (decision === null) await tx.delete(MatchDecisionRow, key);
      else
        await tx.query(
          `INSERT INTO match_decision (fund_id, initiative_id, decision, decided_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (fund_id, initiative_id) DO UPDATE SET decision = EXCLUDED.decision, decided_by = EXCLUDED.decided_by, decided_at = now()`,
          [key.fundId, key.initiativeId, decision, viewer.accountId],
        );
      await recordAudit(
        tx,
        { viewer, requestId: this.ctx.requestId },
        {
          action: 'setMatchDecision',
          entity: 'MatchDecision',
          entityId: `${key.fundId}:${key.initiativeId}`,
          organisationId: key.fundId,
          changedFields: ['decision'],
        },
      );
    });
    if (initiative.status !== 'PUBLISHED') return null;
    const [pair] = await this.scorePairs(context, [initiative], await this.places());
    return pair ? toMatch(initiative, pair.result, decision, pair.rank) : null;
  }

  /** `setMatchAlerts`: a daily digest of new initiatives above `threshold` for the fund's members; null switches it off. */
  async setAlerts(fundId: string, threshold: number | null): Promise<number | null> {
    const { viewer } = this.ctx;
    if (!viewer) throw unauthenticated();
    const { fund } = await this.fund(fundId);
    if (!mayDecide(viewer, fund.id)) throw mayNotDecide();
    await this.ctx.db.transaction(async (tx) => {
      const before = await tx.findOne(MatchAlert, { where: { fundId: fund.id }, lock: { mode: 'pessimistic_write' } });
      if ((before?.threshold ?? null) === threshold) return;
      if (threshold === null) await tx.delete(MatchAlert, { fundId: fund.id });
      else if (before) await tx.update(MatchAlert, { fundId: fund.id }, { threshold, updatedAt: () => 'now()' });
      else await tx.insert(MatchAlert, { fundId: fund.id, threshold, checkedUntil: new Date() });
      await recordAudit(
        tx,
        { viewer, requestId: this.ctx.requestId },
        { action: 'setMatchAlerts', entity: 'MatchAlert', entityId: fund.id, organisationId: fund.id, changedFields: ['threshold'] },
      );
    });
    return threshold;
  }

  /** The fund's alert threshold, for its members; null when off. */
  async alertThreshold(fundId: string): Promise<number | null> {
    const rows: { threshold: number }[] = await this.ctx.db.query('SELECT threshold FROM match_alert WHERE fund_id = $1', [fundId]);
    return rows[0]?.threshold ?? null;
  }

  /** A fund's shortlist, best first, for the CSV download. */
  async shortlist(context: FundContext): Promise<{ initiative: Initiative; result: MatchResult; decidedAt: Date }[]> {
    const rows: { initiative_id: string; decided_at: Date }[] = await this.ctx.db.query(
      `SELECT initiative_id, decided_at FROM match_decision WHERE fund_id = $1 AND decision = 'SHORTLISTED' ORDER BY decided_at, initiative_id`,
      [context.fund.id],
    );
    const initiatives = (await this.ctx.loaders.initiative.byId.loadMany(rows.map((r) => r.initiative_id))).filter(
      (i): i is Initiative => !!i && !(i instanceof Error) && mayViewInitiative(this.ctx.viewer, i),
    );
    const decidedAt = new Map(rows.map((r) => [r.initiative_id, r.decided_at]));
    const scored = await this.scorePairs(context, initiatives, await this.places());
    return scored
      .map((s) => ({ initiative: s.initiative, result: s.result, decidedAt: decidedAt.get(s.initiative.id) as Date }))
      .sort((a, b) => b.result.score - a.result.score || (a.initiative.id < b.initiative.id ? -1 : 1));
  }
}

export function toMatch(
  initiative: Initiative,
  result: MatchResult,
  decision: MatchDecisionValue | null,
  textRank: number,
): InitiativeMatch {
  return {
    score: result.score,
    initiative,
    reasons: result.reasons.map((r) => ({ criterion: r.criterion, points: r.points, maxPoints: r.maxPoints, explanation: r.explanation })),
    decision,
    textRank,
  };
}
