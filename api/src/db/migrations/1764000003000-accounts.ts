import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling: one row per failed (or still running) sign-in, keyed by a hash of the e-mail
 * address, so that the count holds across API processes and leaves no address behind. Rows older
 * than the window are pruned as new attempts come in.
 */
export class Accounts1764000003000 implements MigrationInterface {
  name = 'Accounts1764000003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_hash bytea NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX sign_in_attempt_email_hash_idx ON sign_in_attempt (email_hash, attempted_at DESC)');
    await db.query('CREATE INDEX sign_in_attempt_attempted_at_idx ON sign_in_attempt (attempted_at)');
    // Membership lists and "who are the OWNERs" questions go by organisation.
    await db.query('CREATE INDEX membership_organisation_role_idx ON membership (organisation_id, role)');
    // "Who are the admins" is asked on every appointment and dismissal; admins are few.
    await db.query('CREATE INDEX account_is_admin_idx ON account (id) WHERE is_admin');
    await db.query('CREATE INDEX credential_account_kind_idx ON credential (account_id, kind) WHERE revoked_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX credential_account_kind_idx');
    await db.query('DROP INDEX account_is_admin_idx');
    await db.query('DROP INDEX membership_organisation_role_idx');
    await db.query('DROP TABLE sign_in_attempt');
  }
}
