import type { ThemeSlug } from '@koppel/reference-data';
import type { CriterionPoints } from '@koppel/rules';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';
import { DateScalar } from '../core/scalars.js';

export const CALL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'DECIDED'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CallStatusEnum = Object.fromEntries(CALL_STATUSES.map((s) => [s, s])) as { [K in CallStatus]: K };
registerEnumType(CallStatusEnum, {
  name: 'CallStatus',
  description:
    "DRAFT → OPEN → CLOSED → DECIDED. A draft is seen by its funders' members only; an open call is CLOSED from its deadline on; " +
    'DECIDED once every application is awarded, rejected or withdrawn.',
});

export const APPLICATION_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const ApplicationStatusEnum = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, s])) as { [K in ApplicationStatus]: K };
registerEnumType(ApplicationStatusEnum, {
  name: 'ApplicationStatus',
  description:
    'SUBMITTED → UNDER_REVIEW (scored, or the call closed) → AWARDED or REJECTED; WITHDRAWN by the applicant before the deadline.',
});

/** Applications still waiting for a decision. */
export const PENDING: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

/**
 * A call for proposals: one or more funds publish it, organisations apply with an initiative,
 * reviewers score against its rubric, and awards never exceed its places or its budget.
 */
@ObjectType({
  description: "A call for proposals. Public once opened (with its rubric); a draft only for its funders' members and admins.",
})
@Entity('call')
export class Call {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  /** As stored; `Call.status` is what it is now (an OPEN call past its deadline is CLOSED). */
  @Column({ type: 'text', default: 'DRAFT' })
  status: CallStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Column({ name: 'province_codes', type: 'text', array: true, default: () => "'{}'" })
  provinceCodes: string[];

  @Field(() => Boolean, { description: 'Open to initiatives in the whole country.' })
  @Column({ type: 'boolean', default: false })
  national: boolean;

  @Field(() => Int, { description: 'Smallest grant, whole euros.' })
  @Column({ name: 'min_grant', type: 'int' })
  minGrant: number;

  @Field(() => Int, { description: 'Largest grant, whole euros.' })
  @Column({ name: 'max_grant', type: 'int' })
  maxGrant: number;

  @Field(() => Int, { description: 'How many applications can be awarded at most.' })
  @Column({ type: 'int' })
  places: number;

  @Field(() => DateScalar, { description: 'From this day (Europe/Amsterdam) applications are accepted.' })
  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Field(() => Date, { description: 'Applications are accepted, changed and withdrawn until this instant.' })
  @Column({ type: 'timestamptz', precision: 3 })
  deadline: Date;

  @Field(() => [String], { description: 'Questions every applicant answers (`ApplicationInput.answers`, in this order).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  questions: string[];

  @Column({ name: 'opened_at', type: 'timestamptz', precision: 3, nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of calls, newest first (by relevance when searching).' })
export class CallConnection extends ConnectionType(Call, 'Call') {}

/** A fund that co-funds a call, with its share of the budget. */
@ObjectType({ description: "A fund of a call and its share of the call's budget." })
@Entity('call_funder')
export class CallFunder {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' })
  callId: string;

  @PrimaryColumn({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @Field(() => Int, { description: 'Its share of the budget, whole euros.' })
  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'int' })
  position: number;
}

/** One criterion of a call's rubric: public, fixed once the call is created. */
@ObjectType('RubricCriterion', { description: 'A criterion of the rubric reviewers score against, with its maximum points. Public.' })
@Entity('call_criterion')
export class Criterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @Column({ type: 'int' })
  position: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column({ name: 'max_points', type: 'int' })
  maxPoints: number;
}

@Entity('call_reviewer')
export class CallReviewer {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' })
  callId: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** An organisation's application to a call, with one of its initiatives. */
@ObjectType({
  description: "An application to a call: seen by the applicant's members, the call's funders' members, its reviewers and admins.",
})
@Entity('call_application')
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  /** The applicant: the initiative's organisation when it applied. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => ApplicationStatusEnum)
  @Column({ type: 'text', default: 'SUBMITTED' })
  status: ApplicationStatus;

  @Field(() => Int, { description: 'What it asks, whole euros, within the grant range of the call.' })
  @Column({ name: 'amount_requested', type: 'int' })
  amountRequested: number;

  @Field(() => Int, { nullable: true, description: 'What was awarded, whole euros; null unless AWARDED.' })
  @Column({ name: 'amount_awarded', type: 'int', nullable: true })
  amountAwarded: number | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  motivation: string;

  @Field(() => [String], { description: "Answers to the call's questions, in their order." })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  answers: string[];

  /** The mean of the reviewers' totals, kept by the review's transaction. */
  @Column({ type: 'real', nullable: true })
  score: number | null;

  @Column({ name: 'review_count', type: 'int', default: 0 })
  reviewCount: number;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, when the funders gave a reason.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { description: 'When it was submitted.' })
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: "A call's applications the viewer may see, best score first (unreviewed last, then who applied first)." })
export class ApplicationConnection extends ConnectionType(Application, 'Application') {}

/** One reviewer's scores of one application. */
@ObjectType({ description: "A reviewer's points per criterion, their total and a comment." })
@Entity('call_review')
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  /** Null once the reviewer's account is deleted: the review stays. */
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Column({ type: 'jsonb' })
  scores: CriterionPoints[];

  @Field(() => Int, { description: 'The sum of its points.' })
  @Column({ type: 'int' })
  total: number;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  comment: string;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'Points given on one criterion.' })
export class CriterionScore {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Int)
  points: number;
}

@ObjectType('CriterionSummary', { description: 'The reviewers together on one criterion: mean, lowest and highest points.' })
export class CriterionSummaryType {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;
}
