import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const COMMITMENT_KINDS = ['FUNDING', 'PLACES', 'VOLUNTEERS', 'EXPERTISE', 'VENUE'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const CommitmentKindEnum = Object.fromEntries(COMMITMENT_KINDS.map((k) => [k, k])) as { [K in CommitmentKind]: K };
registerEnumType(CommitmentKindEnum, {
  name: 'CommitmentKind',
  description: 'What an organisation commits: money, places, people, expertise or a venue.',
});

export const COMMITMENT_STATUSES = ['OPEN', 'FULFILLED', 'CANCELLED', 'PLEDGED', 'CONFIRMED', 'DELIVERED', 'WITHDRAWN'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const CommitmentStatusEnum = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, s])) as { [K in CommitmentStatus]: K };
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description:
    'Awards of calls: OPEN (promised), FULFILLED (paid) or CANCELLED. Round-table pledges: PLEDGED → CONFIRMED → DELIVERED, or WITHDRAWN.',
});

/**
 * What an organisation promised (*toezegging*): an award of a call (one per funder, `applicationId`),
 * or an outcome of a round-table (`tableId`, later). Counted in the overview.
 */
@ObjectType({ description: 'What an organisation promised: money of an award, or an outcome of a round-table.' })
@Entity('commitment')
export class Commitment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  @Field(() => CommitmentKindEnum)
  @Column({ type: 'text' })
  kind: CommitmentKind;

  @Field(() => Int, { nullable: true, description: 'Money, whole euros (FUNDING).' })
  @Column({ type: 'int', nullable: true })
  amount: number | null;

  @Field(() => Int, { nullable: true, description: 'How many (places, volunteers).' })
  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => CommitmentStatusEnum)
  @Column({ type: 'text', default: 'OPEN' })
  status: CommitmentStatus;

  /** The awarded application of a call this commitment comes from. */
  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  /** The round-table this commitment was made at (the round-tables issue). */
  @Column({ name: 'table_id', type: 'uuid', nullable: true })
  tableId: string | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
