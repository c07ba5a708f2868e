import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The core every feature stands on: organisations, accounts, who is member of what, and the audit log. */
export class OrganisationsAndAccounts1764000001000 implements MigrationInterface {
  name = 'OrganisationsAndAccounts1764000001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('FUND','NGO','MUNICIPALITY','COMPANY','INITIATIVE','GOVERNMENT','KNOWLEDGE_INSTITUTE')),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        website text,
        contact_email text,
        contact_phone text,
        municipality_code text REFERENCES municipality (code),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX organisation_kind_idx ON organisation (kind)');
    await db.query('CREATE INDEX organisation_municipality_code_idx ON organisation (municipality_code)');
    await db.query('CREATE INDEX organisation_created_at_idx ON organisation (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // E-mail addresses are unique whatever their case.
    await db.query('CREATE UNIQUE INDEX account_email_key ON account (lower(email))');

    await db.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER','EDITOR','VIEWER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, account_id)
      )`);
    await db.query('CREATE INDEX membership_account_id_idx ON membership (account_id)');

    await db.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        actor_pseudonym text NOT NULL,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        organisation_id uuid,
        changed_fields text[] NOT NULL DEFAULT '{}',
        request_id text
      )`);
    await db.query('CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC, id DESC)');
    await db.query('CREATE INDEX audit_entry_entity_idx ON audit_entry (entity, entity_id)');
    await db.query('CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_account_id)');
    await db.query('CREATE INDEX audit_entry_organisation_idx ON audit_entry (organisation_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_entry');
    await db.query('DROP TABLE membership');
    await db.query('DROP TABLE account');
    await db.query('DROP TABLE organisation');
  }
}
