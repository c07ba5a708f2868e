import { type Locale, TARGET_GROUP_SLUGS, type TargetGroupSlug, THEME_SLUGS, type ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import type { FieldProblems } from '../core/errors.js';
import { euros, id, municipalityCode, optionalText, provinceCode, requiredText, uniqueList } from '../core/input-rules.js';
import { DateScalar } from '../core/scalars.js';
import { bilingual, problemsOf, validates } from '../core/validation.js';
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

/** The fields of `InitiativeInput` that describe the initiative (all but `organisationId`): what an edit sets, a CSV import reads. */
export const INITIATIVE_INPUT_FIELDS = [
  'title',
  'summary',
  'description',
  'themes',
  'municipalityCodes',
  'national',
  'targetGroups',
  'budgetRequested',
  'coFundingSecured',
  'startsOn',
  'endsOn',
] as const satisfies readonly (keyof InitiativeInput)[];

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCalendarDate = (value: string) => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/**
 * Everything `createInitiative` checks of an input, for inputs that arrive outside GraphQL (the CSV import):
 * the input's zod rules, what GraphQL's types check (theme and target-group enum values, ISO dates) and
 * whether each municipality exists (`municipalityExists`, e.g. from the reference cache). Empty: valid.
 */
export function initiativeInputProblems(
  input: InitiativeInput,
  locale: Locale,
  municipalityExists: (code: string) => boolean,
): FieldProblems {
  const problems: FieldProblems = { ...problemsOf(InitiativeInput, input, locale) };
  const t = (nl: string, en: string) => (locale === 'nl' ? nl : en);
  input.themes?.forEach((theme, index) => {
    if (!(THEME_SLUGS as readonly string[]).includes(theme))
      problems[`themes.${index}`] ??= t(`Onbekend thema: ${theme}.`, `Unknown theme: ${theme}.`);
  });
  input.targetGroups?.forEach((group, index) => {
    if (!(TARGET_GROUP_SLUGS as readonly string[]).includes(group))
      problems[`targetGroups.${index}`] ??= t(`Onbekende doelgroep: ${group}.`, `Unknown target group: ${group}.`);
  });
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = input[field];
    if (value && !isCalendarDate(value)) problems[field] = t('Geen geldige datum (JJJJ-MM-DD).', 'Not a valid date (YYYY-MM-DD).');
  }
  input.municipalityCodes?.forEach((code, index) => {
    const key = `municipalityCodes.${index}`;
    if (!problems[key] && !municipalityExists(code))
      problems[key] = t(`Gemeente ${code} bestaat niet.`, `Municipality ${code} does not exist.`);
  });
  return problems;
}
