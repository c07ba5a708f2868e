import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionType } from '../core/paging.js';

/** One successful write: who, what, when, and which fields changed (names only, never values or secrets). */
@ObjectType({
  description: 'One successful write in Koppel: who, what, when, and the names of the changed fields (never values). Admins only.',
})
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** Served as `actorId` (AuditResolver). */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** Kept when the account is deleted, so the log stays readable without personal data. */
  @Field(() => String, { description: 'A stable pseudonym of the account that wrote; kept after the account is deleted.' })
  @Column({ name: 'actor_pseudonym', type: 'text' })
  actorPseudonym: string;

  @Field(() => String, { description: 'What was done, e.g. `addMember`, `updateInitiative`.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { description: 'The kind of thing written, e.g. `Membership`, `Initiative`.' })
  @Column({ type: 'text' })
  entity: string;

  @Field(() => String)
  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the write belongs to, if any.' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => [String])
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Field(() => String, { nullable: true, description: 'The request id, as in the server log and the response header `x-request-id`.' })
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}
