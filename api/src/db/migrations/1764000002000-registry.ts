import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `'{EDUCATION,LABOUR_MARKET,TRAUMA_CARE,VOLUNTEERING,PUBLIC_PERCEPTION}'::text[]`;
const TARGET_GROUPS = `'{STATUSHOUDERS,ASYLUM_SEEKERS,CHILDREN_AND_YOUTH,WOMEN,FAMILIES,MIGRATION_BACKGROUND,PROFESSIONALS_AND_VOLUNTEERS}'::text[]`;
const NEED_OFFER_KINDS = `('FUNDING','VOLUNTEERS','EXPERTISE','JOBS_INTERNSHIPS','VENUE','MEDIA')`;

/**
 * The registry: organisation profiles, initiatives, fund profiles, needs and offers.
 *
 * Themes, places and target groups are arrays on the row itself (with GIN indexes), not join tables:
 * a page of initiatives then needs no extra query for them, filters are one `&&` each, and matching
 * can score 100k rows without joins. Theme and target-group values are checked against their fixed
 * lists here; municipality and province codes by the services (an array element cannot have a
 * foreign key).
 *
 * Searching uses stored `tsvector` columns with the `dutch` configuration (stemming: "vluchtelingen"
 * finds "vluchteling"), weighted title A, summary B, description C.
 *
 * `created_at` is kept to the millisecond (`timestamptz(3)`), so that a cursor holding a JavaScript
 * date points exactly at its row.
 */
