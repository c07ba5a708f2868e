import type { ThemeSlug } from '@koppel/reference-data';
import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import {
  httpsUrl,
  kvkNumber,
  municipalityCode,
  optionalEmail,
  optionalPhone,
  optionalText,
  provinceCode,
  requiredText,
  rsin,
  uniqueList,
} from '../core/input-rules.js';
import { validates } from '../core/validation.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { ORGANISATION_KINDS, type OrganisationKind, OrganisationKindEnum } from './organisation.entity.js';

@InputType({
  description:
    'An organisation profile. In `updateOrganisation`, optional fields left out keep their value and `null` clears them; ' +
    'the required ones are replaced.',
})
export class OrganisationInput {
  @Field(() => String, { description: '2 to 120 characters.' })
  name: string;

  @Field(() => OrganisationKindEnum, { description: 'Set when the organisation is created; only alliance admins change it later.' })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'What the organisation does; at most 5000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An https address.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact address, shown to signed-in accounts only.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number, shown to signed-in accounts only.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'The home municipality (CBS code, e.g. `GM0363`).' })
  municipalityCode?: string | null;

  @Field(() => [ThemeSlugEnum], { description: 'The themes it works on: at least one, each once.' })
  themes: ThemeSlug[];

  @Field(() => [String], { nullable: true, description: 'Other municipalities it is active in (CBS codes).' })
  activeMunicipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Provinces it is active in as a whole (CBS codes, e.g. `PV27`).' })
  activeProvinceCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Active in the whole country.' })
  national?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A logo image (https address).' })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'KvK number, 8 digits.' })
  kvkNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'RSIN, 9 digits passing the eleven test.' })
  rsin?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Recognised as ANBI by the tax authority.' })
  anbi?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Led by people with a migration or refugee background.' })
  migrantLed?: boolean | null;
}

export const themesRule = uniqueList(z.string(), { min: 1, max: 5 });

validates(
  OrganisationInput,
  z.object({
    name: requiredText(2, 120),
    kind: z.enum(ORGANISATION_KINDS),
    description: optionalText(5000),
    website: httpsUrl,
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
    municipalityCode: municipalityCode.nullish(),
    themes: themesRule,
    activeMunicipalityCodes: uniqueList(municipalityCode, { max: 342 }).nullish(),
    activeProvinceCodes: uniqueList(provinceCode, { max: 12 }).nullish(),
    national: z.boolean().nullish(),
    logoUrl: httpsUrl,
    kvkNumber,
    rsin,
    anbi: z.boolean().nullish(),
    migrantLed: z.boolean().nullish(),
  }),
);

@InputType({ description: 'Narrows a list of organisations. Filters combine with AND; the values inside one list with OR.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'Working on any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Based or active in any of these municipalities (directly, through its province, or nationally).',
  })
  municipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Based or active in any of these provinces (in one of their municipalities, the province as a whole, or nationally).',
  })
  provinceCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether organisations active nationally match a municipality or province filter. Default true.',
  })
  includeNational?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only migrant-led organisations (true) or only others (false).' })
  migrantLed?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dutch full-text search over name and description, or part of the name. Results come by relevance.',
  })
  search?: string | null;
}

validates(
  OrganisationFilter,
  z.object({
    kinds: z.array(z.string()).max(10).nullish(),
    themes: z.array(z.string()).max(5).nullish(),
    municipalityCodes: z.array(municipalityCode).max(342).nullish(),
    provinceCodes: z.array(provinceCode).max(12).nullish(),
    includeNational: z.boolean().nullish(),
    migrantLed: z.boolean().nullish(),
    search: z.string().max(200).nullish(),
  }),
);
