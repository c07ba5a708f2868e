import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '../auth/viewer.js';

/** An account's role in an organisation. The creator of an organisation is its first OWNER. */
@Entity('membership')
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  role: MembershipRole;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
