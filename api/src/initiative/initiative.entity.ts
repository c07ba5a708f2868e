import { TARGET_GROUP_SLUGS, type TargetGroupSlug, type ThemeSlug } from '@koppel/reference-data';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';
import { DateScalar } from '../core/scalars.js';

export const INITIATIVE_STATUSES = ['DRAFT', 'PUBLISHED', 'FUNDED', 'CLOSED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const InitiativeStatusEnum = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, s])) as { [K in InitiativeStatus]: K };
registerEnumType(InitiativeStatusEnum, {
  name: 'InitiativeStatus',
  description:
    'DRAFT → PUBLISHED → FUNDED → CLOSED. Drafts and closed initiatives are seen by their organisation and alliance admins only.',
});

/** Statuses anyone may see; the others only the organisation's members and alliance admins. */
export const PUBLIC_STATUSES = ['PUBLISHED', 'FUNDED'] as const satisfies readonly InitiativeStatus[];

export const TargetGroupEnum = Object.fromEntries(TARGET_GROUP_SLUGS.map((s) => [s, s])) as { [K in TargetGroupSlug]: K };
registerEnumType(TargetGroupEnum, {
  name: 'TargetGroup',
  description: 'Who an initiative is for: groups of people, never individuals (Koppel holds no data about beneficiaries).',
});

/** A target group with its name in the request's language. */
@ObjectType({ description: 'A target group with its name in the request language (Accept-Language: nl or en).' })
export class TargetGroupLabel {
  @Field(() => TargetGroupEnum)
  slug: TargetGroupSlug;

  @Field(() => String)
  name: string;
}

/**
 * A project an organisation runs. Themes, municipalities and target groups are arrays on the row
 * (see the registry migration), served as objects by the resolver.
 */
@ObjectType({
  description:
    "A project an organisation runs. Public once published; drafts and closed ones only for its organisation's members and alliance admins.",
})
@Entity('initiative')
export class Initiative {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'At most 500 characters; required to publish.' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => InitiativeStatusEnum)
  @Column({ type: 'text', default: 'DRAFT' })
  status: InitiativeStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Field(() => Boolean, { description: 'Runs in the whole country (instead of, or besides, `municipalities`).' })
  @Column({ type: 'boolean', default: false })
  national: boolean;

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups: TargetGroupSlug[];

  @Field(() => Int, { nullable: true, description: 'What it asks from funds, in whole euros; required to publish.' })
  @Column({ name: 'budget_requested', type: 'int', nullable: true })
  budgetRequested: number | null;

  @Field(() => Int, { description: 'Funding already secured from others, in whole euros.' })
  @Column({ name: 'co_funding_secured', type: 'int', default: 0 })
  coFundingSecured: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day; required to publish.' })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; required to publish.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of initiatives, newest first (by relevance when searching).' })
export class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}
