import { TARGET_GROUP_SLUGS, type TargetGroupSlug, type ThemeSlug } from '@koppel/reference-data';
import { MATCH_CRITERIA } from '@koppel/rules';
import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { euros, municipalityCode, optionalText, provinceCode, uniqueList } from '../core/input-rules.js';
import { bilingual, validates } from '../core/validation.js';
import { TargetGroupEnum } from '../initiative/initiative.entity.js';
import { themesRule } from '../organisation/organisation.inputs.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';

@InputType({
  description:
    'Points per matching criterion: non-negative numbers, not all zero. A criterion left out keeps its current (or default) value.',
})
export class MatchWeightsInput {
  @Field(() => Float, { nullable: true }) theme?: number | null;
  @Field(() => Float, { nullable: true }) geography?: number | null;
  @Field(() => Float, { nullable: true }) budget?: number | null;
  @Field(() => Float, { nullable: true }) targetGroup?: number | null;
  @Field(() => Float, { nullable: true }) timing?: number | null;
  @Field(() => Float, { nullable: true }) text?: number | null;
  @Field(() => Float, { nullable: true }) completeness?: number | null;
}

export const matchWeightsSchema = z
  .object(Object.fromEntries(MATCH_CRITERIA.map((c) => [c, z.number().finite().min(0).max(1000).nullish()])))
  .refine(
    // A partial override (`{ geography: 0 }`) is fine; whether the merged weights are all zero is the caller's check.
    (weights) => MATCH_CRITERIA.some((c) => weights[c] === null || weights[c] === undefined || (weights[c] ?? 0) > 0),
    bilingual('Niet alle gewichten mogen 0 zijn.', 'Not every weight may be 0.'),
  );

validates(MatchWeightsInput, matchWeightsSchema);

@InputType({ description: "A fund's profile; `setFundProfile` replaces it whole (match weights left out keep their value)." })
export class FundProfileInput {
  @Field(() => [ThemeSlugEnum], { description: 'At least one, each once.' })
  themes: ThemeSlug[];

  @Field(() => [String], { nullable: true, description: 'Municipalities it serves (CBS codes).' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Provinces it serves (CBS codes).' })
  provinceCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Serves the whole country. Without it, name at least one municipality or province.',
  })
  national?: boolean | null;

  @Field(() => [TargetGroupEnum], {
    nullable: true,
    description: 'Target groups it funds, each once; an empty list: all. Left out: unchanged.',
  })
  targetGroups?: TargetGroupSlug[] | null;

  @Field(() => Int, { nullable: true, description: 'How many months ahead it looks (1–120; null: the default, 12). Left out: unchanged.' })
  horizonMonths?: number | null;

  @Field(() => Int, { description: 'Smallest grant, whole euros, 0 or more.' })
  minGrant: number;

  @Field(() => Int, { description: 'Largest grant, whole euros, at least `minGrant`.' })
  maxGrant: number;

  @Field(() => Int, { description: 'Budget still available, whole euros, 0 or more.' })
  budgetAvailable: number;

  @Field(() => String, { nullable: true, description: 'What it funds; at most 5000 characters.' })
  description?: string | null;

  @Field(() => MatchWeightsInput, { nullable: true, description: 'Its default points per matching criterion.' })
  matchWeights?: MatchWeightsInput | null;
}

validates(
  FundProfileInput,
  z
    .object({
      themes: themesRule,
      municipalityCodes: uniqueList(municipalityCode, { max: 342 }).nullish(),
      provinceCodes: uniqueList(provinceCode, { max: 12 }).nullish(),
      national: z.boolean().nullish(),
      targetGroups: uniqueList(z.enum(TARGET_GROUP_SLUGS), { max: TARGET_GROUP_SLUGS.length }).nullish(),
      horizonMonths: z.number().int().min(1).max(120).nullish(),
      minGrant: euros,
      maxGrant: euros,
      budgetAvailable: euros,
      description: optionalText(5000),
      matchWeights: matchWeightsSchema.nullish(),
    })
    .refine(
      (p) => p.minGrant <= p.maxGrant,
      bilingual('Het maximum is lager dan het minimum.', 'The maximum is below the minimum.', ['maxGrant']),
    )
    .refine(
      (p) => p.national === true || (p.municipalityCodes?.length ?? 0) + (p.provinceCodes?.length ?? 0) > 0,
      bilingual('Kies gemeenten of provincies, of landelijk.', 'Choose municipalities or provinces, or national.', ['national']),
    ),
);
