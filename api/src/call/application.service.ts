import { awardFits, type ScoreProblem, scoreRubric, splitProRata } from '@koppel/rules';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { fundingCommittedFor, recordAwardCommitments } from '../commitment/commitment.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, type FieldProblems, unauthenticated } from '../core/errors.js';
import { cleanText } from '../core/input-rules.js';
import type { Viewer } from '../core/viewer.js';
import { lowerBudgetsAvailable } from '../fund-profile/fund-profile.query.js';
import type { Initiative } from '../initiative/initiative.entity.js';
import { markInitiativeFunded } from '../initiative/initiative.query.js';
import { organisationSummaries } from '../organisation/organisation.query.js';
import { Application, type CallStatus, PENDING, type Review } from './call.entity.js';
import {
  alreadyApplied,
  applicationNotFound,
  applicationNotPending,
  callNotFound,
  callNotInStatus,
  deadlinePassed,
  fundShortOfBudget,
  mayNotApply,
  mayNotManageCall,
  mayNotScore,
  noBudgetLeft,
  noPlaceLeft,
  notOpenYet,
} from './call.errors.js';
import type { ApplicationInput, AwardShareInput, ReviewInput } from './call.inputs.js';
import { decisionMessage, enqueueDecision } from './call.messages.js';
import { mayApplyFor, mayManageCall, mayScore, mayViewApplication, statusAt } from './call.policy.js';
import { awardedSoFar, lockCall } from './call.query.js';
import { CallService, closeCallRow } from './call.service.js';

type LockedCall = NonNullable<Awaited<ReturnType<typeof lockCall>>> & { current: CallStatus };

/**
 * Applications, reviews and awards. Every write locks the call row first (then the application):
 * status changes and awards `FOR UPDATE`, applying, withdrawing and scoring `FOR SHARE`. The award
 * counts places and money under that lock, so concurrent awards at several API processes are
 * serialised per call and never exceed its places or budget.
 */
export class ApplicationService {
  private readonly calls: CallService;

  constructor(private readonly ctx: Context) {
    this.calls = new CallService(ctx);
  }

  /** NOT_FOUND for anyone who is not a party to it. */
  async get(id: string): Promise<Application> {
    const application = await this.ctx.loaders.call.applicationById.load(id);
    if (!application) throw applicationNotFound();
    const [fundIds, reviewing] = await Promise.all([
      this.calls.fundIds(application.callId),
      this.ctx.loaders.call.viewerReviews.load(application.callId),
    ]);
    if (!mayViewApplication(this.ctx.viewer, application, fundIds, reviewing)) throw applicationNotFound();
    return application;
  }

