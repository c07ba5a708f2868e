import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `'{EDUCATION,LABOUR_MARKET,TRAUMA_CARE,VOLUNTEERING,PUBLIC_PERCEPTION}'::text[]`;

/**
 * Calls for proposals and commitments.
 *
 * A call (`call`) has one or more funders (`call_funder`, each with its share of the budget: the
 * budget is their sum), a rubric (`call_criterion`, fixed once created), reviewers (`call_reviewer`,
 * accounts) and applications (`call_application`, one per initiative per call). A review
 * (`call_review`) keeps one reviewer's points per criterion as JSON and their total; the
 * application's `score` (the mean of the totals) is kept on the row by the review's transaction, so
 * that the ranked list pages through an index like any other list.
 *
 * Awards are counted, not stored as a counter: the award transaction locks the call row
 * (`FOR UPDATE`) and counts the AWARDED applications and their sum under that lock, so two API
 * processes can never award the last place twice.
 *
 * `commitment` is what an organisation promised: an award becomes one FUNDING commitment per funder
 * (`application_id`); round-tables add theirs later (`table_id`). Account erasure keeps reviews
 * without their reviewer (`ON DELETE SET NULL`).
 */
export class Calls1764000016000 implements MigrationInterface {
  name = 'Calls1764000016000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','CLOSED','DECIDED')),
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ${THEMES}),
        municipality_codes text[] NOT NULL DEFAULT '{}',
        province_codes text[] NOT NULL DEFAULT '{}',
        national boolean NOT NULL DEFAULT false,
        min_grant integer NOT NULL CHECK (min_grant >= 0),
        max_grant integer NOT NULL,
        places integer NOT NULL CHECK (places >= 1),
        opens_on date NOT NULL,
        deadline timestamptz(3) NOT NULL,
        questions text[] NOT NULL DEFAULT '{}',
        opened_at timestamptz(3),
        closed_at timestamptz(3),
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')
        ) STORED,
        CONSTRAINT call_grant_range_check CHECK (min_grant <= max_grant)
      )`);
    await db.query('CREATE INDEX call_created_at_idx ON call (created_at DESC, id DESC)');
    await db.query('CREATE INDEX call_themes_idx ON call USING gin (themes)');
    await db.query('CREATE INDEX call_search_idx ON call USING gin (search_vector)');

    await db.query(`
      CREATE TABLE call_funder (
        call_id uuid NOT NULL REFERENCES call (id) ON DELETE CASCADE,
        fund_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        amount integer NOT NULL CHECK (amount > 0),
        position integer NOT NULL,
        PRIMARY KEY (call_id, fund_id)
      )`);
    await db.query('CREATE INDEX call_funder_fund_idx ON call_funder (fund_id)');

    await db.query(`
      CREATE TABLE call_criterion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES call (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        max_points integer NOT NULL CHECK (max_points BETWEEN 1 AND 1000),
        UNIQUE (call_id, position)
      )`);

    await db.query(`
      CREATE TABLE call_reviewer (
        call_id uuid NOT NULL REFERENCES call (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (call_id, account_id)
      )`);
    await db.query('CREATE INDEX call_reviewer_account_idx ON call_reviewer (account_id)');

    await db.query(`
      CREATE TABLE call_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES call (id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','UNDER_REVIEW','AWARDED','REJECTED','WITHDRAWN')),
        amount_requested integer NOT NULL CHECK (amount_requested >= 0),
        amount_awarded integer CHECK (amount_awarded >= 0),
        motivation text NOT NULL DEFAULT '',
        answers text[] NOT NULL DEFAULT '{}',
        score real,
        review_count integer NOT NULL DEFAULT 0,
        reason text,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (call_id, initiative_id),
        CONSTRAINT call_application_award_check CHECK ((status = 'AWARDED') = (amount_awarded IS NOT NULL))
      )`);
    // The ranked list per call: best score first, unreviewed last, then who applied first.
    await db.query('CREATE INDEX call_application_ranked_idx ON call_application (call_id, (coalesce(score, -1)) DESC, created_at, id)');
    await db.query('CREATE INDEX call_application_organisation_idx ON call_application (organisation_id)');
    await db.query('CREATE INDEX call_application_initiative_idx ON call_application (initiative_id)');

    await db.query(`
      CREATE TABLE call_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES call_application (id) ON DELETE CASCADE,
        reviewer_id uuid REFERENCES account (id) ON DELETE SET NULL,
        scores jsonb NOT NULL,
        total integer NOT NULL CHECK (total >= 0),
        comment text NOT NULL DEFAULT '',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (application_id, reviewer_id)
      )`);
    await db.query('CREATE INDEX call_review_reviewer_idx ON call_review (reviewer_id)');

    await db.query(`
      CREATE TABLE commitment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        initiative_id uuid REFERENCES initiative (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('FUNDING','PLACES','VOLUNTEERS','EXPERTISE','VENUE')),
        amount integer CHECK (amount >= 0),
        quantity integer CHECK (quantity >= 0),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','FULFILLED','CANCELLED')),
        application_id uuid REFERENCES call_application (id) ON DELETE CASCADE,
        table_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT commitment_funding_check CHECK (kind <> 'FUNDING' OR amount IS NOT NULL)
      )`);
    await db.query(
      'CREATE UNIQUE INDEX commitment_application_idx ON commitment (application_id, organisation_id) WHERE application_id IS NOT NULL',
    );
    await db.query('CREATE INDEX commitment_organisation_idx ON commitment (organisation_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX commitment_initiative_idx ON commitment (initiative_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE commitment');
    await db.query('DROP TABLE call_review');
    await db.query('DROP TABLE call_application');
    await db.query('DROP TABLE call_reviewer');
    await db.query('DROP TABLE call_criterion');
    await db.query('DROP TABLE call_funder');
    await db.query('DROP TABLE call');
  }
}
