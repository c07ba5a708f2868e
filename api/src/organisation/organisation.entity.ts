import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['FUND', 'NGO', 'MUNICIPALITY', 'COMPANY', 'INITIATIVE', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A fund, NGO, municipality, company, initiative, government body or knowledge institute. */
@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

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
