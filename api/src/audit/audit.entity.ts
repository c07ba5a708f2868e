import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One successful write: who, what, when, and which fields changed (names only, never values or secrets). */
@Entity('audit_entry')
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** Kept when the account is deleted, so the log stays readable without personal data. */
  @Column({ name: 'actor_pseudonym', type: 'text' })
  actorPseudonym: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
