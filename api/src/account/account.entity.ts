import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person who signs in; served as `Viewer` to the person themself. Personal data: removed entirely
 * by `deleteMyAccount`.
 */
@ObjectType('Viewer', { description: 'The signed-in account, as seen by itself.' })
@Entity('account')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  email: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  /** scrypt hash with its parameters and salt; never logged, never returned. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => Boolean, { description: 'Alliance admins manage reference data, moderate content and read the audit log.' })
  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin: boolean;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
