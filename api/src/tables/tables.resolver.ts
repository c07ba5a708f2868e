import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import { Commitment, type CommitmentStatus, CommitmentStatusEnum } from '../commitment/commitment.entity.js';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Municipality, Theme } from '../reference/reference.entity.js';
import {
  ActionItem,
  type ActionStatus,
  ActionStatusEnum,
  AgendaItem,
  FollowUp,
  Invitation,
  JoinRequest,
  ParticipantSuggestion,
  RoundTable,
  type RsvpResponse,
  RsvpResponseEnum,
  Session,
  Slot,
  TableConnection,
} from './tables.entity.js';
import {
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
import { mayManageTable } from './tables.policy.js';
import { TablesService } from './tables.service.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

@Resolver(() => RoundTable)
export class TablesResolver {
  @Query(() => RoundTable, { nullable: true, description: 'One table (round-table, working group or work-session series). Public.' })
  table(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RoundTable> {
    return new TablesService(ctx).get(id);
  }

  @Query(() => TableConnection, { description: 'Tables, newest first, as a cursor connection: `first` 1–100 (default 20). Public.' })
  tables(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => TableFilter, { nullable: true }) filter?: TableFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<TableConnection> {
    return new TablesService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => RoundTable, { description: 'Creates a table; the caller organises it for `input.organiserId`.' })
  createTable(@Arg('input', () => TableInput) input: TableInput, @Ctx() ctx: Context): Promise<RoundTable> {
    return new TablesService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => [ParticipantSuggestion], {
    description:
      'A ranked, balanced suggestion of who should sit at the table: quotas per organisation kind (given here, and then kept for the table; else the ones kept, else the theme’s defaults), one seat per organisation, within capacity, each with its reasons.',
  })
  suggestParticipants(
    @Arg('tableId', () => ID) tableId: string,
    @Ctx() ctx: Context,
    @Arg('quotas', () => [QuotaInput], { nullable: true, description: 'The minimum per organisation kind.' }) quotas?: QuotaInput[] | null,
  ): Promise<ParticipantSuggestion[]> {
    return new TablesService(ctx).suggest(tableId, quotas);
  }

  @Authorized()
  @Mutation(() => [Invitation], {
    description:
      'Invites organisations (at most 200): one invitation per organisation, in the order given; one already invited keeps its answer (`alreadyInvited`).',
  })
  invite(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('organisationIds', () => [ID]) organisationIds: string[],
    @Ctx() ctx: Context,
  ): Promise<Invitation[]> {
    return new TablesService(ctx).invite(tableId, organisationIds);
  }

  @Authorized()
  @Mutation(() => Invitation, {
    description:
      'Answers an invitation. ACCEPTED takes a free place or joins the waitlist (`waitlisted`); giving up a place moves the first on the waitlist up.',
  })
  respondToInvitation(
    @Arg('invitationId', () => ID) invitationId: string,
    @Arg('response', () => RsvpResponseEnum) response: RsvpResponse,
    @Ctx() ctx: Context,
  ): Promise<Invitation> {
    return new TablesService(ctx).respond(invitationId, response);
  }

  @Authorized()
  @Mutation(() => [Slot], { description: 'Proposes dates (1–20, in the future) for the date poll; returns every slot, best first.' })
  proposeSlots(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('startsAt', () => [Date]) startsAt: Date[],
    @Ctx() ctx: Context,
  ): Promise<Slot[]> {
    return new TablesService(ctx).proposeSlots(tableId, startsAt);
  }

  @Authorized()
  @Mutation(() => [Slot], {
    description: 'Votes YES, MAYBE or NO per slot for invited organisations; returns every slot, ranked by YES then MAYBE.',
  })
  voteSlots(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('votes', () => [SlotVoteInput]) votes: SlotVoteInput[],
    @Ctx() ctx: Context,
  ): Promise<Slot[]> {
    return new TablesService(ctx).voteSlots(tableId, votes);
  }

  @Authorized()
  @Mutation(() => RoundTable, {
    description: 'Fixes a slot of the table: it becomes a session (two hours), and the participants are told.',
  })
  scheduleTable(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('slotId', () => ID) slotId: string,
    @Ctx() ctx: Context,
  ): Promise<RoundTable> {
    return new TablesService(ctx).schedule(tableId, slotId);
  }

  @Authorized()
  @Mutation(() => RoundTable, {
    description:
      'Closes the table (status CLOSED) once it is over: no more join requests, answers, votes, slots or sessions; agenda, minutes, commitments and action items stay open for the follow-up. Closing a closed table changes nothing.',
  })
  closeTable(@Arg('tableId', () => ID) tableId: string, @Ctx() ctx: Context): Promise<RoundTable> {
    return new TablesService(ctx).close(tableId);
  }

  @Authorized()
  @Mutation(() => [Session], { description: 'Creates the sessions of an RFC 5545 rule in Europe/Amsterdam time; returns them.' })
  scheduleSeries(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('input', () => SeriesInput) input: SeriesInput,
    @Ctx() ctx: Context,
  ): Promise<Session[]> {
    return new TablesService(ctx).scheduleSeries(tableId, input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Adds an item to the agenda of the table or of one of its sessions.' })
  addAgendaItem(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
    @Ctx() ctx: Context,
  ) {
    return new TablesService(ctx).addAgendaItem(tableId, input);
  }

  @Authorized()
  @Mutation(() => Commitment, { description: 'Records what a participating organisation pledges at the table (status PLEDGED).' })
  recordCommitment(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('input', () => CommitmentInput) input: CommitmentInput,
    @Ctx() ctx: Context,
  ) {
    return new TablesService(ctx).recordCommitment(tableId, input);
  }

  @Authorized()
  @Mutation(() => Commitment, { description: 'Moves a table commitment on: PLEDGED → CONFIRMED → DELIVERED, or WITHDRAWN.' })
  setCommitmentStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CommitmentStatusEnum) status: CommitmentStatus,
    @Ctx() ctx: Context,
  ): Promise<Commitment> {
    return new TablesService(ctx).setCommitmentStatus(id, status);
  }

  @Authorized()
  @Mutation(() => ActionItem, { description: 'Adds an action item for a participating organisation, due on a date.' })
  addActionItem(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('input', () => ActionItemInput) input: ActionItemInput,
    @Ctx() ctx: Context,
  ) {
    return new TablesService(ctx).addActionItem(tableId, input);
  }

  @Authorized()
  @Mutation(() => ActionItem, { description: 'Marks an action item DONE or CANCELLED (or OPEN again).' })
  setActionItemStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ActionStatusEnum) status: ActionStatus,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    return new TablesService(ctx).setActionItemStatus(id, status);
  }

  @Authorized()
  @Mutation(() => JoinRequest, {
    description: 'Asks to join a working group (with a motivation, before its deadline) or a work-session series (saying what is needed).',
  })
  requestToJoin(
    @Arg('tableId', () => ID) tableId: string,
    @Arg('input', () => JoinRequestInput) input: JoinRequestInput,
    @Ctx() ctx: Context,
  ) {
    return new TablesService(ctx).requestToJoin(tableId, input);
  }

  @Authorized()
  @Mutation(() => JoinRequest, { description: 'Accepts (a place at the table; CONFLICT when full) or declines a pending join request.' })
  decideJoinRequest(@Arg('id', () => ID) id: string, @Arg('accept', () => Boolean) accept: boolean, @Ctx() ctx: Context) {
    return new TablesService(ctx).decideJoinRequest(id, accept);
  }

  @Authorized()
  @Mutation(() => Session, {
    description: 'Moves or edits a session, or records its minutes; calendars keep the event (same UID, higher SEQUENCE).',
  })
  updateSession(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SessionInput) input: SessionInput,
    @Ctx() ctx: Context,
  ): Promise<Session> {
    return new TablesService(ctx).updateSession(id, input);
  }

  @Authorized()
  @Mutation(() => String, {
    description:
      "A secret calendar address (RFC 5545) with every session of the viewer's tables; making a new one revokes the earlier one.",
  })
  createCalendarToken(@Ctx() ctx: Context): Promise<string> {
    return new TablesService(ctx).createCalendarToken();
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Revokes the viewer's calendar address; false when there was none." })
  revokeCalendarToken(@Ctx() ctx: Context): Promise<boolean> {
    return new TablesService(ctx).revokeCalendarToken();
  }

  @FieldResolver(() => Theme)
  async theme(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Theme> {
    return (await ctx.loaders.reference.theme.load(table.themeSlug)) as Theme;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Municipality | null> | null {
    return table.municipalityCode ? ctx.loaders.reference.municipality.load(table.municipalityCode) : null;
  }

  @FieldResolver(() => Organisation)
  async organiser(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(table.organiserId)) as Organisation;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  coOrganiser(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return table.coOrganiserId ? ctx.loaders.organisation.byId.load(table.coOrganiserId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may manage it (an EDITOR or OWNER of an organiser, or an admin).' })
  viewerMayManage(@Root() table: RoundTable, @Ctx() ctx: Context): boolean {
    return mayManageTable(ctx.viewer, table);
  }

  @FieldResolver(() => [Invitation], {
    complexity: listOf(12),
    description: 'Accepted first, then the waitlist in order. Participants and admins only (empty for others).',
  })
  invitations(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Invitation[]> {
    return new TablesService(ctx).invitations(table);
  }

  @FieldResolver(() => Int, { description: 'Accepted organisations holding a place (not waitlisted). Public.' })
  async acceptedCount(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<number> {
    const all = await ctx.loaders.tables.invitationsOf.load(table.id);
    return all.filter((i) => i.response === 'ACCEPTED' && i.waitlistNumber === null).length;
  }

  @FieldResolver(() => [Slot], { complexity: listOf(5), description: 'The date poll, best first (most YES, then most MAYBE). Public.' })
  slots(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Slot[]> {
    return new TablesService(ctx).rankedSlots(table.id);
  }

  @FieldResolver(() => [Session], { complexity: listOf(6), description: 'Sessions, earliest first. Public.' })
  sessions(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Session[]> {
    return ctx.loaders.tables.sessionsOf.load(table.id);
  }

  @FieldResolver(() => [AgendaItem], { description: 'The agenda complexity: listOf(6), of the table and its sessions. Public.' })
  agenda(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.loaders.tables.agendaOf.load(table.id);
  }

  @FieldResolver(() => [Commitment], {
    description: 'What complexity: listOf(5), organisations pledged here. Participants and admins only (empty for others).',
  })
  async commitments(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<Commitment[]> {
    if (!(await new TablesService(ctx).maySeeParticipation(table))) return [];
    return ctx.loaders.commitment.byTable.load(table.id);
  }

  @FieldResolver(() => [ActionItem], {
    complexity: listOf(5),
    description: 'By due date. Participants and admins only (empty for others).',
  })
  async actionItems(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<ActionItem[]> {
    if (!(await new TablesService(ctx).maySeeParticipation(table))) return [];
    return ctx.loaders.tables.actionItemsOf.load(table.id);
  }

  @FieldResolver(() => [JoinRequest], {
    complexity: listOf(10),
    description: 'Every request for the organisers (needs side by side); the requester’s members see their own.',
  })
  joinRequests(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<JoinRequest[]> {
    return new TablesService(ctx).joinRequests(table);
  }

  @FieldResolver(() => FollowUp, {
    nullable: true,
    description: 'Actions past due and open, commitments not yet delivered. Participants and admins (null for others).',
  })
  async followUp(@Root() table: RoundTable, @Ctx() ctx: Context): Promise<FollowUp | null> {
    if (!(await new TablesService(ctx).maySeeParticipation(table))) return null;
    const [actions, commitments] = await Promise.all([
      ctx.loaders.tables.actionItemsOf.load(table.id),
      ctx.loaders.commitment.byTable.load(table.id),
    ]);
    return followUpOf(actions, commitments);
  }

  @FieldResolver(() => String, { description: 'The table’s sessions as an RFC 5545 calendar (`text/calendar`). Public.' })
  icsUrl(@Root() table: RoundTable, @Ctx() ctx: Context): string {
    return `${ctx.settings.tables.publicUrl.replace(/\/+$/, '')}/api/tables/${table.id}/calendar.ics`;
  }

  @FieldResolver(() => String, { description: 'The table in the web app (`/tafels/{id}`).' })
  url(@Root() table: RoundTable, @Ctx() ctx: Context): string {
    return new TablesService(ctx).url(table);
  }
}

/** Open actions (past due and not yet due) and undelivered commitments, as of today in Amsterdam. */
function followUpOf(actions: readonly ActionItem[], commitments: readonly Commitment[]): FollowUp {
  const day = today();
  const open = actions.filter((a) => a.status === 'OPEN');
  return {
    overdueActions: open.filter((a) => a.dueOn < day),
    openActions: open.filter((a) => a.dueOn >= day),
    openCommitmentIds: commitments.filter((c) => c.status === 'PLEDGED' || c.status === 'CONFIRMED').map((c) => c.id),
  };
}

@Resolver(() => Organisation)
export class OrganisationTablesResolver {
  @FieldResolver(() => FollowUp, {
    nullable: true,
    description:
      "The organisation's follow-up over every table: its actions past due and open, its commitments not yet delivered. Members and admins (null for others).",
  })
  async tableFollowUp(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<FollowUp | null> {
    if (!ctx.viewer || !(ctx.viewer.roles.has(organisation.id) || ctx.viewer.isAdmin)) return null;
    const [actions, commitments] = await Promise.all([
      ctx.loaders.tables.actionItemsOfOwner.load(organisation.id),
      ctx.loaders.commitment.tableCommitmentsOf.load(organisation.id),
    ]);
    return followUpOf(actions, commitments);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => [Commitment], { description: 'PLEDGED complexity: listOf(5), or CONFIRMED, not yet DELIVERED.' })
  async openCommitments(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<Commitment[]> {
    const rows = await ctx.loaders.commitment.byId.loadMany(followUp.openCommitmentIds);
    return rows.filter((r): r is Commitment => !!r && !(r instanceof Error));
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(invitation.organisationId)) as Organisation;
  }

  @FieldResolver(() => Boolean, { description: 'Accepted, waiting for a place.' })
  waitlisted(@Root() invitation: Invitation): boolean {
    return invitation.waitlistNumber !== null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'From `invite` only: it existed before (its answer is kept).' })
  alreadyInvited(@Root() invitation: Invitation): boolean | null {
    return invitation.alreadyInvited ?? null;
  }

  @FieldResolver(() => RoundTable)
  async table(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<RoundTable> {
    return (await ctx.loaders.tables.byId.load(invitation.tableId)) as RoundTable;
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The minutes; for the participants and admins (null for others).' })
  async minutes(@Root() session: Session, @Ctx() ctx: Context): Promise<string | null> {
    const table = await ctx.loaders.tables.byId.load(session.tableId);
    return table && (await new TablesService(ctx).maySeeParticipation(table)) ? session.minutes : null;
  }

  @FieldResolver(() => [AgendaItem], { complexity: listOf(5) })
  agenda(@Root() session: Session, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.loaders.tables.agendaOfSession.load(session.id);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => Organisation)
  async owner(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(item.ownerOrganisationId)) as Organisation;
  }
}

@Resolver(() => JoinRequest)
export class JoinRequestResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() request: JoinRequest, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(request.organisationId)) as Organisation;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who asked; null once their account is deleted.' })
  async person(@Root() request: JoinRequest, @Ctx() ctx: Context): Promise<Person | null> {
    if (!request.accountId) return null;
    const account = await ctx.loaders.account.byId.load(request.accountId);
    return account ? { id: account.id, name: account.name, email: account.email } : null;
  }
}

@Resolver(() => ParticipantSuggestion)
export class ParticipantSuggestionResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() suggestion: ParticipantSuggestion, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(suggestion.organisationId)) as Organisation;
  }
}
