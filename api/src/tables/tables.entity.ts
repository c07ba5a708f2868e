import type { ThemeSlug } from '@koppel/reference-data';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { listOf } from '../core/complexity.js';
import { ConnectionType } from '../core/paging.js';
import { DateScalar } from '../core/scalars.js';
import { OrganisationKindEnum } from '../organisation/organisation.entity.js';

const enumOf = <const T extends readonly string[]>(values: T) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const TABLE_KINDS = ['LOCAL_TABLE', 'WORKING_GROUP', 'WORK_SESSION_SERIES'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
export const TableKindEnum = enumOf(TABLE_KINDS);
registerEnumType(TableKindEnum, {
  name: 'TableKind',
  description:
    'LOCAL_TABLE: one municipality, one theme, organised by that municipality; WORKING_GROUP: a time-boxed campaign group people join ' +
    'by request before a deadline; WORK_SESSION_SERIES: dated sessions whose participants say what they need.',
});

export const TABLE_STATUSES = ['PLANNING', 'SCHEDULED', 'CLOSED'] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];
export const TableStatusEnum = enumOf(TABLE_STATUSES);
registerEnumType(TableStatusEnum, { name: 'TableStatus', description: 'PLANNING until a date is fixed; SCHEDULED once it has sessions.' });

export const RSVP_RESPONSES = ['ACCEPTED', 'DECLINED', 'TENTATIVE'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];
export const RsvpResponseEnum = enumOf(RSVP_RESPONSES);
registerEnumType(RsvpResponseEnum, { name: 'RsvpResponse', description: "An invited organisation's answer." });

export const SLOT_VOTES = ['YES', 'MAYBE', 'NO'] as const;
export type SlotVote = (typeof SLOT_VOTES)[number];
export const SlotVoteEnum = enumOf(SLOT_VOTES);
registerEnumType(SlotVoteEnum, { name: 'SlotVote', description: "An invited organisation's availability for a proposed date." });

export const JOIN_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];
export const JoinRequestStatusEnum = enumOf(JOIN_REQUEST_STATUSES);
registerEnumType(JoinRequestStatusEnum, { name: 'JoinRequestStatus', description: 'PENDING until the organisers decide.' });

export const ACTION_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, { name: 'ActionItemStatus', description: 'OPEN until DONE (or CANCELLED).' });

/** A round-table, working group or work-session series. */
@ObjectType('Table', {
  description:
    'A round-table (*tafel*), working group or work-session series. Public; invitations, outcomes and join requests only for the organisers and participants (`docs/permissions.md`).',
})
@Entity('round_table')
export class RoundTable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => TableKindEnum)
  @Column({ type: 'text' })
  kind: TableKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  /** The GraphQL field `theme` is the Theme itself (resolver). */
  @Column({ name: 'theme', type: 'text' })
  themeSlug: ThemeSlug;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;

  @Column({ name: 'co_organiser_id', type: 'uuid', nullable: true })
  coOrganiserId: string | null;

  @Field(() => Int, { nullable: true, description: 'Most accepted organisations; null: no limit. Later acceptances are waitlisted.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Field(() => TableStatusEnum)
  @Column({ type: 'text', default: 'PLANNING' })
  status: TableStatus;

  @Field(() => Date, { nullable: true, description: 'Working groups: join requests until this instant.' })
  @Column({ name: 'application_deadline', type: 'timestamptz', precision: 3, nullable: true })
  applicationDeadline: Date | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** The organiser's quotas for the composition (null: the theme's defaults). */
  @Column({ type: 'jsonb', nullable: true })
  quotas: Record<string, number> | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of tables, newest first.' })
export class TableConnection extends ConnectionType(RoundTable, 'Table') {}

@ObjectType({ description: 'An invitation of an organisation to a table, with its answer.' })
@Entity('table_invitation')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => RsvpResponseEnum, { nullable: true, description: 'Null until answered.' })
  @Column({ type: 'text', nullable: true })
  response: RsvpResponse | null;

  /** Set while an acceptance waits for a place: the lower, the sooner. */
  @Column({ name: 'waitlist_number', type: 'bigint', nullable: true })
  waitlistNumber: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  /** Set by `invite` only: whether it existed before this call (the per-organisation outcome of a bulk invitation). */
  alreadyInvited?: boolean;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@ObjectType({ description: 'A proposed date of a table, with the votes of the invited organisations.' })
@Entity('table_slot')
export class Slot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Field(() => Date)
  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Int, { description: 'Invited organisations that can (filled in from the votes, not stored).' })
  yes: number;

  @Field(() => Int)
  maybe: number;

  @Field(() => Int)
  no: number;
}

@Entity('table_slot_vote')
export class SlotVoteRow {
  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  vote: SlotVote;

  @Column({ name: 'voted_by', type: 'uuid', nullable: true })
  votedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType('Session', {
  description: 'A dated session of a table (a meeting of a round-table, a working group or a work-session series).',
})
@Entity('table_session')
export class Session {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId: string | null;

  @Field(() => Date)
  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Field(() => Date)
  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'Online sessions: where to join.' })
  @Column({ name: 'join_url', type: 'text', nullable: true })
  joinUrl: string | null;

  @Column({ type: 'text', default: '' })
  minutes: string;

  /** Raised by every change: the calendar's SEQUENCE. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'An item on the agenda of a table (or one of its sessions).' })
@Entity('table_agenda_item')
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Field(() => ID, { nullable: true, description: 'The session it belongs to; null: the table as a whole.' })
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@ObjectType({ description: 'Something an organisation will do after a table, by a date.' })
@Entity('table_action_item')
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @Field(() => DateScalar)
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => ActionStatusEnum)
  @Column({ type: 'text', default: 'OPEN' })
  status: ActionStatus;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A request to join a working group or work-session series, with the motivation and what is needed.' })
@Entity('table_join_request')
export class JoinRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  motivation: string;

  @Field(() => String, { description: 'What the participant needs from the sessions.' })
  @Column({ type: 'text', default: '' })
  needs: string;

  @Field(() => JoinRequestStatusEnum)
  @Column({ type: 'text', default: 'PENDING' })
  status: JoinRequestStatus;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}

@Entity('calendar_token')
export class CalendarToken {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@ObjectType({ description: 'Why an organisation is suggested: one criterion, its points and the fact in plain words.' })
export class SuggestionReason {
  @Field(() => String, { description: 'theme, geography, quota or organiser.' })
  criterion: string;

  @Field(() => Float)
  points: number;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => String, { description: 'In the request language.' })
  explanation: string;
}

@ObjectType({ description: 'An organisation suggested for a table, with its score (the sum of the reasons’ points) and why.' })
export class ParticipantSuggestion {
  organisationId: string;

  @Field(() => Float)
  score: number;

  @Field(() => [SuggestionReason], { complexity: listOf(3) })
  reasons: SuggestionReason[];

  @Field(() => OrganisationKindEnum, { description: "The organisation's kind: the quota it counts for." })
  kind: string;

  @Field(() => Boolean, { description: 'It fills a quota (rather than a seat left over).' })
  fillsQuota: boolean;
}

@ObjectType({ description: 'What is still open after a table: actions past their due date and commitments not yet delivered.' })
export class FollowUp {
  @Field(() => [ActionItem], { complexity: listOf(5) })
  overdueActions: ActionItem[];

  @Field(() => [ActionItem], { description: 'Open actions not yet due.', complexity: listOf(5) })
  openActions: ActionItem[];

  openCommitmentIds: string[];
}
