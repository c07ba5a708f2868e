import type { TargetGroupSlug, ThemeSlug } from '@koppel/reference-data';
import type { MatchWeightValues } from '@koppel/rules';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'How many points each matching criterion is worth for a fund (a transparent points system).' })
export class MatchWeights implements MatchWeightValues {
  @Field(() => Float) theme: number;
  @Field(() => Float) geography: number;
  @Field(() => Float) budget: number;
  @Field(() => Float) targetGroup: number;
  @Field(() => Float) timing: number;
  @Field(() => Float) text: number;
  @Field(() => Float) completeness: number;
}

/**
 * What a FUND organisation funds: themes, regions or national, grant range, budget left, a
 * description (searched and matched), and its default match weights. One per fund.
 */
@ObjectType({ description: 'What a fund funds: themes, regions, grant range and budget. Public.' })
@Entity('fund_profile')
export class FundProfile {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Column({ name: 'province_codes', type: 'text', array: true, default: () => "'{}'" })
  provinceCodes: string[];

  @Field(() => Boolean, { description: 'Serves the whole country.' })
  @Column({ type: 'boolean', default: false })
  national: boolean;

  /** Served as `TargetGroupLabel`s by the matching feature's resolver; empty: every target group. */
  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups: TargetGroupSlug[];

  @Field(() => Int, { description: 'How many months ahead it looks: matching rewards initiatives that run in that window.' })
  @Column({ name: 'horizon_months', type: 'int', default: 12 })
  horizonMonths: number;

  @Field(() => Int, { description: 'Smallest grant, whole euros.' })
  @Column({ name: 'min_grant', type: 'int', default: 0 })
  minGrant: number;

  @Field(() => Int, { description: 'Largest grant, whole euros.' })
  @Column({ name: 'max_grant', type: 'int' })
  maxGrant: number;

  @Field(() => Int, { description: 'Budget still available, whole euros.' })
  @Column({ name: 'budget_available', type: 'int', default: 0 })
  budgetAvailable: number;

  @Field(() => String, { description: 'What it funds, in its own words (used by search and matching).' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => MatchWeights, { description: 'Its default points per matching criterion.' })
  @Column({ name: 'match_weights', type: 'jsonb' })
  matchWeights: MatchWeightValues;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
