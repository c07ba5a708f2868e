import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';
import { DateScalar } from '../core/scalars.js';

export const PUBLICATION_KINDS = [
  'POSITION_PAPER',
  'BILL_RESPONSE',
  'SHADOW_REPORT',
  'RESEARCH_REPORT',
  'PRESS_RELEASE',
  'LETTER',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
export const PublicationKindEnum = Object.fromEntries(PUBLICATION_KINDS.map((k) => [k, k])) as { [K in PublicationKind]: K };
registerEnumType(PublicationKindEnum, {
  name: 'PublicationKind',
  description: 'Position paper, response to a bill, shadow report, research report (a barometer), press release or letter.',
});

/** A document an organisation published elsewhere, listed here with its date, link, summary and themes. Public. */
@ObjectType({ description: 'A publication or position of an organisation, possibly co-signed by partners. Public.' })
@Entity('publication')
export class Publication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => PublicationKindEnum)
  @Column({ type: 'text' })
  kind: PublicationKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'Plain text, at most 2000 characters.' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String, { description: 'Where to read it (http or https).' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => DateScalar)
  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: ThemeSlug[];

  @Field(() => Boolean, { description: 'Whether partner organisations may co-sign it now.' })
  @Column({ name: 'open_for_co_signing', type: 'boolean', default: false })
  openForCoSigning: boolean;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of publications, newest first (by relevance when searching).' })
export class PublicationConnection extends ConnectionType(Publication, 'Publication') {}

/** A partner organisation that co-signs a publication, in its own name. */
@Entity('publication_co_signer')
export class PublicationCoSigner {
  @PrimaryColumn({ name: 'publication_id', type: 'uuid' })
  publicationId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
