import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { id, municipalityCode, optionalText, provinceCode, requiredText, uniqueList } from '../core/input-rules.js';
import { DateScalar } from '../core/scalars.js';
import { bilingual, validates } from '../core/validation.js';
import { themesRule } from '../organisation/organisation.inputs.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { CALL_STATUSES, type CallStatus, CallStatusEnum } from './call.entity.js';

const MAX_FUNDERS = 10;
const MAX_CRITERIA = 20;
const MAX_QUESTIONS = 20;
/** A grant, a share or a budget: whole euros, at least 1. */
const money = z.number().int().min(1).max(1_000_000_000);

@InputType({ description: "A fund's share of a call's budget." })
export class FunderInput {
  @Field(() => ID, { description: 'A FUND organisation with a fund profile.' })
  fundId: string;

  @Field(() => Int, { description: "Its share, whole euros, at least 1 and at most the fund's budget available." })
  amount: number;
}
const funderSchema = z.object({ fundId: id, amount: money });
validates(FunderInput, funderSchema);

@InputType({ description: 'A criterion of the rubric.' })
export class CriterionInput {
  @Field(() => String, { description: '1–200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What reviewers look for; at most 2000 characters.' })
  description?: string | null;

  @Field(() => Int, { description: 'The most points a reviewer may give on it, 1–1000.' })
  maxPoints: number;
}
const criterionSchema = z.object({
  title: requiredText(1, 200),
  description: optionalText(2000),
  maxPoints: z.number().int().min(1).max(1000),
});
validates(CriterionInput, criterionSchema);

@InputType({ description: 'A call for proposals. Every funder must be a fund the caller edits.' })
export class CallInput {
  @Field(() => [FunderInput], { description: 'One or more funds (at most 10), each once, with its share of the budget.' })
  funders: FunderInput[];

  @Field(() => Int, {
    nullable: true,
    description: "The call's budget, whole euros. When given, the funders' shares must add up to it; otherwise it is their sum.",
  })
  budget?: number | null;

  @Field(() => String, { description: '1–200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 10 000 characters.' })
  description?: string | null;

  @Field(() => [ThemeSlugEnum], { description: 'At least one, each once.' })
  themes: ThemeSlug[];

  @Field(() => [String], { nullable: true, description: 'Municipalities it is open to (CBS codes).' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Provinces it is open to (CBS codes).' })
  provinceCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Open to the whole country. Without it, name at least one municipality or province.',
  })
  national?: boolean | null;

  @Field(() => Int, { description: 'Smallest grant, whole euros, 0 or more.' })
  minGrant: number;

  @Field(() => Int, { description: 'Largest grant, whole euros, at least `minGrant`.' })
  maxGrant: number;

  @Field(() => Int, { description: 'How many applications can be awarded at most, 1–1000.' })
  places: number;

  @Field(() => DateScalar, { description: 'From this day (Europe/Amsterdam) applications are accepted.' })
  opensOn: string;

  @Field(() => Date, { description: 'Until this instant applications are accepted; in the future, on or after `opensOn`.' })
  deadline: Date;

  @Field(() => [String], { nullable: true, description: 'Questions every applicant answers (optional; at most 20, 1000 characters each).' })
  questions?: string[] | null;

