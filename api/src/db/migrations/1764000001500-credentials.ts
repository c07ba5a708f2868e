import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions (web cookie or bearer token from `signIn`) and personal API tokens. Only a SHA-256 of each
 * token is stored, so a leaked table cannot be replayed; any API process can check any token.
 */
export class Credentials1764000001500 implements MigrationInterface {
  name = 'Credentials1764000001500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SESSION','API_TOKEN')),
        token_hash bytea NOT NULL UNIQUE,
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query('CREATE INDEX credential_account_id_idx ON credential (account_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE credential');
  }
}