export class Registry1764000002000 implements MigrationInterface {
  name = 'Registry1764000002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organisation
        ALTER COLUMN created_at TYPE timestamptz(3),
        ALTER COLUMN updated_at TYPE timestamptz(3),
        ADD COLUMN logo_url text,
        ADD COLUMN kvk_number text CONSTRAINT organisation_kvk_number_check CHECK (kvk_number ~ '^[0-9]{8}$'),
        ADD COLUMN rsin text CONSTRAINT organisation_rsin_check CHECK (rsin ~ '^[0-9]{9}$'),
        ADD COLUMN anbi boolean NOT NULL DEFAULT false,
        ADD COLUMN migrant_led boolean NOT NULL DEFAULT false,
        ADD COLUMN themes text[] NOT NULL DEFAULT '{}' CONSTRAINT organisation_themes_check CHECK (themes <@ ${THEMES}),
        ADD COLUMN municipality_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN province_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN national boolean NOT NULL DEFAULT false,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', description), 'B')
        ) STORED`);
    await db.query('CREATE INDEX organisation_themes_idx ON organisation USING gin (themes)');
    await db.query('CREATE INDEX organisation_municipality_codes_idx ON organisation USING gin (municipality_codes)');
    await db.query('CREATE INDEX organisation_search_idx ON organisation USING gin (search_vector)');

    await db.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 500),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','FUNDED','CLOSED')),
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ${THEMES}),
        municipality_codes text[] NOT NULL DEFAULT '{}',
        national boolean NOT NULL DEFAULT false,
        target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ${TARGET_GROUPS}),
        budget_requested integer CHECK (budget_requested >= 0),
        co_funding_secured integer NOT NULL DEFAULT 0 CHECK (co_funding_secured >= 0),
        starts_on date,
        ends_on date,
        published_at timestamptz(3),
        closed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') ||
          setweight(to_tsvector('dutch', summary), 'B') ||
          setweight(to_tsvector('dutch', description), 'C')
        ) STORED,
        CONSTRAINT initiative_period_check CHECK (starts_on <= ends_on),
        -- What a fund needs is filled in on every initiative that is (or was) public.
        CONSTRAINT initiative_publishable_check CHECK (
          status IN ('DRAFT','CLOSED') OR (
            summary <> '' AND cardinality(themes) > 0 AND (national OR cardinality(municipality_codes) > 0)
            AND cardinality(target_groups) > 0 AND budget_requested IS NOT NULL AND starts_on IS NOT NULL AND ends_on IS NOT NULL))
      )`);
    // The public list (published and funded, newest first) walks this index and stops after a page.
    await db.query(`CREATE INDEX initiative_listed_idx ON initiative (created_at DESC, id DESC) WHERE status IN ('PUBLISHED','FUNDED')`);
    await db.query('CREATE INDEX initiative_created_at_idx ON initiative (created_at DESC, id DESC)');
    await db.query('CREATE INDEX initiative_organisation_idx ON initiative (organisation_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX initiative_themes_idx ON initiative USING gin (themes)');
    await db.query('CREATE INDEX initiative_municipality_codes_idx ON initiative USING gin (municipality_codes)');
    await db.query('CREATE INDEX initiative_search_idx ON initiative USING gin (search_vector)');

    await db.query(`
      CREATE TABLE fund_profile (
        organisation_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ${THEMES}),
        municipality_codes text[] NOT NULL DEFAULT '{}',
        province_codes text[] NOT NULL DEFAULT '{}',
        national boolean NOT NULL DEFAULT false,
        min_grant integer NOT NULL DEFAULT 0 CHECK (min_grant >= 0),
        max_grant integer NOT NULL CHECK (max_grant >= min_grant),
        budget_available integer NOT NULL DEFAULT 0 CHECK (budget_available >= 0),
        description text NOT NULL DEFAULT '',
        -- Points per criterion for matching (its own issue); a fund may change them, matching may override per request.
        match_weights jsonb NOT NULL DEFAULT '{"theme": 30, "geography": 25, "budget": 15, "targetGroup": 10, "timing": 5, "text": 10, "completeness": 5}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('dutch', description)) STORED
      )`);
    await db.query('CREATE INDEX fund_profile_themes_idx ON fund_profile USING gin (themes)');
    await db.query('CREATE INDEX fund_profile_search_idx ON fund_profile USING gin (search_vector)');

    for (const table of ['need', 'offer']) {
      await db.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
          ${table === 'need' ? 'initiative_id uuid REFERENCES initiative (id) ON DELETE CASCADE,' : ''}
          kind text NOT NULL CHECK (kind IN ${NEED_OFFER_KINDS}),
          title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
          description text NOT NULL DEFAULT '',
          theme text CHECK (theme = ANY (${THEMES})),
          municipality_code text REFERENCES municipality (code),
          quantity integer CHECK (quantity >= 0),
          amount integer CHECK (amount >= 0),
          status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
          closed_at timestamptz(3),
          created_at timestamptz(3) NOT NULL DEFAULT now(),
          updated_at timestamptz(3) NOT NULL DEFAULT now(),
          search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')
          ) STORED
        )`);
      await db.query(`CREATE INDEX ${table}_organisation_idx ON ${table} (organisation_id)`);
      await db.query(`CREATE INDEX ${table}_created_at_idx ON ${table} (created_at DESC, id DESC)`);
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_vector)`);
    }
    await db.query('CREATE INDEX need_initiative_idx ON need (initiative_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE offer');
    await db.query('DROP TABLE need');
    await db.query('DROP TABLE fund_profile');
    await db.query('DROP TABLE initiative');
    await db.query('DROP INDEX organisation_search_idx');
    await db.query('DROP INDEX organisation_municipality_codes_idx');
    await db.query('DROP INDEX organisation_themes_idx');
    await db.query(`
      ALTER TABLE organisation
        DROP COLUMN search_vector,
        DROP COLUMN national,
        DROP COLUMN province_codes,
        DROP COLUMN municipality_codes,
        DROP COLUMN themes,
        DROP COLUMN migrant_led,
        DROP COLUMN anbi,
        DROP COLUMN rsin,
        DROP COLUMN kvk_number,
        DROP COLUMN logo_url,
        ALTER COLUMN updated_at TYPE timestamptz,
        ALTER COLUMN created_at TYPE timestamptz`);
  }
}
