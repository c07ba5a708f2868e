import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';

export const ORGANISATION_KINDS = ['FUND', 'NGO', 'MUNICIPALITY', 'COMPANY', 'INITIATIVE', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((kind) => [kind, kind])) as { [K in OrganisationKind]: K };
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What kind of organisation this is.' });

/**
 * A fund, NGO, municipality, company, initiative, government body or knowledge institute. Public,
 * except the contact details (see `OrganisationResolver`). Themes and places are arrays on the row
 * (see the registry migration).
 */
@ObjectType({ description: 'An organisation in the alliance. Public, except contact details (signed-in accounts only).' })
@Entity('organisation')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'What the organisation does, in its own words.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Its website (https).' })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Shown to signed-in accounts only. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  /** Shown to signed-in accounts only. */
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  /** The home municipality (CBS code). */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true, description: 'A logo image (https).' })
  @Column({ name: 'logo_url', type: 'text', nullable: true })
  logoUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Number in the Dutch Chamber of Commerce register (KvK), 8 digits.' })
  @Column({ name: 'kvk_number', type: 'text', nullable: true })
  kvkNumber: string | null;

  @Field(() => String, { nullable: true, description: 'RSIN (fiscal number of a legal entity), 9 digits.' })
  @Column({ type: 'text', nullable: true })
  rsin: string | null;

  @Field(() => Boolean, { description: 'Whether the tax authority recognises it as an ANBI (public-benefit organisation).' })
  @Column({ type: 'boolean', default: false })
  anbi: boolean;

  @Field(() => Boolean, { description: 'Whether it is led by people with a migration or refugee background.' })
  @Column({ name: 'migrant_led', type: 'boolean', default: false })
  migrantLed: boolean;

  /** The themes it works on (served as `Theme` objects). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  /** Municipalities it is active in, besides its home municipality. */
  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  /** Provinces it is active in as a whole. */
  @Column({ name: 'province_codes', type: 'text', array: true, default: () => "'{}'" })
  provinceCodes: string[];

  @Field(() => Boolean, { description: 'Active in the whole country.' })
  @Column({ type: 'boolean', default: false })
  national: boolean;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of organisations, newest first (by relevance when searching).' })
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}
