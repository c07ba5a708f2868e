import { randomBytes } from 'node:crypto';
import { type CompositionReason, composeTable, defaultQuotas, expandSeries, type Quotas, rankSlots, tallySlots } from '@koppel/rules';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Commitment, CommitmentStatus } from '../commitment/commitment.entity.js';
import { lockTableCommitment, recordTableCommitment, setCommitmentStatus, TABLE_COMMITMENT_FLOW } from '../commitment/commitment.tables.js';
import type { Context } from '../core/context.js';
import { badUserInput, conflict, type FieldProblems, notFound, unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { listConnection, newest, SqlParams } from '../core/paging.js';
import { isAdmin } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';
import { municipalitiesInProvinces } from '../reference/places.js';
import {
  ActionItem,
  type ActionStatus,
  AgendaItem,
  Invitation,
  JoinRequest,
  type ParticipantSuggestion,
  RoundTable,
  type RsvpResponse,
  Session,
  Slot,
  TableConnection,
} from './tables.entity.js';
import {
  alreadyDecided,
  alreadyRequested,
  deadlinePassed,
  invitationNotFound,
  joinRequestNotFound,
  mayNotActFor,
  mayNotAnswerFor,
  mayNotCreateTable,
  mayNotOrganise,
  notForKind,
  tableClosed,
  tableFull,
  tableNotFound,
} from './tables.errors.js';
import type {
  ActionItemInput,
  AgendaItemInput,
  CommitmentInput,
  JoinRequestInput,
  QuotaInput,
  SeriesInput,
  SessionInput,
  SlotVoteInput,
  TableFilter,
  TableInput,
} from './tables.inputs.js';
import {
  enqueueInvitation,
  enqueueJoinDecision,
  enqueueSessions,
  enqueueWaitlistMove,
  tableUrl,
  withdrawReminders,
} from './tables.messages.js';
import { mayActFor, mayManageTable, maySeeParticipation, organisersOf } from './tables.policy.js';
import { explainReason } from './tables.reasons.js';
import { calendarTokenHash } from './tables.routes.js';

/** A scheduled slot becomes a session of this length. */
const SLOT_MINUTES = 120;
const MAX_SLOTS = 20;

export type RankedSlot = Slot;

/**
 * The use cases of round-tables. Every write runs in one transaction with its audit entry. Answers to
 * invitations and accepted join requests lock the table row `FOR UPDATE` first and count the accepted
 * places under that lock (see the migration), so the capacity holds across API processes.
 */
export class TablesService {
  constructor(private readonly ctx: Context) {}

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private problems(problems: FieldProblems): void {
    if (Object.keys(problems).length) throw badUserInput(problems);
  }

  private say(nl: string, en: string): string {
    return this.ctx.locale === 'nl' ? nl : en;
  }

  async get(id: string): Promise<RoundTable> {
    const table = await this.ctx.loaders.tables.byId.load(id);
    if (!table) throw tableNotFound();
    return table;
  }

  async invitedIds(tableId: string): Promise<string[]> {
    return (await this.ctx.loaders.tables.invitationsOf.load(tableId)).map((i) => i.organisationId);
  }

  async maySeeParticipation(table: RoundTable): Promise<boolean> {
    const { viewer } = this.ctx;
    if (!viewer) return false;
    if (isAdmin(viewer) || organisersOf(table).some((id) => viewer.roles.has(id))) return true;
    return maySeeParticipation(viewer, table, await this.invitedIds(table.id));
  }

  async list(
    filter: TableFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ) {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
    if (filter?.themes?.length) where.push(`t.theme = ANY(${params.add(filter.themes)}::text[])`);
    if (filter?.municipalityCodes?.length) where.push(`t.municipality_code = ANY(${params.add(filter.municipalityCodes)}::text[])`);
    if (filter?.provinceCodes?.length)
      where.push(`t.municipality_code = ANY(${municipalitiesInProvinces(params.add(filter.provinceCodes))})`);
    if (filter?.organisationId) {
      const org = params.add(filter.organisationId);
      where.push(
        `(t.organiser_id = ${org}::uuid OR t.co_organiser_id = ${org}::uuid OR EXISTS (SELECT 1 FROM table_invitation i WHERE i.table_id = t.id AND i.organisation_id = ${org}::uuid))`,
      );
    }
    const { connection, page } = await listConnection(this.ctx.db, TableConnection, {
      entity: RoundTable,
      alias: 't',
      where,
      params,
      order: newest('t'),
      first,
      after,
      locale: this.ctx.locale,
      info,
    });
    for (const table of page.rows) this.ctx.loaders.tables.byId.prime(table.id, table);
    return connection;
  }

  async create(input: TableInput): Promise<RoundTable> {
    const viewer = this.signedIn();
    const { loaders } = this.ctx;
    const problems: FieldProblems = {};
    const [organiser, coOrganiser] = await Promise.all([
      loaders.organisation.byId.load(input.organiserId),
      input.coOrganiserId ? loaders.organisation.byId.load(input.coOrganiserId) : Promise.resolve(null),
    ]);
    if (!organiser) problems.organiserId = this.say('Deze organisatie bestaat niet.', 'This organisation does not exist.');
    if (input.coOrganiserId && !coOrganiser)
      problems.coOrganiserId = this.say('Deze organisatie bestaat niet.', 'This organisation does not exist.');
    if (input.municipalityCode && !(await loaders.reference.municipality.load(input.municipalityCode)))
      problems.municipalityCode = this.say('Deze gemeente bestaat niet.', 'This municipality does not exist.');
    if (!(await loaders.reference.theme.load(input.theme))) problems.theme = this.say('Onbekend thema.', 'Unknown theme.');
    this.problems(problems);
    const organisers = [input.organiserId, ...(input.coOrganiserId ? [input.coOrganiserId] : [])];
    if (!organisers.some((id) => mayActFor(viewer, id)) && !isAdmin(viewer)) throw mayNotCreateTable();
    if (input.kind === 'LOCAL_TABLE') {
      const municipality = [organiser, coOrganiser].find((o) => o?.kind === 'MUNICIPALITY');
      if (!municipality)
        problems.organiserId = this.say(
          'Een lokale tafel wordt georganiseerd door een gemeente.',
          'A local table is organised by a municipality.',
        );
      else if (municipality.municipalityCode !== input.municipalityCode)
        problems.municipalityCode = this.say('Dit is niet de gemeente van de organisator.', "This is not the organiser's municipality.");
    }
    if (input.kind === 'WORKING_GROUP' && !input.applicationDeadline)
      problems.applicationDeadline = this.say('Een werkgroep heeft een aanmelddeadline.', 'A working group has an application deadline.');
    if (input.applicationDeadline && input.applicationDeadline.getTime() <= Date.now())
      problems.applicationDeadline = this.say('De deadline ligt in het verleden.', 'The deadline is in the past.');
    this.problems(problems);
    const id = await this.ctx.db.transaction(async (tx) => {
      const result = await tx.insert(RoundTable, {
        kind: input.kind,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        themeSlug: input.theme,
        municipalityCode: input.municipalityCode ?? null,
        organiserId: input.organiserId,
        coOrganiserId: input.coOrganiserId ?? null,
        capacity: input.capacity ?? null,
        applicationDeadline: input.applicationDeadline ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        online: input.online ?? false,
        location: input.location?.trim() || null,
        createdBy: viewer.accountId,
      });
      const tableId = result.identifiers[0]?.id as string;
      await this.audit(tx, 'table.create', 'table', tableId, input.organiserId, Object.keys(input));
      return tableId;
    });
    return this.reload(id);
  }

  private async reload(id: string): Promise<RoundTable> {
    this.ctx.loaders.tables.byId.clear(id);
    return this.get(id);
  }

  private audit(
    tx: EntityManager,
    action: string,
    entity: string,
    entityId: string,
    organisationId: string | null,
    changedFields: string[] = [],
  ) {
    return recordAudit(tx, this.ctx, { action, entity, entityId, organisationId, changedFields });
  }

  private async managed(tableId: string): Promise<RoundTable> {
    this.signedIn();
    const table = await this.get(tableId);
    if (!mayManageTable(this.ctx.viewer, table)) throw mayNotOrganise();
    return table;
  }

  /** A closed table takes no more planning or joining (its outcomes stay open for the follow-up). */
  private notClosed(table: RoundTable): void {
    if (table.status === 'CLOSED') throw tableClosed();
  }

  private async lockTable(tx: EntityManager, tableId: string): Promise<RoundTable> {
    const table = await tx.findOne(RoundTable, { where: { id: tableId }, lock: { mode: 'pessimistic_write' } });
    if (!table) throw tableNotFound();
    return table;
  }

  /** The ranked, balanced suggestion for the table (quotas: the organiser's, else the theme's defaults); saves given quotas. */
  async suggest(tableId: string, quotaInput: QuotaInput[] | null | undefined): Promise<ParticipantSuggestion[]> {
    const table = await this.managed(tableId);
    const { db, loaders } = this.ctx;
    const { table: place, pool } = await loaders.tables.compositionOf.load(table);
    const quotas: Quotas = quotaInput
      ? Object.fromEntries(quotaInput.map((q) => [q.kind, q.minimum]))
      : (table.quotas ?? defaultQuotas(table.themeSlug));
    if (quotaInput)
      await db.transaction(async (tx) => {
        await tx.update(RoundTable, { id: table.id }, { quotas: quotas as Record<string, number>, updatedAt: () => 'now()' });
        await this.audit(tx, 'table.quotas', 'table', table.id, table.organiserId, ['quotas']);
      });
    const composition = composeTable(
      place,
      pool.map((r) => r.candidate),
      quotas,
    );
    return composition.suggestions.map((s) => this.suggestion(s.id, s.kind, s.score, s.fillsQuota, s.reasons));
  }

  /**
   * The candidate pool behind `suggest` (the organisers and the best of each kind, with their theme and geography
   * points), for the organisers and admins: the web app composes from it while the quotas change. Empty for others.
   */
  async compositionCandidates(table: RoundTable): Promise<ParticipantSuggestion[]> {
    if (!mayManageTable(this.ctx.viewer, table)) return [];
    const { pool } = await this.ctx.loaders.tables.compositionOf.load(table);
    return pool.map((r) => this.suggestion(r.candidate.id, r.candidate.kind, r.score, false, r.reasons));
  }

  private suggestion(
    organisationId: string,
    kind: string,
    score: number,
    fillsQuota: boolean,
    reasons: readonly CompositionReason[],
  ): ParticipantSuggestion {
    return {
      organisationId,
      score,
      kind,
      fillsQuota,
      reasons: reasons.map((r) => ({
        criterion: r.criterion,
        points: r.points,
        maxPoints: r.maxPoints,
        explanation: explainReason(r, this.ctx.locale),
      })),
    };
  }

  /** Invites organisations; one already invited keeps its invitation (and answer). Every id must be an organisation. */
  async invite(tableId: string, organisationIds: string[]): Promise<(Invitation & { alreadyInvited: boolean })[]> {
    const table = await this.managed(tableId);
    this.notClosed(table);
    const problems: FieldProblems = {};
    if (!organisationIds.length)
      problems.organisationIds = this.say('Kies ten minste één organisatie.', 'Choose at least one organisation.');
    if (organisationIds.length > 200) problems.organisationIds = this.say('Hoogstens 200 tegelijk.', 'At most 200 at once.');
    this.problems(problems);
    const organisations = await this.ctx.loaders.organisation.byId.loadMany(organisationIds);
    const seen = new Set<string>();
    organisationIds.forEach((id, i) => {
      const organisation = organisations[i];
      if (!organisation || organisation instanceof Error)
        problems[`organisationIds.${i}`] = this.say('Deze organisatie bestaat niet.', 'This organisation does not exist.');
      else if (seen.has(id)) problems[`organisationIds.${i}`] = this.say('Staat er dubbel in.', 'Appears twice.');
      seen.add(id);
    });
    this.problems(problems);
    const publicUrl = this.ctx.settings.tables.publicUrl;
    const result = await this.ctx.db.transaction(async (tx) => {
      await this.lockTable(tx, table.id);
      const before = new Set(
        (
          (await tx.query('SELECT organisation_id FROM table_invitation WHERE table_id = $1', [table.id])) as { organisation_id: string }[]
        ).map((r) => r.organisation_id),
      );
      const fresh = organisationIds.filter((id) => !before.has(id));
      if (fresh.length) {
        await tx.insert(
          Invitation,
          fresh.map((organisationId) => ({ tableId: table.id, organisationId })),
        );
        for (const organisationId of fresh) {
          await this.audit(tx, 'table.invite', 'table_invitation', table.id, organisationId);
          await enqueueInvitation(tx, table, organisationId, publicUrl);
        }
      }
      const rows = await tx.find(Invitation, { where: organisationIds.map((organisationId) => ({ tableId: table.id, organisationId })) });
      const byOrg = new Map(rows.map((r) => [r.organisationId, r]));
      return organisationIds.map((id) => Object.assign(byOrg.get(id) as Invitation, { alreadyInvited: before.has(id) }));
    });
    this.ctx.loaders.tables.invitationsOf.clear(table.id);
    return result;
  }

  /**
   * An answer for an invited organisation. ACCEPTED takes a free place or, when the table is full, the
   * end of the waitlist; leaving a place (DECLINED, TENTATIVE) gives it to the first on the waitlist.
   */
  async respond(invitationId: string, response: RsvpResponse): Promise<Invitation> {
    const viewer = this.signedIn();
    const invitation = isUuid(invitationId) ? await this.ctx.loaders.tables.invitationById.load(invitationId) : null;
    if (!invitation) throw invitationNotFound();
    if (!mayActFor(viewer, invitation.organisationId)) {
      const table = await this.get(invitation.tableId);
      if (await this.maySeeParticipation(table)) throw mayNotAnswerFor();
      throw invitationNotFound();
    }
    const publicUrl = this.ctx.settings.tables.publicUrl;
    await this.ctx.db.transaction(async (tx) => {
      const table = await this.lockTable(tx, invitation.tableId);
      this.notClosed(table);
      const current = await tx.findOneOrFail(Invitation, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
      if (current.response === response) return;
      const heldPlace = current.response === 'ACCEPTED' && current.waitlistNumber === null;
      if (response === 'ACCEPTED') {
        const full = await this.isFull(tx, table);
        await tx.query(
          `UPDATE table_invitation SET response = 'ACCEPTED', responded_at = clock_timestamp(), responded_by = $2,
                  waitlist_number = CASE WHEN $3::boolean THEN nextval('table_waitlist_seq') END WHERE id = $1`,
          [invitationId, viewer.accountId, full],
        );
      } else {
        await tx.query(
          'UPDATE table_invitation SET response = $2, responded_at = clock_timestamp(), responded_by = $3, waitlist_number = NULL WHERE id = $1',
          [invitationId, response, viewer.accountId],
        );
        if (heldPlace) await this.moveUp(tx, table, publicUrl);
      }
      await this.audit(tx, 'table.respond', 'table_invitation', invitationId, current.organisationId, ['response']);
    });
    this.ctx.loaders.tables.invitationById.clear(invitationId);
    this.ctx.loaders.tables.invitationsOf.clear(invitation.tableId);
    return (await this.ctx.loaders.tables.invitationById.load(invitationId)) as Invitation;
  }

  private async isFull(tx: EntityManager, table: RoundTable): Promise<boolean> {
    if (table.capacity === null) return false;
    const [row] = await tx.query(
      "SELECT count(*)::int AS n FROM table_invitation WHERE table_id = $1 AND response = 'ACCEPTED' AND waitlist_number IS NULL",
      [table.id],
    );
    return row.n >= table.capacity;
  }

  /** Gives free places to the waitlist, lowest number first (under the table lock). */
  private async moveUp(tx: EntityManager, table: RoundTable, publicUrl: string): Promise<void> {
    while (!(await this.isFull(tx, table))) {
      // A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      const moved: { id: string; organisation_id: string; n: string }[] = await tx.query(
        `WITH w AS (SELECT id, waitlist_number AS n FROM table_invitation WHERE table_id = $1 AND waitlist_number IS NOT NULL
                     ORDER BY waitlist_number LIMIT 1),
              u AS (UPDATE table_invitation t SET waitlist_number = NULL FROM w WHERE t.id = w.id RETURNING t.id, t.organisation_id, w.n)
         SELECT id, organisation_id, n::text AS n FROM u`,
        [table.id],
      );
      const [first] = moved;
      if (!first) return;
      await this.audit(tx, 'table.waitlist-move', 'table_invitation', first.id, first.organisation_id, ['waitlisted']);
      await enqueueWaitlistMove(tx, table, first.n, first.organisation_id, publicUrl);
    }
  }

  async proposeSlots(tableId: string, startsAt: Date[]): Promise<RankedSlot[]> {
    const table = await this.managed(tableId);
    this.notClosed(table);
    const problems: FieldProblems = {};
    if (!startsAt.length) problems.startsAt = this.say('Stel ten minste één moment voor.', 'Propose at least one time.');
    if (startsAt.length > MAX_SLOTS) problems.startsAt = this.say(`Hoogstens ${MAX_SLOTS} tegelijk.`, `At most ${MAX_SLOTS} at once.`);
    const seen = new Set<number>();
    startsAt.forEach((at, i) => {
      if (at.getTime() <= Date.now()) problems[`startsAt.${i}`] = this.say('Dit moment ligt in het verleden.', 'This time is in the past.');
      else if (at.getUTCFullYear() > 2100) problems[`startsAt.${i}`] = this.say('Te ver in de toekomst.', 'Too far in the future.');
      else if (seen.has(at.getTime())) problems[`startsAt.${i}`] = this.say('Staat er dubbel in.', 'Appears twice.');
      seen.add(at.getTime());
    });
    this.problems(problems);
    await this.ctx.db.transaction(async (tx) => {
      await this.lockTable(tx, table.id);
      await tx.query(
        'INSERT INTO table_slot (table_id, starts_at) SELECT $1, unnest($2::timestamptz[]) ON CONFLICT (table_id, starts_at) DO NOTHING',
        [table.id, startsAt.map((d) => d.toISOString())],
      );
      await this.audit(tx, 'table.propose-slots', 'table', table.id, table.organiserId, ['slots']);
    });
    this.ctx.loaders.tables.slotsOf.clear(table.id);
    return this.rankedSlots(table.id);
  }

  async rankedSlots(tableId: string): Promise<RankedSlot[]> {
    const { slots, votes } = await this.ctx.loaders.tables.slotsOf.load(tableId);
    const bySlot = new Map(slots.map((s) => [s.id, s]));
    return rankSlots(tallySlots(slots, votes)).map((t) =>
      Object.assign(new Slot(), bySlot.get(t.id), { yes: t.yes, maybe: t.maybe, no: t.no }),
    );
  }

  /** Votes for invited organisations the caller edits; a later vote replaces the earlier one. */
  async voteSlots(tableId: string, votes: SlotVoteInput[]): Promise<RankedSlot[]> {
    const viewer = this.signedIn();
    const table = await this.get(tableId);
    this.notClosed(table);
    const problems: FieldProblems = {};
    if (!votes.length) problems.votes = this.say('Geen stemmen.', 'No votes.');
    if (votes.length > 200) problems.votes = this.say('Hoogstens 200 stemmen tegelijk.', 'At most 200 votes at once.');
    this.problems(problems);
    const { slots } = await this.ctx.loaders.tables.slotsOf.load(table.id);
    const slotIds = new Set(slots.map((s) => s.id));
    const invited = new Set(await this.invitedIds(table.id));
    const seen = new Set<string>();
    votes.forEach((v, i) => {
      if (!slotIds.has(v.slotId))
        problems[`votes.${i}.slotId`] = this.say('Dit is geen moment van deze tafel.', 'This is not a slot of this table.');
      else if (!invited.has(v.organisationId))
        problems[`votes.${i}.organisationId`] = this.say('Deze organisatie is niet uitgenodigd.', 'This organisation is not invited.');
      else if (seen.has(`${v.slotId}:${v.organisationId}`)) problems[`votes.${i}`] = this.say('Staat er dubbel in.', 'Appears twice.');
      seen.add(`${v.slotId}:${v.organisationId}`);
    });
    const notMine = votes.some((v) => !mayActFor(viewer, v.organisationId));
    if (notMine && !(await this.maySeeParticipation(table))) throw tableNotFound();
    if (notMine) throw mayNotAnswerFor();
    this.problems(problems);
    await this.ctx.db.transaction(async (tx) => {
      for (const v of votes)
        await tx.query(
          `INSERT INTO table_slot_vote (slot_id, organisation_id, vote, voted_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (slot_id, organisation_id) DO UPDATE SET vote = EXCLUDED.vote, voted_by = EXCLUDED.voted_by, updated_at = now()`,
          [v.slotId, v.organisationId, v.vote, viewer.accountId],
        );
      for (const organisationId of new Set(votes.map((v) => v.organisationId)))
        await this.audit(tx, 'table.vote', 'table', table.id, organisationId, ['votes']);
    });
    this.ctx.loaders.tables.slotsOf.clear(table.id);
    return this.rankedSlots(table.id);
  }

  /** Fixes a slot: it becomes a session (2 hours, at the table's location), and the participants hear of it. */
  async schedule(tableId: string, slotId: string): Promise<RoundTable> {
    const table = await this.managed(tableId);
    this.notClosed(table);
    const { slots } = await this.ctx.loaders.tables.slotsOf.load(table.id);
    const slot = slots.find((s) => s.id === slotId);
    if (!slot) throw badUserInput({ slotId: this.say('Dit is geen moment van deze tafel.', 'This is not a slot of this table.') });
    const publicUrl = this.ctx.settings.tables.publicUrl;
    await this.ctx.db.transaction(async (tx) => {
      const locked = await this.lockTable(tx, table.id);
      if (await tx.findOneBy(Session, { tableId: table.id, slotId })) return;
      const session = tx.create(Session, {
        tableId: table.id,
        slotId,
        startsAt: slot.startsAt,
        endsAt: new Date(slot.startsAt.getTime() + SLOT_MINUTES * 60_000),
        location: locked.location,
        joinUrl: null,
      });
      await tx.save(session);
      await tx.update(RoundTable, { id: table.id }, { status: 'SCHEDULED', updatedAt: () => 'now()' });
      await this.audit(tx, 'table.schedule', 'table_session', session.id, table.organiserId, ['startsAt']);
      await enqueueSessions(tx, locked, [session], publicUrl);
    });
    this.ctx.loaders.tables.sessionsOf.clear(table.id);
    return this.reload(table.id);
  }

  /** Closes the table once it is over (organisers): planning and joining end; the outcomes stay open for the follow-up. */
  async close(tableId: string): Promise<RoundTable> {
    const table = await this.managed(tableId);
    if (table.status !== 'CLOSED')
      await this.ctx.db.transaction(async (tx) => {
        const locked = await this.lockTable(tx, table.id);
        if (locked.status === 'CLOSED') return;
        await tx.update(RoundTable, { id: table.id }, { status: 'CLOSED', updatedAt: () => 'now()' });
        await this.audit(tx, 'table.close', 'table', table.id, table.organiserId, ['status']);
      });
    return this.reload(table.id);
  }

  /** A series from an RFC 5545 rule, in Amsterdam time; the participants hear of it. */
  async scheduleSeries(tableId: string, input: SeriesInput): Promise<Session[]> {
    const table = await this.managed(tableId);
    this.notClosed(table);
    const problems: FieldProblems = {};
    if (input.firstStartsAt.getTime() <= Date.now())
      problems.firstStartsAt = this.say('De eerste sessie ligt in het verleden.', 'The first session is in the past.');
    else if (input.firstStartsAt.getUTCFullYear() > 2100)
      problems.firstStartsAt = this.say('Te ver in de toekomst.', 'Too far in the future.');
    this.problems(problems);
    const series = expandSeries({ firstStartsAt: input.firstStartsAt, durationMinutes: input.durationMinutes, rrule: input.rrule });
    if (series.problem) {
      const why = {
        INVALID_RULE: ['Geen geldige RFC 5545-regel.', 'Not a valid RFC 5545 rule.'],
        UNBOUNDED: ['Geef COUNT of UNTIL.', 'Give COUNT or UNTIL.'],
        TOO_MANY: ['Hoogstens 100 sessies.', 'At most 100 sessions.'],
        NO_SESSIONS: ['Deze regel geeft geen enkele sessie.', 'This rule gives no session.'],
        NOT_ALLOWED_PART: ['Alleen de RRULE zelf (DTSTART komt uit firstStartsAt).', 'The RRULE only (DTSTART comes from firstStartsAt).'],
      }[series.problem] as [string, string];
      throw badUserInput({ rrule: this.say(...why) });
    }
    const publicUrl = this.ctx.settings.tables.publicUrl;
    const ids = await this.ctx.db.transaction(async (tx) => {
      const locked = await this.lockTable(tx, table.id);
      const sessions = series.sessions.map((s) =>
        tx.create(Session, {
          tableId: table.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          location: input.location?.trim() || locked.location,
          joinUrl: input.joinUrl ?? null,
        }),
      );
      await tx.save(sessions);
      await tx.update(RoundTable, { id: table.id }, { status: 'SCHEDULED', updatedAt: () => 'now()' });
      await this.audit(tx, 'table.schedule-series', 'table', table.id, table.organiserId, ['sessions']);
      await enqueueSessions(tx, locked, sessions, publicUrl);
      return sessions.map((s) => s.id);
    });
    this.ctx.loaders.tables.sessionsOf.clear(table.id);
    const all = await this.ctx.loaders.tables.sessionsOf.load(table.id);
    return all.filter((s) => ids.includes(s.id));
  }

  async addAgendaItem(tableId: string, input: AgendaItemInput): Promise<AgendaItem> {
    const table = await this.managed(tableId);
    if (input.sessionId) {
      const sessions = await this.ctx.loaders.tables.sessionsOf.load(table.id);
      if (!sessions.some((s) => s.id === input.sessionId))
        throw badUserInput({ sessionId: this.say('Dit is geen sessie van deze tafel.', 'This is not a session of this table.') });
    }
    const id = await this.ctx.db.transaction(async (tx) => {
      const result = await tx.insert(AgendaItem, {
        tableId: table.id,
        sessionId: input.sessionId ?? null,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        durationMinutes: input.durationMinutes ?? null,
      });
      const itemId = result.identifiers[0]?.id as string;
      await this.audit(tx, 'table.agenda-item', 'table_agenda_item', itemId, table.organiserId, Object.keys(input));
      return itemId;
    });
    this.ctx.loaders.tables.agendaOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(AgendaItem, { id })) as AgendaItem;
  }

  /** Organisations taking part: the organisers and the invited ones that accepted (not waitlisted) or are tentative. */
  private async participants(table: RoundTable): Promise<Set<string>> {
    const invitations = await this.ctx.loaders.tables.invitationsOf.load(table.id);
    return new Set([
      ...organisersOf(table),
      ...invitations
        .filter((i) => i.response === 'TENTATIVE' || (i.response === 'ACCEPTED' && i.waitlistNumber === null))
        .map((i) => i.organisationId),
    ]);
  }

  async recordCommitment(tableId: string, input: CommitmentInput): Promise<Commitment> {
    const viewer = this.signedIn();
    const table = await this.get(tableId);
    if (!mayActFor(viewer, input.organisationId)) {
      if (!(await this.maySeeParticipation(table))) throw tableNotFound();
      throw mayNotActFor();
    }
    const problems: FieldProblems = {};
    if (!(await this.participants(table)).has(input.organisationId))
      problems.organisationId = this.say(
        'Deze organisatie doet niet mee aan deze tafel.',
        'This organisation does not take part in this table.',
      );
    if (input.initiativeId) {
      const initiative = await this.ctx.loaders.initiative.byId.load(input.initiativeId);
      if (!initiative || initiative.status === 'DRAFT')
        problems.initiativeId = this.say('Dit initiatief bestaat niet.', 'This initiative does not exist.');
    }
    this.problems(problems);
    const commitment = await this.ctx.db.transaction(async (tx) => {
      await this.lockTable(tx, table.id);
      const row = await recordTableCommitment(tx, {
        tableId: table.id,
        organisationId: input.organisationId,
        initiativeId: input.initiativeId ?? null,
        kind: input.kind,
        amount: input.amount ?? null,
        quantity: input.quantity ?? null,
        description: input.description?.trim() ?? '',
      });
      await this.audit(tx, 'table.commitment', 'commitment', row.id, input.organisationId, Object.keys(input));
      return row;
    });
    this.ctx.loaders.commitment.byTable.clear(table.id);
    return commitment;
  }

  /** PLEDGED → CONFIRMED → DELIVERED, or WITHDRAWN: the committing organisation's EDITORs and OWNERs, or the organisers. */
  async setCommitmentStatus(commitmentId: string, status: CommitmentStatus): Promise<Commitment> {
    const viewer = this.signedIn();
    const existing = isUuid(commitmentId) ? await this.ctx.loaders.commitment.byId.load(commitmentId) : null;
    if (!existing?.tableId) throw notFoundCommitment();
    const table = await this.get(existing.tableId);
    if (!mayActFor(viewer, existing.organisationId) && !mayManageTable(viewer, table)) {
      if (!(await this.maySeeParticipation(table))) throw notFoundCommitment();
      throw mayNotActFor();
    }
    if (!(status in TABLE_COMMITMENT_FLOW))
      throw badUserInput({ status: this.say('Geen status van een tafeltoezegging.', 'Not a status of a table commitment.') });
    await this.ctx.db.transaction(async (tx) => {
      const locked = await lockTableCommitment(tx, commitmentId);
      if (!locked) throw notFoundCommitment();
      if (locked.status === status) return;
      if (!TABLE_COMMITMENT_FLOW[locked.status]?.includes(status))
        throw conflict({ nl: `Van ${locked.status} kan niet naar ${status}.`, en: `${locked.status} cannot become ${status}.` });
      await setCommitmentStatus(tx, commitmentId, status);
      await this.audit(tx, 'table.commitment-status', 'commitment', commitmentId, locked.organisationId, ['status']);
    });
    this.ctx.loaders.commitment.byId.clear(commitmentId);
    this.ctx.loaders.commitment.byTable.clear(table.id);
    return (await this.ctx.loaders.commitment.byId.load(commitmentId)) as Commitment;
  }

  async addActionItem(tableId: string, input: ActionItemInput): Promise<ActionItem> {
    const table = await this.managed(tableId);
    if (!(await this.participants(table)).has(input.ownerOrganisationId))
      throw badUserInput({
        ownerOrganisationId: this.say(
          'Deze organisatie doet niet mee aan deze tafel.',
          'This organisation does not take part in this table.',
        ),
      });
    const id = await this.ctx.db.transaction(async (tx) => {
      const result = await tx.insert(ActionItem, {
        tableId: table.id,
        title: input.title.trim(),
        ownerOrganisationId: input.ownerOrganisationId,
        dueOn: input.dueOn,
      });
      const itemId = result.identifiers[0]?.id as string;
      await this.audit(tx, 'table.action-item', 'table_action_item', itemId, input.ownerOrganisationId, Object.keys(input));
      return itemId;
    });
    this.ctx.loaders.tables.actionItemsOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(ActionItem, { id })) as ActionItem;
  }

  /** OPEN → DONE or CANCELLED (and back to OPEN): the owner organisation's EDITORs and OWNERs, or the organisers. */
  async setActionItemStatus(id: string, status: ActionStatus): Promise<ActionItem> {
    const viewer = this.signedIn();
    const item = isUuid(id) ? await this.ctx.db.manager.findOneBy(ActionItem, { id }) : null;
    if (!item) throw actionItemNotFound();
    const table = await this.get(item.tableId);
    if (!mayActFor(viewer, item.ownerOrganisationId) && !mayManageTable(viewer, table)) {
      if (await this.maySeeParticipation(table)) throw mayNotActFor();
      throw actionItemNotFound();
    }
    if (item.status !== status)
      await this.ctx.db.transaction(async (tx) => {
        await tx.update(ActionItem, { id }, { status, updatedAt: () => 'now()' });
        await this.audit(tx, 'table.action-item-status', 'table_action_item', id, item.ownerOrganisationId, ['status']);
      });
    this.ctx.loaders.tables.actionItemsOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(ActionItem, { id })) as ActionItem;
  }

  /** Working groups (before the deadline) and work-session series: a request to take part, with motivation and needs. */
  async requestToJoin(tableId: string, input: JoinRequestInput): Promise<JoinRequest> {
    const viewer = this.signedIn();
    const table = await this.get(tableId);
    this.notClosed(table);
    if (!mayActFor(viewer, input.organisationId)) throw mayNotActFor();
    if (!(await this.ctx.loaders.organisation.byId.load(input.organisationId)))
      throw badUserInput({ organisationId: this.say('Deze organisatie bestaat niet.', 'This organisation does not exist.') });
    if (table.kind === 'LOCAL_TABLE') throw notForKind(table.kind);
    if (table.kind === 'WORKING_GROUP' && !input.motivation?.trim())
      throw badUserInput({ motivation: this.say('Schrijf kort waarom u mee wilt doen.', 'Say briefly why you want to join.') });
    if (organisersOf(table).includes(input.organisationId)) throw alreadyRequested();
    const id = await this.ctx.db.transaction(async (tx) => {
      await this.lockTable(tx, table.id);
      const [{ late }] = await tx.query('SELECT ($1::timestamptz IS NOT NULL AND $1::timestamptz <= now()) AS late', [
        table.applicationDeadline,
      ]);
      if (late) throw deadlinePassed();
      const [open] = await tx.query(
        "SELECT 1 FROM table_join_request WHERE table_id = $1 AND organisation_id = $2 AND status IN ('PENDING','ACCEPTED')",
        [table.id, input.organisationId],
      );
      if (open) throw alreadyRequested();
      const result = await tx.insert(JoinRequest, {
        tableId: table.id,
        organisationId: input.organisationId,
        accountId: viewer.accountId,
        motivation: input.motivation?.trim() ?? '',
        needs: input.needs?.trim() ?? '',
      });
      const requestId = result.identifiers[0]?.id as string;
      await this.audit(tx, 'table.join-request', 'table_join_request', requestId, input.organisationId, Object.keys(input));
      return requestId;
    });
    this.ctx.loaders.tables.joinRequestsOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(JoinRequest, { id })) as JoinRequest;
  }

  /** Accepting gives the organisation a place (CONFLICT when the table is full); either way the requester hears of it. */
  async decideJoinRequest(id: string, accept: boolean): Promise<JoinRequest> {
    this.signedIn();
    const request = isUuid(id) ? await this.ctx.db.manager.findOneBy(JoinRequest, { id }) : null;
    if (!request) throw joinRequestNotFound();
    const table = await this.get(request.tableId);
    if (!mayManageTable(this.ctx.viewer, table)) {
      if (this.ctx.viewer && mayActFor(this.ctx.viewer, request.organisationId)) throw mayNotOrganise();
      throw joinRequestNotFound();
    }
    const publicUrl = this.ctx.settings.tables.publicUrl;
    await this.ctx.db.transaction(async (tx) => {
      const locked = await this.lockTable(tx, table.id);
      const current = await tx.findOneOrFail(JoinRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current.status !== 'PENDING') throw alreadyDecided(current.status);
      if (accept) {
        const [invitation] = await tx.query(
          'SELECT response, waitlist_number FROM table_invitation WHERE table_id = $1 AND organisation_id = $2',
          [table.id, current.organisationId],
        );
        const holds = invitation?.response === 'ACCEPTED' && invitation.waitlist_number === null;
        if (!holds && (await this.isFull(tx, locked))) throw tableFull();
        await tx.query(
          `INSERT INTO table_invitation (table_id, organisation_id, response, responded_at, responded_by) VALUES ($1, $2, 'ACCEPTED', now(), $3)
           ON CONFLICT (table_id, organisation_id) DO UPDATE SET response = 'ACCEPTED', waitlist_number = NULL, responded_at = now(), responded_by = $3`,
          [table.id, current.organisationId, this.ctx.viewer?.accountId],
        );
      }
      await tx.query('UPDATE table_join_request SET status = $2, decided_at = now() WHERE id = $1', [id, accept ? 'ACCEPTED' : 'DECLINED']);
      await this.audit(tx, accept ? 'table.join-accept' : 'table.join-decline', 'table_join_request', id, current.organisationId, [
        'status',
      ]);
      await enqueueJoinDecision(tx, locked, current, accept, publicUrl);
    });
    this.ctx.loaders.tables.joinRequestsOf.clear(table.id);
    this.ctx.loaders.tables.invitationsOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(JoinRequest, { id })) as JoinRequest;
  }

  /** Moves or edits a session, or records its minutes; the calendar keeps its UID and raises its SEQUENCE. */
  async updateSession(sessionId: string, input: SessionInput): Promise<Session> {
    this.signedIn();
    const session = isUuid(sessionId) ? await this.ctx.db.manager.findOneBy(Session, { id: sessionId }) : null;
    if (!session) throw sessionNotFound();
    const table = await this.get(session.tableId);
    if (!mayManageTable(this.ctx.viewer, table)) {
      if (await this.maySeeParticipation(table)) throw mayNotOrganise();
      throw sessionNotFound();
    }
    const startsAt = input.startsAt ?? session.startsAt;
    const endsAt =
      input.endsAt ??
      (input.startsAt ? new Date(session.endsAt.getTime() + (input.startsAt.getTime() - session.startsAt.getTime())) : session.endsAt);
    if (endsAt.getTime() <= startsAt.getTime())
      throw badUserInput({ endsAt: this.say('Het einde ligt vóór het begin.', 'The end is before the start.') });
    if (input.startsAt && input.startsAt.getTime() <= Date.now())
      throw badUserInput({ startsAt: this.say('Dit moment ligt in het verleden.', 'This time is in the past.') });
    const calendarChange = input.startsAt != null || input.endsAt != null || input.location !== undefined || input.joinUrl !== undefined;
    await this.ctx.db.transaction(async (tx) => {
      await this.lockTable(tx, table.id);
      await tx.update(
        Session,
        { id: sessionId },
        {
          startsAt,
          endsAt,
          ...(input.location !== undefined ? { location: input.location?.trim() || null } : {}),
          ...(input.joinUrl !== undefined ? { joinUrl: input.joinUrl ?? null } : {}),
          ...(input.minutes != null ? { minutes: input.minutes.trim() } : {}),
          ...(calendarChange ? { sequence: () => 'sequence + 1' } : {}),
          updatedAt: () => 'now()',
        },
      );
      await this.audit(tx, 'table.session-update', 'table_session', sessionId, table.organiserId, Object.keys(input));
      if (calendarChange) {
        await withdrawReminders(tx, sessionId);
        const locked = await tx.findOneByOrFail(RoundTable, { id: table.id });
        const updated = await tx.findOneByOrFail(Session, { id: sessionId });
        await enqueueSessions(tx, locked, [updated], this.ctx.settings.tables.publicUrl);
      }
    });
    this.ctx.loaders.tables.sessionsOf.clear(table.id);
    return (await this.ctx.db.manager.findOneByOrFail(Session, { id: sessionId })) as Session;
  }

  /** A new secret address for the viewer's personal calendar; any earlier one stops working. */
  async createCalendarToken(): Promise<string> {
    const viewer = this.signedIn();
    const token = randomBytes(32).toString('base64url');
    await this.ctx.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO calendar_token (account_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
        [viewer.accountId, calendarTokenHash(token)],
      );
      await this.audit(tx, 'calendar-token.create', 'calendar_token', viewer.accountId, null);
    });
    return `${this.ctx.settings.tables.publicUrl.replace(/\/+$/, '')}/api/calendar/${token}.ics`;
  }

  async revokeCalendarToken(): Promise<boolean> {
    const viewer = this.signedIn();
    return this.ctx.db.transaction(async (tx) => {
      const rows: unknown[] = await tx.query('DELETE FROM calendar_token WHERE account_id = $1 RETURNING account_id', [viewer.accountId]);
      const removed = (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length > 0;
      if (removed) await this.audit(tx, 'calendar-token.revoke', 'calendar_token', viewer.accountId, null);
      return removed;
    });
  }

  /** Participation: the organisers and invited organisations see the invitations of the table. */
  async invitations(table: RoundTable): Promise<Invitation[]> {
    if (!(await this.maySeeParticipation(table))) return [];
    return this.ctx.loaders.tables.invitationsOf.load(table.id);
  }

  /** Join requests: the organisers see them all; a requester's members see their own. */
  async joinRequests(table: RoundTable): Promise<JoinRequest[]> {
    const { viewer } = this.ctx;
    if (!viewer) return [];
    const all = await this.ctx.loaders.tables.joinRequestsOf.load(table.id);
    if (mayManageTable(viewer, table) || organisersOf(table).some((id) => viewer.roles.has(id))) return all;
    return all.filter((r) => viewer.roles.has(r.organisationId));
  }

  url(table: RoundTable): string {
    return tableUrl(this.ctx.settings.tables.publicUrl, table.id);
  }
}

const notFoundCommitment = () => notFound({ nl: 'Deze toezegging', en: 'This commitment' });
const sessionNotFound = () => notFound({ nl: 'Deze sessie', en: 'This session' });
const actionItemNotFound = () => notFound({ nl: 'Deze actie', en: 'This action item' });
