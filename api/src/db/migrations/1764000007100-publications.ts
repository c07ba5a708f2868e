import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `'{EDUCATION,LABOUR_MARKET,TRAUMA_CARE,VOLUNTEERING,PUBLIC_PERCEPTION}'::text[]`;
const KINDS = `('POSITION_PAPER','BILL_RESPONSE','SHADOW_REPORT','RESEARCH_REPORT','PRESS_RELEASE','LETTER')`;

/**
 * Publications and positions of the alliance's partners (position papers, responses to bills, shadow
 * reports, research reports, press releases, letters), and the partner organisations that co-sign them.
 *
 * Publications are public from the start: they describe documents already published elsewhere (a date
 * and a link). Lists run newest `published_on` first through the btree indexes below; an organisation's
 * page lists what it published and what it co-signed (`publication_co_signer_organisation_idx`).
 * Co-signing is the organisation's act, not a person's: the audit log keeps who clicked.
 */
export class Publications1764000007100 implements MigrationInterface {
  name = 'Publications1764000007100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
        url text NOT NULL CHECK (url ~ '^https?://'),
        published_on date NOT NULL,
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ${THEMES}),
        open_for_co_signing boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', summary), 'B')
        ) STORED
      )`);
    await db.query('CREATE INDEX publication_published_on_idx ON publication (published_on DESC, id DESC)');
    await db.query('CREATE INDEX publication_organisation_idx ON publication (organisation_id, published_on DESC, id DESC)');
    await db.query('CREATE INDEX publication_themes_idx ON publication USING gin (themes)');
    await db.query('CREATE INDEX publication_search_idx ON publication USING gin (search_vector)');

    await db.query(`
      CREATE TABLE publication_co_signer (
        publication_id uuid NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (publication_id, organisation_id)
      )`);
    await db.query('CREATE INDEX publication_co_signer_organisation_idx ON publication_co_signer (organisation_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE publication_co_signer');
    await db.query('DROP TABLE publication');
  }
}
