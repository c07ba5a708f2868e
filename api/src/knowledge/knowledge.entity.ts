import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';

const enumOf = <const T extends readonly string[]>(values: T) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const KNOWLEDGE_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];
export const KnowledgeStatusEnum = enumOf(KNOWLEDGE_STATUSES);
registerEnumType(KnowledgeStatusEnum, {
  name: 'KnowledgeStatus',
  description:
    "DRAFT → IN_REVIEW → PUBLISHED (→ ARCHIVED). Only published items are public; the others are seen by the organisation's members and alliance admins.",
});

export const AUDIENCES = ['MEDIA', 'POLITICS', 'PUBLIC', 'PROFESSIONALS'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AudienceEnum = enumOf(AUDIENCES);
registerEnumType(AudienceEnum, { name: 'Audience', description: 'Who an answer is written for.' });

export const REVIEW_DECISIONS = ['APPROVE', 'REQUEST_CHANGES'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const ReviewDecisionEnum = enumOf(REVIEW_DECISIONS);
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: 'APPROVE publishes the item; REQUEST_CHANGES sends it back to its authors as a DRAFT, with a comment.',
});

/** One piece of evidence, stored in the item's `sources` array (see the knowledge migration). */
@ObjectType('KnowledgeSource', { description: 'Evidence for an answer: a document anyone can look up.' })
export class KnowledgeSource {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Where to read it (http or https).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'Who published it: CBS, SCP, a ministry, a university.' })
  publisher: string | null;

  @Field(() => Int, { nullable: true })
  year: number | null;
}

/**
 * A question with a short, quotable answer and a longer one (Markdown), its sources, audiences and
 * themes. Reviewed by a colleague before it is published (see `knowledge.policy.ts`).
 */
@ObjectType({
  description:
    "A question and its answers, with sources, for use with media, politics and the public. Public once published; otherwise only for the organisation's members and alliance admins.",
})
@Entity('knowledge_item')
export class KnowledgeItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  question: string;

  @Field(() => String, { description: 'At most 280 characters, plain text: quotable as it is.' })
  @Column({ name: 'short_answer', type: 'text' })
  shortAnswer: string;

  @Field(() => String, {
    description: 'The longer answer as Markdown source (no HTML). Show it through `longAnswerHtml`, never as raw HTML.',
  })
  @Column({ name: 'long_answer', type: 'text', default: '' })
  longAnswer: string;

  @Field(() => KnowledgeStatusEnum)
  @Column({ type: 'text', default: 'DRAFT' })
  status: KnowledgeStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  @Field(() => [AudienceEnum], { description: 'In the fixed order MEDIA, POLITICS, PUBLIC, PROFESSIONALS.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences: Audience[];

  @Field(() => [KnowledgeSource], { description: 'At least one before review.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: KnowledgeSource[];

  @Field(() => Int, { description: 'The number of the current text: 1 when created, one more with every change.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Who created or last changed the text: the one account that may not approve it (four eyes). */
  @Column({ name: 'last_author_id', type: 'uuid', nullable: true })
  lastAuthorId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of knowledge items, newest first (by relevance when searching).' })
export class KnowledgeItemConnection extends ConnectionType(KnowledgeItem, 'KnowledgeItem') {}

/** Every text an item had, the current one included, with who wrote it and what changed. */
@ObjectType('KnowledgeVersion', { description: 'One text an item had: the first, and one per change.' })
@Entity('knowledge_item_version')
export class KnowledgeVersion {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Field(() => String)
  @Column({ type: 'text' })
  question: string;

  @Field(() => String)
  @Column({ name: 'short_answer', type: 'text' })
  shortAnswer: string;

  @Field(() => String)
  @Column({ name: 'long_answer', type: 'text' })
  longAnswer: string;

  @Column({ type: 'text', array: true })
  themes: ThemeSlug[];

  @Field(() => [AudienceEnum])
  @Column({ type: 'text', array: true })
  audiences: Audience[];

  @Field(() => [KnowledgeSource])
  @Column({ type: 'jsonb' })
  sources: KnowledgeSource[];

  @Field(() => [String], { description: 'The input fields this text changed from the version before (empty for the first).' })
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => Date, { description: 'When this text was written.' })
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@ObjectType('KnowledgeReview', { description: "A colleague's decision on a text in review." })
@Entity('knowledge_review')
export class KnowledgeReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Field(() => Int, { description: 'The version of the text that was reviewed.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => ReviewDecisionEnum)
  @Column({ type: 'text' })
  decision: ReviewDecision;

  @Field(() => String, { description: 'Why; always given with REQUEST_CHANGES.' })
  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
