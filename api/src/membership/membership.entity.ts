import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '../core/viewer.js';

export const MembershipRoleEnum = { OWNER: 'OWNER', EDITOR: 'EDITOR', VIEWER: 'VIEWER' } as const satisfies Record<
  MembershipRole,
  MembershipRole
>;
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'OWNER manages members and may delete; EDITOR edits the organisation and its initiatives; VIEWER reads drafts.',
});

/** An account's role in an organisation. The creator of an organisation is its first OWNER. */
@ObjectType({ description: "An account's role in an organisation. Visible to the account itself and to the organisation's members." })
@Entity('membership')
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'text' })
  role: MembershipRole;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
