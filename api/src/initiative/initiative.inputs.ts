import type { TargetGroupSlug, ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { euros, id, municipalityCode, optionalText, provinceCode, requiredText, uniqueList } from '../core/input-rules.js';
import { DateScalar } from '../core/scalars.js';
import { bilingual, validates } from '../core/validation.js';
import { themesRule } from '../organisation/organisation.inputs.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { type InitiativeStatus, InitiativeStatusEnum, TargetGroupEnum } from './initiative.entity.js';

@InputType({
  description:
    'An initiative. In `updateInitiative`, optional fields left out keep their value and `null` clears them; the required ones are replaced. ' +
    'Publishing needs a summary, a theme, municipalities or `national`, target groups, `budgetRequested`, `startsOn` and `endsOn`.',
})
export class InitiativeInput {
  @Field(() => ID, { description: 'The organisation that runs it; cannot change later.' })
  organisationId: string;

  @Field(() => String, { description: '3 to 200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 20000 characters.' })
  description?: string | null;

  @Field(() => [ThemeSlugEnum], { description: 'At least one, each once.' })
  themes: ThemeSlug[];

  @Field(() => [String], { nullable: true, description: 'Where it runs (CBS codes, e.g. `GM0193`), each once.' })
  municipalityCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Runs in the whole country.' })
  national?: boolean | null;

  @Field(() => [TargetGroupEnum], { nullable: true, description: 'Who it is for, each once.' })
  targetGroups?: TargetGroupSlug[] | null;

  @Field(() => Int, { nullable: true, description: 'Whole euros, 0 or more.' })
  budgetRequested?: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole euros already secured from others, 0 or more.' })
  coFundingSecured?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day; not after `endsOn`.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endsOn?: string | null;
}

const PERIOD_ORDER = bilingual('De einddatum ligt vóór de begindatum.', 'The end date is before the start date.', ['endsOn']);

validates(
  InitiativeInput,
  z
    .object({
      organisationId: id,
      title: requiredText(3, 200),
      summary: optionalText(500),
      description: optionalText(20_000),
      themes: themesRule,
      municipalityCodes: uniqueList(municipalityCode, { max: 342 }).nullish(),
      national: z.boolean().nullish(),
      targetGroups: uniqueList(z.string(), { max: 7 }).nullish(),
      budgetRequested: euros.nullish(),
      coFundingSecured: euros.nullish(),
      startsOn: z.string().nullish(),
      endsOn: z.string().nullish(),
    })
    .refine((input) => !input.startsOn || !input.endsOn || input.startsOn <= input.endsOn, PERIOD_ORDER),
);

@InputType({ description: 'Narrows a list of initiatives. Filters combine with AND; the values inside one list with OR.' })
export class InitiativeFilter {
  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'On any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => [String], { nullable: true, description: 'Running in any of these municipalities (or nationally, see `includeNational`).' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Running in any municipality of these provinces (or nationally, see `includeNational`).',
  })
  provinceCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether national initiatives match a municipality or province filter: they run there too. Default true.',
  })
  includeNational?: boolean | null;

  @Field(() => [InitiativeStatusEnum], {
    nullable: true,
    description: "Any of these statuses. Drafts and closed initiatives are only ever listed for their organisation's members and admins.",
  })
  statuses?: InitiativeStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Run by this organisation.' })
  organisationId?: string | null;

  @Field(() => [TargetGroupEnum], { nullable: true, description: 'For any of these target groups.' })
  targetGroups?: TargetGroupSlug[] | null;

  @Field(() => Int, { nullable: true, description: 'Asking at least this many euros.' })
  budgetMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Asking at most this many euros.' })
  budgetMax?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Dutch full-text search over title, summary and description ("vluchtelingen" finds "vluchteling"). Results come by relevance.',
  })
  search?: string | null;
}

validates(
  InitiativeFilter,
  z
    .object({
      themes: z.array(z.string()).max(5).nullish(),
      municipalityCodes: z.array(municipalityCode).max(342).nullish(),
      provinceCodes: z.array(provinceCode).max(12).nullish(),
      includeNational: z.boolean().nullish(),
      statuses: z.array(z.string()).max(4).nullish(),
      organisationId: id.nullish(),
      targetGroups: z.array(z.string()).max(7).nullish(),
      budgetMin: euros.nullish(),
      budgetMax: euros.nullish(),
      search: z.string().max(200).nullish(),
    })
    .refine(
      (f) =>
        f.budgetMin === null ||
        f.budgetMin === undefined ||
        f.budgetMax === null ||
        f.budgetMax === undefined ||
        f.budgetMin <= f.budgetMax,
      bilingual('Het maximum is lager dan het minimum.', 'The maximum is below the minimum.', ['budgetMax']),
    ),
);
