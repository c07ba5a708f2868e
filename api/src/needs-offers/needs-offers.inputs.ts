import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { euros, id, municipalityCode, optionalText, provinceCode, requiredText } from '../core/input-rules.js';
import { bilingual, validates } from '../core/validation.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import {
  NEED_OFFER_KINDS,
  type NeedOfferKind,
  NeedOfferKindEnum,
  type NeedOfferStatus,
  NeedOfferStatusEnum,
} from './needs-offers.entity.js';

const LEFT_OUT = 'In an update, optional fields left out keep their value and `null` clears them.';

// Never in the schema itself: only `NeedInput` and `OfferInput` are.
@InputType('NeedOrOfferInputBase')
abstract class NeedOrOfferInput {
  @Field(() => ID, { description: 'The organisation; cannot change later.' })
  organisationId: string;

  @Field(() => NeedOfferKindEnum)
  kind: NeedOfferKind;

  @Field(() => String, { description: '3 to 200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 5000 characters.' })
  description?: string | null;

  @Field(() => ThemeSlugEnum, { nullable: true })
  theme?: ThemeSlug | null;

  @Field(() => String, { nullable: true, description: 'Where (CBS code); left out or null: anywhere in the country, or online.' })
  municipalityCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many; for every kind but FUNDING.' })
  quantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole euros; for FUNDING only.' })
  amount?: number | null;
}

@InputType({ description: `A need of an organisation, or of one of its initiatives. ${LEFT_OUT}` })
export class NeedInput extends NeedOrOfferInput {
  @Field(() => ID, { nullable: true, description: 'The initiative that needs it (of the same organisation).' })
  initiativeId?: string | null;
}

@InputType({ description: `An offer of an organisation. ${LEFT_OUT}` })
export class OfferInput extends NeedOrOfferInput {}

const baseSchema = z.object({
  organisationId: id,
  kind: z.enum(NEED_OFFER_KINDS),
  title: requiredText(3, 200),
  description: optionalText(5000),
  theme: z.string().nullish(),
  municipalityCode: municipalityCode.nullish(),
  quantity: z.number().int().min(0).max(1_000_000).nullish(),
  amount: euros.nullish(),
});

/** Money is an amount, everything else a quantity. */
const amountOrQuantity = <T extends z.infer<typeof baseSchema>>(schema: z.ZodType<T>) =>
  schema
    .refine(
      (input) => input.kind === 'FUNDING' || input.amount === null || input.amount === undefined,
      bilingual('Een bedrag hoort alleen bij soort FUNDING; gebruik quantity.', 'An amount belongs to kind FUNDING only; use quantity.', [
        'amount',
      ]),
    )
    .refine(
      (input) => input.kind !== 'FUNDING' || input.quantity === null || input.quantity === undefined,
      bilingual('Bij soort FUNDING hoort een bedrag (amount), geen aantal.', 'Kind FUNDING takes an amount, not a quantity.', ['quantity']),
    );

validates(NeedInput, amountOrQuantity(baseSchema.extend({ initiativeId: id.nullish() })));
validates(OfferInput, amountOrQuantity(baseSchema));

@InputType({ description: 'Narrows a list of offers. Filters combine with AND; the values inside one list with OR.' })
export class OfferFilter {
  @Field(() => [NeedOfferKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: NeedOfferKind[] | null;

  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'On any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => [String], { nullable: true, description: 'In any of these municipalities, or anywhere (no municipality).' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In a municipality of any of these provinces, or anywhere (no municipality).' })
  provinceCodes?: string[] | null;

  @Field(() => [NeedOfferStatusEnum], { nullable: true, description: 'Any of these statuses (e.g. `[OPEN]`).' })
  statuses?: NeedOfferStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this organisation.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch full-text search over title and description. Results come by relevance.' })
  search?: string | null;
}

@InputType({ description: 'Narrows a list of needs. Filters combine with AND; the values inside one list with OR.' })
export class NeedFilter extends OfferFilter {
  @Field(() => ID, { nullable: true, description: 'Of this initiative.' })
  initiativeId?: string | null;
}

const filterSchema = z.object({
  kinds: z.array(z.string()).max(6).nullish(),
  themes: z.array(z.string()).max(5).nullish(),
  municipalityCodes: z.array(municipalityCode).max(342).nullish(),
  provinceCodes: z.array(provinceCode).max(12).nullish(),
  statuses: z.array(z.string()).max(2).nullish(),
  organisationId: id.nullish(),
  search: z.string().max(200).nullish(),
});

validates(OfferFilter, filterSchema);
validates(NeedFilter, filterSchema.extend({ initiativeId: id.nullish() }));
