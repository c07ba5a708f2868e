import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['FUND', 'NGO', 'MUNICIPALITY', 'COMPANY', 'INITIATIVE', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((kind) => [kind, kind])) as { [K in OrganisationKind]: K };
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What kind of organisation this is.' });

/** A fund, NGO, municipality, company, initiative, government body or knowledge institute. */
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

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Shown to signed-in accounts only. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  /** Shown to signed-in accounts only. */
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
