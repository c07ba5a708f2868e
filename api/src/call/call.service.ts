import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { accountIdByEmail } from '../account/account.query.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, type FieldProblems, unauthenticated } from '../core/errors.js';
import { cleanText } from '../core/input-rules.js';
import { decodeCursor, listConnection, newest, pageSize, SqlParams, toConnection } from '../core/paging.js';
import { isAdmin } from '../core/policy.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { budgetsAvailable } from '../fund-profile/fund-profile.query.js';
import { unknownPlaces } from '../reference/places.js';
import { type Application, ApplicationConnection, Call, CallConnection, CallFunder, Criterion } from './call.entity.js';
import { callNotFound, callNotInStatus, mayNotCreateCall, mayNotManageCall } from './call.errors.js';
import type { CallFilter, CallInput } from './call.inputs.js';
import { RANKED } from './call.loaders.js';
import { mayCreateCallFor, mayManageCall, maySeeAllApplications, mayViewCall, statusAt } from './call.policy.js';
import { callConditions, lockCall } from './call.query.js';

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export class CallService {
  constructor(private readonly ctx: Context) {}

  /** A draft of funds the viewer does not belong to does not exist for them: NOT_FOUND. */
  async get(id: string): Promise<Call> {
    const call = await this.ctx.loaders.call.byId.load(id);
    if (!call || !mayViewCall(this.ctx.viewer, call, await this.fundIds(call.id))) throw callNotFound();
    return call;
  }

  async fundIds(callId: string): Promise<string[]> {
    return (await this.ctx.loaders.call.fundersOf.load(callId)).map((f) => f.fundId);
  }

  async list(
    filter: CallFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<CallConnection> {
    const { db, locale, viewer } = this.ctx;
    const params = new SqlParams();
    const scope = isAdmin(viewer) ? ({ all: true } as const) : { all: false as const, memberOf: viewer ? [...viewer.roles.keys()] : [] };
    const where = callConditions(filter, scope, params);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) where.push(matches('c', tsquery));
    const { connection, page } = await listConnection(db, CallConnection, {
      entity: Call,
      alias: 'c',
      where,
      params,
      order: tsquery ? relevance('c', tsquery) : newest('c'),
      first,
      after,
      locale,
      info,
    });
    for (const call of page.rows) this.ctx.loaders.call.byId.prime(call.id, call);
    return connection;
  }

  /** `Call.applications`: every one for funders, reviewers and admins; the viewer's own organisations' ones for anyone else. */
  async applications(call: Call, first: number | null | undefined, after: string | null | undefined): Promise<ApplicationConnection> {
    const { locale, loaders, viewer } = this.ctx;
    const size = pageSize(first, locale);
    const cursor = decodeCursor(after, RANKED, locale);
    if (!viewer)
      return toConnection<Application, ApplicationConnection>(
        ApplicationConnection,
        { rows: [], hasNextPage: false, cursorOf: () => '' },
        Promise.resolve(0),
      );
    const [fundIds, reviewing] = await Promise.all([this.fundIds(call.id), loaders.call.viewerReviews.load(call.id)]);
    const all = maySeeAllApplications(viewer, fundIds, reviewing);
    const page = await loaders.call.applicationsOf.load({ callId: call.id, first: size, after: cursor, all });
    for (const application of page.rows) loaders.call.applicationById.prime(application.id, application);
    return toConnection(ApplicationConnection, page, async () => page.total);
  }

  /** Creates a DRAFT. Every funder is a fund with a profile that has its share available, and the caller edits each. */
  async create(input: CallInput): Promise<Call> {
    const viewer = this.signedIn();
    const { locale } = this.ctx;
    const fundIds = input.funders.map((f) => f.fundId);
    const organisations = await this.ctx.loaders.organisation.byId.loadMany(fundIds);
    const problems: FieldProblems = {};
    organisations.forEach((organisation, index) => {
      if (!organisation || organisation instanceof Error || organisation.kind !== 'FUND')
        problems[`funders.${index}.fundId`] = locale === 'nl' ? 'Dit is geen fonds.' : 'This is not a fund.';
    });
    if (Object.keys(problems).length) throw badUserInput(problems);
    if (!mayCreateCallFor(viewer, fundIds)) throw mayNotCreateCall();
    const available = await budgetsAvailable(this.ctx.db, fundIds);
    input.funders.forEach((funder, index) => {
      const budget = available.get(funder.fundId);
      if (budget === undefined)
        problems[`funders.${index}.fundId`] =
          locale === 'nl' ? 'Dit fonds heeft nog geen fondsprofiel.' : 'This fund has no fund profile yet.';
      else if (budget < funder.amount)
        problems[`funders.${index}.amount`] =
          locale === 'nl'
            ? `Meer dan het beschikbare budget van het fonds (€ ${budget}).`
            : `More than the fund's budget available (€ ${budget}).`;
    });
    Object.assign(
      problems,
      await unknownPlaces(this.ctx, {
        municipalities: { municipalityCodes: input.municipalityCodes },
        provinces: { provinceCodes: input.provinceCodes },
      }),
    );
    const deadlineDay = AMSTERDAM_DAY.format(input.deadline);
    if (input.deadline.getTime() <= Date.now())
      problems.deadline = locale === 'nl' ? 'De deadline ligt in het verleden.' : 'The deadline is in the past.';
    else if (deadlineDay < input.opensOn)
      problems.deadline = locale === 'nl' ? 'De deadline ligt vóór de openingsdag.' : 'The deadline is before the opening day.';
    if (Object.keys(problems).length) throw badUserInput(problems);

    const id = await this.ctx.db.transaction(async (tx) => {
      const call = await tx.save(
        tx.create(Call, {
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          status: 'DRAFT',
          themes: [...input.themes],
          municipalityCodes: [...(input.municipalityCodes ?? [])],
          provinceCodes: [...(input.provinceCodes ?? [])],
          national: input.national ?? false,
          minGrant: input.minGrant,
          maxGrant: input.maxGrant,
          places: input.places,
          opensOn: input.opensOn,
          deadline: input.deadline,
          questions: (input.questions ?? []).map((q) => q.trim()),
        }),
      );
      await tx.insert(
        CallFunder,
        input.funders.map((f, position) => ({ callId: call.id, fundId: f.fundId, amount: f.amount, position })),
      );
      await tx.insert(
        Criterion,
        input.rubric.map((c, position) => ({
          callId: call.id,
          position,
          title: c.title.trim(),
          description: cleanText(c.description) ?? '',
          maxPoints: c.maxPoints,
        })),
      );
      await this.audit(tx, viewer, 'createCall', call.id, fundIds[0] ?? null, ['title', 'funders', 'rubric', 'places', 'deadline']);
      return call.id;
    });
    return this.reload(id);
  }

  /** DRAFT → OPEN: public from now on, accepting applications from `opensOn` until the deadline. */
  open(id: string): Promise<Call> {
    return this.transition(id, 'openCall', async (tx, call) => {
      if (call.status !== 'DRAFT')
        throw callNotInStatus(call.status, { nl: 'alleen een concept kan open.', en: 'only a draft can be opened.' });
      if (call.deadline.getTime() <= call.now.getTime())
        throw callNotInStatus(call.status, { nl: 'de deadline is al voorbij.', en: 'its deadline has passed already.' });
      await tx.query(`UPDATE call SET status = 'OPEN', opened_at = now(), updated_at = now() WHERE id = $1`, [id]);
      return ['status'];
    });
  }

  /** OPEN → CLOSED (also before the deadline): no more applications; what was submitted goes under review. */
  close(id: string): Promise<Call> {
    return this.transition(id, 'closeCall', async (tx, call) => {
      // Past its deadline an OPEN call is CLOSED already; closing it writes that down.
      if (call.stored === 'CLOSED') return [];
      if (call.stored !== 'OPEN')
        throw callNotInStatus(call.status, { nl: 'alleen een open oproep kan sluiten.', en: 'only an open call can be closed.' });
      await closeCallRow(tx, id);
      return ['status'];
    });
  }

  /** Names an account (by e-mail address) reviewer of the call. Naming one twice changes nothing. */
  async addReviewer(callId: string, email: string): Promise<Call> {
    const viewer = this.signedIn();
    const call = await this.get(callId);
    const fundIds = await this.fundIds(call.id);
    if (!mayManageCall(viewer, fundIds)) throw mayNotManageCall();
    const accountId = await accountIdByEmail(this.ctx.db, email.trim());
    if (!accountId)
      throw badUserInput({
        email: this.ctx.locale === 'nl' ? 'Er is geen account met dit e-mailadres.' : 'There is no account with this e-mail address.',
      });
    await this.ctx.db.transaction(async (tx) => {
      const added: unknown[] = await tx.query(
        'INSERT INTO call_reviewer (call_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING account_id',
        [callId, accountId],
      );
      if (added.length) await this.audit(tx, viewer, 'addReviewer', callId, fundIds[0] ?? null, ['reviewers']);
    });
    this.ctx.loaders.call.reviewersOf.clear(callId);
    return call;
  }

  /** Status changes of a call: managed by its funders, under the call's lock. */
  private async transition(
    id: string,
    action: string,
    change: (tx: EntityManager, call: Call & { now: Date; stored: Call['status'] }) => Promise<string[]>,
  ): Promise<Call> {
    const viewer = this.signedIn();
    const call = await this.get(id);
    const fundIds = await this.fundIds(call.id);
    if (!mayManageCall(viewer, fundIds)) throw mayNotManageCall();
    await this.ctx.db.transaction(async (tx) => {
      const locked = await lockCall(tx, id, 'UPDATE');
      if (!locked) throw callNotFound();
      const current = {
        ...call,
        status: statusAt({ status: locked.status as Call['status'], deadline: new Date(locked.deadline) }, new Date(locked.now)),
        deadline: new Date(locked.deadline),
        now: new Date(locked.now),
        stored: locked.status as Call['status'],
      };
      const changed = await change(tx, current);
      if (changed.length) await this.audit(tx, viewer, action, id, fundIds[0] ?? null, changed);
    });
    return this.reload(id);
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private audit(tx: EntityManager, viewer: Viewer, action: string, callId: string, organisationId: string | null, changedFields: string[]) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      { action, entity: 'Call', entityId: callId, organisationId, changedFields },
    );
  }

  private async reload(id: string): Promise<Call> {
    this.ctx.loaders.call.byId.clear(id);
    this.ctx.loaders.call.fundersOf.clear(id);
    this.ctx.loaders.call.awarded.clear(id);
    return this.get(id);
  }
}

/** Closes the call's row (the caller holds its lock): submitted applications go under review. */
export async function closeCallRow(tx: Pick<EntityManager, 'query'>, callId: string): Promise<void> {
  await tx.query(`UPDATE call SET status = 'CLOSED', closed_at = coalesce(closed_at, now()), updated_at = now() WHERE id = $1`, [callId]);
  await tx.query(`UPDATE call_application SET status = 'UNDER_REVIEW', updated_at = now() WHERE call_id = $1 AND status = 'SUBMITTED'`, [
    callId,
  ]);
}
