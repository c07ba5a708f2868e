import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CredentialKind = 'SESSION' | 'API_TOKEN';

/** A session or a personal API token. The token itself is never stored, only its SHA-256. */
@Entity('credential')
export class Credential {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  kind: CredentialKind;

  @Column({ name: 'token_hash', type: 'bytea', select: false })
  tokenHash: Buffer;

  /** What the owner called a personal API token ("import script"); null for sessions. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