  /** Applies with a published initiative, between the opening day and the deadline; one application per initiative per call. */
  async apply(callId: string, input: ApplicationInput): Promise<Application> {
    const viewer = this.signedIn();
    const call = await this.calls.get(callId);
    const initiative = await this.initiativeToApplyWith(viewer, input);
    const id = await this.ctx.db.transaction(async (tx) => {
      const locked = await this.lockOpenCall(tx, call.id);
      this.checkApplication(locked, input);
      const values = {
        amountRequested: input.amountRequested,
        motivation: input.motivation.trim(),
        answers: (input.answers ?? []).map((a) => a.trim()),
      };
      const existing = await tx.findOne(Application, {
        where: { callId, initiativeId: initiative.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.status !== 'WITHDRAWN') throw alreadyApplied();
      let applicationId: string;
      if (existing) {
        // Withdrawn before the deadline: applying again reopens the same application.
        await tx.update(Application, { id: existing.id }, { ...values, status: 'SUBMITTED', updatedAt: () => 'now()' });
        applicationId = existing.id;
      } else {
        // Two first applications of one initiative at once: the unique key lets one in, the other hears CONFLICT.
        const inserted: { id: string }[] = await tx.query(
          `INSERT INTO call_application (call_id, initiative_id, organisation_id, amount_requested, motivation, answers)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (call_id, initiative_id) DO NOTHING RETURNING id`,
          [callId, initiative.id, initiative.organisationId, values.amountRequested, values.motivation, values.answers],
        );
        if (!inserted[0]) throw alreadyApplied();
        applicationId = inserted[0].id;
      }
      await this.audit(tx, viewer, 'applyToCall', applicationId, initiative.organisationId, [
        'status',
        'amountRequested',
        'motivation',
        'answers',
      ]);
      return applicationId;
    });
    return this.reload(id);
  }

  /** Changes an application until the deadline; its initiative stays. */
  async update(id: string, input: ApplicationInput): Promise<Application> {
    const viewer = this.signedIn();
    const application = await this.get(id);
    if (!mayApplyFor(viewer, application.organisationId)) throw mayNotApply();
    if (input.initiativeId !== application.initiativeId)
      throw badUserInput({
        initiativeId:
          this.ctx.locale === 'nl' ? 'Een aanvraag kan niet van initiatief wisselen.' : 'An application cannot change its initiative.',
      });
    await this.ctx.db.transaction(async (tx) => {
      const locked = await this.lockOpenCall(tx, application.callId);
      this.checkApplication(locked, input);
      const current = await this.lockApplication(tx, id);
      if (current.status !== 'SUBMITTED' && current.status !== 'UNDER_REVIEW') throw applicationNotPending(current.status);
      await tx.update(
        Application,
        { id },
        {
          amountRequested: input.amountRequested,
          motivation: input.motivation.trim(),
          answers: (input.answers ?? []).map((a) => a.trim()),
          updatedAt: () => 'now()',
        },
      );
      await this.audit(tx, viewer, 'updateApplication', id, application.organisationId, ['amountRequested', 'motivation', 'answers']);
    });
    return this.reload(id);
  }

  /** Withdraws an application until the deadline. Withdrawing twice changes nothing. */
  async withdraw(id: string): Promise<Application> {
    const viewer = this.signedIn();
    const application = await this.get(id);
    if (!mayApplyFor(viewer, application.organisationId)) throw mayNotApply();
    await this.ctx.db.transaction(async (tx) => {
      await this.lockOpenCall(tx, application.callId);
      const current = await this.lockApplication(tx, id);
      if (current.status === 'WITHDRAWN') return;
      if (current.status !== 'SUBMITTED' && current.status !== 'UNDER_REVIEW') throw applicationNotPending(current.status);
      await tx.update(Application, { id }, { status: 'WITHDRAWN', updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'withdrawApplication', id, application.organisationId, ['status']);
    });
    return this.reload(id);
  }

  /** A reviewer scores every criterion (scoring again replaces the review); the application's score becomes the mean of the totals. */
  async score(applicationId: string, input: ReviewInput): Promise<Review> {
    const viewer = this.signedIn();
    const application = await this.get(applicationId);
    const reviewing = await this.ctx.loaders.call.viewerReviews.load(application.callId);
    if (!mayScore(viewer, application, reviewing)) throw mayNotScore();
    const rubric = await this.ctx.loaders.call.rubricOf.load(application.callId);
    const scored = scoreRubric(rubric, input.scores);
    if (scored.total === null) throw badUserInput(this.scoreProblems(scored.problems, rubric.length));
    const reviewId = await this.ctx.db.transaction(async (tx) => {
      const call = await this.lockCall(tx, application.callId, 'SHARE');
      if (call.current !== 'OPEN' && call.current !== 'CLOSED')
        throw callNotInStatus(call.current, {
          nl: 'scoren kan alleen als de oproep open of gesloten is.',
          en: 'scoring is for open or closed calls.',
        });
      const current = await this.lockApplication(tx, applicationId);
      if (current.status !== 'SUBMITTED' && current.status !== 'UNDER_REVIEW') throw applicationNotPending(current.status);
      const [review] = await tx.query(
        `INSERT INTO call_review (application_id, reviewer_id, scores, total, comment) VALUES ($1, $2, $3::jsonb, $4, $5)
         ON CONFLICT (application_id, reviewer_id) DO UPDATE SET scores = excluded.scores, total = excluded.total, comment = excluded.comment, updated_at = now()
         RETURNING id`,
        [
          applicationId,
          viewer.accountId,
          JSON.stringify(input.scores.map((s) => ({ criterionId: s.criterionId, points: s.points }))),
          scored.total,
          input.comment?.trim() ?? '',
        ],
      );
      await tx.query(
        `UPDATE call_application a SET status = 'UNDER_REVIEW', updated_at = now(),
                score = round(r.mean, 2), review_count = r.n
           FROM (SELECT avg(total)::numeric AS mean, count(*)::int AS n FROM call_review WHERE application_id = $1) r
          WHERE a.id = $1`,
        [applicationId],
      );
      await this.audit(tx, viewer, 'scoreApplication', applicationId, application.organisationId, ['scores', 'total', 'comment']);
      return review.id as string;
    });
    this.ctx.loaders.call.reviewsOf.clear(applicationId);
    this.ctx.loaders.call.applicationById.clear(applicationId);
    const reviews = await this.ctx.loaders.call.reviewsOf.load(applicationId);
    return reviews.find((r) => r.id === reviewId) as Review;
  }

  /**
   * Awards an application once the call is closed: never more awards than places, never more money
   * than the budget (CONFLICT). The award becomes a FUNDING commitment per funder — pro rata to what
   * each has left in the call, or as `shares` say — lowers each fund's budget available and turns the
   * initiative FUNDED, all in one transaction.
   */
  async award(applicationId: string, amount: number, shares: readonly AwardShareInput[] | null | undefined): Promise<Application> {
    const viewer = this.signedIn();
    const { locale } = this.ctx;
    const application = await this.get(applicationId);
    const funders = await this.ctx.loaders.call.fundersOf.load(application.callId);
    const fundIds = funders.map((f) => f.fundId);
    if (!mayManageCall(viewer, fundIds)) throw mayNotManageCall();
    if (shares) {
      const problems: FieldProblems = {};
      shares.forEach((share, index) => {
        if (!fundIds.includes(share.fundId))
          problems[`shares.${index}.fundId`] = locale === 'nl' ? 'Geen fonds van deze oproep.' : 'Not a fund of this call.';
      });
      if (new Set(shares.map((s) => s.fundId)).size !== shares.length)
        problems.shares = locale === 'nl' ? 'Een fonds staat er dubbel in.' : 'A fund appears twice.';
      const sum = shares.reduce((total, s) => total + s.amount, 0);
      if (sum !== amount)
        problems.shares =
          locale === 'nl' ? `De delen tellen op tot € ${sum}, niet tot € ${amount}.` : `The shares add up to € ${sum}, not € ${amount}.`;
      if (Object.keys(problems).length) throw badUserInput(problems);
    }
    const initiative = await this.ctx.loaders.initiative.byId.load(application.initiativeId);
    await this.ctx.db.transaction(async (tx) => {
      const call = await this.lockCall(tx, application.callId, 'UPDATE');
      if (call.current !== 'CLOSED')
        throw callNotInStatus(call.current, {
          nl: 'toekennen kan pas als de oproep gesloten is.',
          en: 'awards are made once the call is closed.',
        });
      if (call.status === 'OPEN') await closeCallRow(tx, call.id);
      if (amount < call.minGrant || amount > call.maxGrant)
        throw badUserInput({
          amount:
            locale === 'nl'
              ? `Kies een bedrag tussen € ${call.minGrant} en € ${call.maxGrant}.`
              : `Choose an amount between € ${call.minGrant} and € ${call.maxGrant}.`,
        });
      const current = await this.lockApplication(tx, applicationId);
      if (!PENDING.includes(current.status)) throw applicationNotPending(current.status);
      const awarded = await awardedSoFar(tx, call.id);
      const budget = funders.reduce((sum, f) => sum + f.amount, 0);
      const fits = awardFits({ places: call.places, awarded: awarded.count, budget, awardedAmount: awarded.amount }, amount);
      if (!fits.fits) throw fits.reason === 'NO_PLACE' ? noPlaceLeft() : noBudgetLeft(budget - awarded.amount);

      // What each funder has left in this call, and its part of this award.
      const committed = await fundingCommittedFor(tx, awarded.ids);
      const left = funders.map((f) => ({ key: f.fundId, weight: Math.max(0, f.amount - (committed.get(f.fundId) ?? 0)) }));
      const parts = shares ? shares.map((s) => ({ key: s.fundId, amount: s.amount })) : splitProRata(amount, left);
      const over = parts.filter((p) => p.amount > (left.find((l) => l.key === p.key)?.weight ?? 0));
      const short = over.length
        ? over.map((p) => p.key)
        : (
            await lowerBudgetsAvailable(
              tx,
              parts.map((p) => ({ fundId: p.key, amount: p.amount })),
            )
          ).short;
      if (short.length) {
        const names = await organisationSummaries(tx, short);
        throw fundShortOfBudget(short.map((id) => names.get(id)?.name ?? id));
      }
      await recordAwardCommitments(
        tx,
        parts
          .filter((p) => p.amount > 0)
          .map((p) => ({
            organisationId: p.key,
            initiativeId: current.initiativeId,
            applicationId,
            amount: p.amount,
            description: `${call.title}: ${initiative?.title ?? ''}`.slice(0, 500),
          })),
      );
      await tx.update(
        Application,
        { id: applicationId },
        { status: 'AWARDED', amountAwarded: amount, decidedAt: () => 'now()', updatedAt: () => 'now()' },
      );
      await markInitiativeFunded(tx, current.initiativeId);
      await this.audit(tx, viewer, 'awardApplication', applicationId, current.organisationId, ['status', 'amountAwarded']);
      await enqueueDecision(
        tx,
        applicationId,
        decisionMessage(current.organisationId, {
          kind: 'AWARDED',
          callTitle: call.title,
          initiativeTitle: initiative?.title ?? '',
          amountAwarded: amount,
          callUrl: `${this.ctx.settings.call.publicUrl}/oproepen/${call.id}`,
        }),
      );
      await decideWhenDone(tx, call.id);
    });
    return this.reload(applicationId);
  }

  /** Rejects an application once the call is closed, with an optional reason the applicant hears. */
  async reject(applicationId: string, reason: string | null | undefined): Promise<Application> {
    const viewer = this.signedIn();
    const application = await this.get(applicationId);
    if (!mayManageCall(viewer, await this.calls.fundIds(application.callId))) throw mayNotManageCall();
    const cleanReason = cleanText(reason);
    if (cleanReason && cleanReason.length > 2000)
      throw badUserInput({ reason: this.ctx.locale === 'nl' ? 'Te lang: hoogstens 2000 tekens.' : 'Too long: at most 2000 characters.' });
    const initiative = await this.ctx.loaders.initiative.byId.load(application.initiativeId);
    await this.ctx.db.transaction(async (tx) => {
      const call = await this.lockCall(tx, application.callId, 'UPDATE');
      if (call.current !== 'CLOSED')
        throw callNotInStatus(call.current, {
          nl: 'afwijzen kan pas als de oproep gesloten is.',
          en: 'rejections are made once the call is closed.',
        });
      if (call.status === 'OPEN') await closeCallRow(tx, call.id);
      const current = await this.lockApplication(tx, applicationId);
      if (!PENDING.includes(current.status)) throw applicationNotPending(current.status);
      await tx.update(
        Application,
        { id: applicationId },
        { status: 'REJECTED', reason: cleanReason, decidedAt: () => 'now()', updatedAt: () => 'now()' },
      );
      await this.audit(tx, viewer, 'rejectApplication', applicationId, current.organisationId, ['status', 'reason']);
      await enqueueDecision(
        tx,
        applicationId,
        decisionMessage(current.organisationId, {
          kind: 'REJECTED',
          callTitle: call.title,
          initiativeTitle: initiative?.title ?? '',
          reason: cleanReason,
          callUrl: `${this.ctx.settings.call.publicUrl}/oproepen/${call.id}`,
        }),
      );
      await decideWhenDone(tx, call.id);
    });
    return this.reload(applicationId);
  }

  // -------------------------------------------------------------------------------------------

  /** The initiative must be the viewer's organisation's, and public (PUBLISHED or FUNDED). */
  private async initiativeToApplyWith(viewer: Viewer, input: ApplicationInput): Promise<Initiative> {
    const initiative = await this.ctx.loaders.initiative.byId.load(input.initiativeId);
    const unknown = () =>
      badUserInput({ initiativeId: this.ctx.locale === 'nl' ? 'Dit initiatief bestaat niet.' : 'This initiative does not exist.' });
    if (!initiative) throw unknown();
    if (!mayApplyFor(viewer, initiative.organisationId)) {
      if (initiative.status === 'PUBLISHED' || initiative.status === 'FUNDED') throw mayNotApply();
      throw unknown();
    }
    if (initiative.status !== 'PUBLISHED' && initiative.status !== 'FUNDED')
      throw badUserInput({
        initiativeId: this.ctx.locale === 'nl' ? 'Publiceer het initiatief eerst.' : 'Publish the initiative first.',
      });
    return initiative;
  }

  /** The call, locked `FOR SHARE`, accepting applications now (database clock, Amsterdam day). */
  private async lockOpenCall(tx: EntityManager, callId: string): Promise<LockedCall> {
    const call = await this.lockCall(tx, callId, 'SHARE');
    if (call.current === 'CLOSED' && call.status === 'OPEN') throw deadlinePassed();
    if (call.current !== 'OPEN')
      throw callNotInStatus(call.current, { nl: 'er kan nu niet worden aangevraagd.', en: 'it does not accept applications now.' });
    if (call.today < call.opensOn) throw notOpenYet(call.opensOn);
    return call;
  }

  private checkApplication(call: LockedCall, input: ApplicationInput): void {
    const { locale } = this.ctx;
    const problems: FieldProblems = {};
    if (input.amountRequested < call.minGrant || input.amountRequested > call.maxGrant)
      problems.amountRequested =
        locale === 'nl'
          ? `Vraag een bedrag tussen € ${call.minGrant} en € ${call.maxGrant}.`
          : `Ask for an amount between € ${call.minGrant} and € ${call.maxGrant}.`;
    const answers = input.answers ?? [];
    if (answers.length !== call.questions.length)
      problems.answers =
        locale === 'nl'
          ? `Beantwoord elk van de ${call.questions.length} vragen.`
          : `Answer each of the ${call.questions.length} questions.`;
    if (Object.keys(problems).length) throw badUserInput(problems);
  }

  private async lockCall(tx: EntityManager, callId: string, mode: 'UPDATE' | 'SHARE'): Promise<LockedCall> {
    const locked = await lockCall(tx, callId, mode);
    if (!locked) throw callNotFound();
    return {
      ...locked,
      current: statusAt({ status: locked.status as CallStatus, deadline: new Date(locked.deadline) }, new Date(locked.now)),
    };
  }

  private async lockApplication(tx: EntityManager, id: string): Promise<Application> {
    const application = await tx.findOne(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw applicationNotFound();
    return application;
  }

  private scoreProblems(problems: ScoreProblem[], criteria: number): FieldProblems {
    const nl = this.ctx.locale === 'nl';
    const fields: FieldProblems = {};
    for (const problem of problems) {
      if (problem.at === null) {
        fields.scores = nl ? `Geef punten voor elk van de ${criteria} criteria.` : `Give points on each of the ${criteria} criteria.`;
        continue;
      }
      const path = `scores.${problem.at}`;
      switch (problem.reason) {
        case 'ABOVE_MAXIMUM':
          fields[`${path}.points`] = nl ? `Hoogstens ${problem.maxPoints} punten.` : `At most ${problem.maxPoints} points.`;
          break;
        case 'BELOW_ZERO':
        case 'NOT_WHOLE':
          fields[`${path}.points`] = nl ? 'Hele punten, 0 of meer.' : 'Whole points, 0 or more.';
          break;
        case 'UNKNOWN_CRITERION':
          fields[`${path}.criterionId`] = nl ? 'Geen criterium van deze oproep.' : 'Not a criterion of this call.';
          break;
        case 'TWICE':
          fields[`${path}.criterionId`] = nl ? 'Staat er dubbel in.' : 'Appears twice.';
          break;
      }
    }
    return fields;
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private audit(tx: EntityManager, viewer: Viewer, action: string, applicationId: string, organisationId: string, changedFields: string[]) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      { action, entity: 'Application', entityId: applicationId, organisationId, changedFields },
    );
  }

  private async reload(id: string): Promise<Application> {
    this.ctx.loaders.call.applicationById.clear(id);
    const application = await this.ctx.loaders.call.applicationById.load(id);
    if (!application) throw applicationNotFound();
    this.ctx.loaders.call.byId.clear(application.callId);
    this.ctx.loaders.call.awarded.clear(application.callId);
    return application;
  }
}

/** A closed call whose every application is decided (or withdrawn) is DECIDED. */
async function decideWhenDone(tx: Pick<EntityManager, 'query'>, callId: string): Promise<void> {
  await tx.query(
    `UPDATE call SET status = 'DECIDED', decided_at = now(), updated_at = now()
      WHERE id = $1 AND status = 'CLOSED'
        AND NOT EXISTS (SELECT 1 FROM call_application WHERE call_id = $1 AND status IN ('SUBMITTED','UNDER_REVIEW'))`,
    [callId],
  );
}
