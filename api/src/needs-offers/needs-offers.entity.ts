import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';

export const NEED_OFFER_KINDS = ['FUNDING', 'VOLUNTEERS', 'EXPERTISE', 'JOBS_INTERNSHIPS', 'VENUE', 'MEDIA'] as const;
export type NeedOfferKind = (typeof NEED_OFFER_KINDS)[number];
export const NeedOfferKindEnum = Object.fromEntries(NEED_OFFER_KINDS.map((k) => [k, k])) as { [K in NeedOfferKind]: K };
registerEnumType(NeedOfferKindEnum, {
  name: 'NeedOfferKind',
  description:
    'What is needed or offered: money (FUNDING, an `amount`), or a `quantity` of volunteers, expertise, jobs and internships, a venue, media attention.',
});

export const NEED_OFFER_STATUSES = ['OPEN', 'CLOSED'] as const;
export type NeedOfferStatus = (typeof NEED_OFFER_STATUSES)[number];
export const NeedOfferStatusEnum = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(NeedOfferStatusEnum, { name: 'NeedOfferStatus', description: 'OPEN until met or withdrawn, then CLOSED.' });

/** What needs and offers have in common; each has its own table. */
// Never in the schema itself: only `Need` and `Offer` are.
@ObjectType('NeedOrOfferBase')
export abstract class NeedOrOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => NeedOfferKindEnum)
  @Column({ type: 'text' })
  kind: NeedOfferKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  /** Served as a `Theme` object. */
  @Column({ type: 'text', nullable: true })
  theme: ThemeSlug | null;

  /** Where; null means anywhere in the country (or online). Served as a `Municipality`. */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Field(() => Int, { nullable: true, description: 'How many (people, places, hours …), for every kind but FUNDING.' })
  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole euros, for FUNDING.' })
  @Column({ type: 'int', nullable: true })
  amount: number | null;

  @Field(() => NeedOfferStatusEnum)
  @Column({ type: 'text', default: 'OPEN' })
  status: NeedOfferStatus;

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

/** Something an organisation, or one of its initiatives, needs. Public unless it belongs to an initiative the viewer may not see. */
@ObjectType({
  description: 'What an organisation or one of its initiatives needs. Public, except needs of initiatives the viewer may not see.',
})
@Entity('need')
export class Need extends NeedOrOffer {
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;
}

/** Something an organisation offers: jobs, volunteers, a venue, money. */
@ObjectType({ description: 'What an organisation offers. Public.' })
@Entity('offer')
export class Offer extends NeedOrOffer {}

@ObjectType({ description: 'A page of needs, newest first (by relevance when searching).' })
export class NeedConnection extends ConnectionType(Need, 'Need') {}

@ObjectType({ description: 'A page of offers, newest first (by relevance when searching).' })
export class OfferConnection extends ConnectionType(Offer, 'Offer') {}
