import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `'{EDUCATION,LABOUR_MARKET,TRAUMA_CARE,VOLUNTEERING,PUBLIC_PERCEPTION}'::text[]`;

/**
 * Round-tables (`round_table`: `table` is a reserved word): local tables, working groups and
 * work-session series, organised by one organisation (optionally with a second).
 *
 * Capacity is counted, not stored as a counter: every answer to an invitation locks the table row
 * (`FOR UPDATE`) and counts the accepted, non-waitlisted invitations under that lock, so answers arriving
 * at several API processes can never accept more than the capacity. A waitlisted invitation takes the
 * next number of `table_waitlist_seq` under the same lock: the waitlist is in arrival order, and a freed
 * place goes to its lowest number.
 *
 * Slots and their votes (one per invited organisation and slot), sessions (scheduled slots or a
 * series; `sequence` rises with every change, for the calendar's SEQUENCE), agenda items (per table,
 * optionally per session), action items, join requests (working groups: before the deadline; series:
 * with what the participant needs) and personal calendar tokens (stored as a SHA-256 hash). Table
 * commitments live in `commitment.table_id` (the commitment feature); this migration adds the foreign
 * key and the round-table statuses PLEDGED → CONFIRMED → DELIVERED / WITHDRAWN there.
 */
export class Tables1764000018000 implements MigrationInterface {
  name = 'Tables1764000018000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE round_table (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('LOCAL_TABLE','WORKING_GROUP','WORK_SESSION_SERIES')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        theme text NOT NULL CHECK (theme = ANY(${THEMES})),
        municipality_code text REFERENCES municipality (code),
        organiser_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        co_organiser_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        capacity integer CHECK (capacity BETWEEN 1 AND 1000),
        status text NOT NULL DEFAULT 'PLANNING' CHECK (status IN ('PLANNING','SCHEDULED','CLOSED')),
        application_deadline timestamptz(3),
        starts_on date,
        ends_on date CHECK (ends_on >= starts_on),
        online boolean NOT NULL DEFAULT false,
        location text,
        quotas jsonb,
        created_by uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT round_table_local_check CHECK (kind <> 'LOCAL_TABLE' OR municipality_code IS NOT NULL)
      )`);
    await db.query('CREATE INDEX round_table_created_at_idx ON round_table (created_at DESC, id DESC)');
    await db.query('CREATE INDEX round_table_organiser_idx ON round_table (organiser_id)');
    await db.query('CREATE INDEX round_table_co_organiser_idx ON round_table (co_organiser_id)');
    await db.query('CREATE INDEX round_table_municipality_idx ON round_table (municipality_code)');
    await db.query('CREATE SEQUENCE table_waitlist_seq');
    await db.query(`
      CREATE TABLE table_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        response text CHECK (response IN ('ACCEPTED','DECLINED','TENTATIVE')),
        waitlist_number bigint,
        responded_at timestamptz(3),
        responded_by uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (table_id, organisation_id),
        CONSTRAINT table_invitation_waitlist_check CHECK (waitlist_number IS NULL OR response = 'ACCEPTED')
      )`);
    await db.query('CREATE INDEX table_invitation_organisation_idx ON table_invitation (organisation_id)');
    await db.query(`
      CREATE TABLE table_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        starts_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (table_id, starts_at)
      )`);
    await db.query(`
      CREATE TABLE table_slot_vote (
        slot_id uuid NOT NULL REFERENCES table_slot (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        vote text NOT NULL CHECK (vote IN ('YES','MAYBE','NO')),
        voted_by uuid REFERENCES account (id) ON DELETE SET NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (slot_id, organisation_id)
      )`);
    await db.query(`
      CREATE TABLE table_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        slot_id uuid REFERENCES table_slot (id) ON DELETE SET NULL,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        location text,
        join_url text,
        minutes text NOT NULL DEFAULT '',
        sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT table_session_order_check CHECK (ends_at > starts_at)
      )`);
    await db.query('CREATE INDEX table_session_table_idx ON table_session (table_id, starts_at)');
    await db.query(`
      CREATE TABLE table_agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        session_id uuid REFERENCES table_session (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1440),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX table_agenda_item_table_idx ON table_agenda_item (table_id, created_at)');
    await db.query('CREATE INDEX table_agenda_item_session_idx ON table_agenda_item (session_id)');
    await db.query(`
      CREATE TABLE table_action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        title text NOT NULL,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','CANCELLED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX table_action_item_table_idx ON table_action_item (table_id, due_on)');
    await db.query('CREATE INDEX table_action_item_owner_idx ON table_action_item (owner_organisation_id, due_on)');
    await db.query(`
      CREATE TABLE table_join_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        motivation text NOT NULL DEFAULT '',
        needs text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED','WITHDRAWN')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_at timestamptz(3)
      )`);
    await db.query(
      "CREATE UNIQUE INDEX table_join_request_open_idx ON table_join_request (table_id, organisation_id) WHERE status IN ('PENDING','ACCEPTED')",
    );
    await db.query('CREATE INDEX table_join_request_account_idx ON table_join_request (account_id)');
    await db.query(`
      CREATE TABLE calendar_token (
        account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      'ALTER TABLE commitment ADD CONSTRAINT commitment_table_fk FOREIGN KEY (table_id) REFERENCES round_table (id) ON DELETE CASCADE',
    );
    await db.query('CREATE INDEX commitment_table_idx ON commitment (table_id) WHERE table_id IS NOT NULL');
    await db.query('ALTER TABLE commitment DROP CONSTRAINT commitment_status_check');
    await db.query(
      "ALTER TABLE commitment ADD CONSTRAINT commitment_status_check CHECK (status IN ('OPEN','FULFILLED','CANCELLED','PLEDGED','CONFIRMED','DELIVERED','WITHDRAWN'))",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM commitment WHERE table_id IS NOT NULL');
    await db.query('ALTER TABLE commitment DROP CONSTRAINT commitment_status_check');
    await db.query("ALTER TABLE commitment ADD CONSTRAINT commitment_status_check CHECK (status IN ('OPEN','FULFILLED','CANCELLED'))");
    await db.query('DROP INDEX commitment_table_idx');
    await db.query('ALTER TABLE commitment DROP CONSTRAINT commitment_table_fk');
    await db.query('DROP TABLE calendar_token');
    await db.query('DROP TABLE table_join_request');
    await db.query('DROP TABLE table_action_item');
    await db.query('DROP TABLE table_agenda_item');
    await db.query('DROP TABLE table_session');
    await db.query('DROP TABLE table_slot_vote');
    await db.query('DROP TABLE table_slot');
    await db.query('DROP TABLE table_invitation');
    await db.query('DROP SEQUENCE table_waitlist_seq');
    await db.query('DROP TABLE round_table');
  }
}