  @Field(() => [CriterionInput], { description: 'The rubric: 1–20 criteria, in the order reviewers see them. Public once the call opens.' })
  rubric: CriterionInput[];
}
validates(
  CallInput,
  z
    .object({
      funders: z
        .array(funderSchema)
        .min(1)
        .max(MAX_FUNDERS)
        .superRefine((funders, ctx) => {
          const seen = new Set<string>();
          funders.forEach((funder, index) => {
            if (seen.has(funder.fundId))
              ctx.addIssue({ code: 'custom', path: [index, 'fundId'], ...bilingual('Staat er dubbel in.', 'Appears twice.') });
            seen.add(funder.fundId);
          });
        }),
      budget: money.nullish(),
      title: requiredText(1, 200),
      description: optionalText(10_000),
      themes: themesRule,
      municipalityCodes: uniqueList(municipalityCode, { max: 342 }).nullish(),
      provinceCodes: uniqueList(provinceCode, { max: 12 }).nullish(),
      national: z.boolean().nullish(),
      minGrant: z.number().int().min(0).max(1_000_000_000),
      maxGrant: money,
      places: z.number().int().min(1).max(1000),
      opensOn: z.iso.date(),
      deadline: z.date(),
      questions: z.array(requiredText(1, 1000)).max(MAX_QUESTIONS).nullish(),
      rubric: z.array(criterionSchema).min(1).max(MAX_CRITERIA),
    })
    .refine(
      (c) => c.minGrant <= c.maxGrant,
      bilingual('Het maximum is lager dan het minimum.', 'The maximum is below the minimum.', ['maxGrant']),
    )
    .refine(
      (c) => c.national === true || (c.municipalityCodes?.length ?? 0) + (c.provinceCodes?.length ?? 0) > 0,
      bilingual('Kies gemeenten of provincies, of landelijk.', 'Choose municipalities or provinces, or national.', ['national']),
    )
    .refine(
      (c) => c.budget === null || c.budget === undefined || c.funders.reduce((sum, f) => sum + f.amount, 0) === c.budget,
      bilingual('De bijdragen van de fondsen tellen niet op tot het budget.', "The funders' shares do not add up to the budget.", [
        'funders',
      ]),
    )
    .refine(
      (c) => c.funders.reduce((sum, f) => sum + f.amount, 0) >= c.minGrant,
      bilingual('Het budget is kleiner dan de kleinste subsidie.', 'The budget is smaller than the smallest grant.', ['funders']),
    ),
);

@InputType({ description: 'Which calls; every field narrows the list.' })
export class CallFilter {
  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'Calls on any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => [CallStatusEnum], { nullable: true, description: 'Calls in any of these statuses.' })
  statuses?: CallStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Calls open to any of these municipalities (national calls included).' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Calls open to (a municipality in) any of these provinces (national calls included).',
  })
  provinceCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Calls this fund funds.' })
  fundId?: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch full-text search over title and description.' })
  search?: string | null;
}
validates(
  CallFilter,
  z.object({
    themes: z.array(z.string()).max(5).nullish(),
    statuses: z.array(z.enum(CALL_STATUSES)).max(4).nullish(),
    municipalityCodes: z.array(municipalityCode).max(342).nullish(),
    provinceCodes: z.array(provinceCode).max(12).nullish(),
    fundId: id.nullish(),
    search: optionalText(200),
  }),
);

@InputType({ description: "An application: one of the organisation's published initiatives, the amount asked and a motivation." })
export class ApplicationInput {
  @Field(() => ID, { description: "A PUBLISHED (or FUNDED) initiative of the applicant; an application's initiative cannot change." })
  initiativeId: string;

  @Field(() => Int, { description: "Whole euros, within the call's grant range." })
  amountRequested: number;

  @Field(() => String, { description: '1–5000 characters.' })
  motivation: string;

  @Field(() => [String], { nullable: true, description: 'One answer per question of the call, in order; at most 5000 characters each.' })
  answers?: string[] | null;
}
validates(
  ApplicationInput,
  z.object({
    initiativeId: id,
    amountRequested: z.number().int().min(0).max(1_000_000_000),
    motivation: requiredText(1, 5000),
    answers: z.array(requiredText(1, 5000)).max(MAX_QUESTIONS).nullish(),
  }),
);

@InputType({ description: 'Points on one criterion.' })
export class ScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: "Whole points, from 0 to the criterion's maximum." })
  points: number;
}
const scoreSchema = z.object({ criterionId: id, points: z.number().int().min(0).max(1000) });
validates(ScoreInput, scoreSchema);

@InputType({ description: "A reviewer's points on every criterion of the rubric, with a comment. Scoring again replaces the review." })
export class ReviewInput {
  @Field(() => [ScoreInput], { description: 'Every criterion once.' })
  scores: ScoreInput[];

  @Field(() => String, { nullable: true, description: 'At most 5000 characters.' })
  comment?: string | null;
}
validates(ReviewInput, z.object({ scores: z.array(scoreSchema).min(1).max(MAX_CRITERIA), comment: optionalText(5000) }));

@InputType({ description: "A fund's part of an award, when the funders set the split themselves." })
export class AwardShareInput {
  @Field(() => ID, { description: 'A funder of the call.' })
  fundId: string;

  @Field(() => Int, { description: 'Whole euros, 0 or more.' })
  amount: number;
}
validates(AwardShareInput, z.object({ fundId: id, amount: z.number().int().min(0).max(1_000_000_000) }));
