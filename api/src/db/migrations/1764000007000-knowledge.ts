import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `'{EDUCATION,LABOUR_MARKET,TRAUMA_CARE,VOLUNTEERING,PUBLIC_PERCEPTION}'::text[]`;
const AUDIENCES = `'{MEDIA,POLITICS,PUBLIC,PROFESSIONALS}'::text[]`;

/**
 * The knowledge library: Q&A items, every version of their text, and their reviews.
 *
 * Sources are a `jsonb` array on the item (`[{ title, url, publisher, year }]`), not a child table: they
 * are part of the text — written, reviewed, versioned and shown together with the answer, never queried
 * on their own — so a page of items needs no extra statement for them, and a version row keeps them as
 * they were with one copy of the column. The database guarantees what review relies on: an item in
 * review or published has at least one source (`knowledge_item_sourced_check`), the short answer stays
 * quotable (≤ 280 characters).
 *
 * Every text written (the first one and each change) is a row of `knowledge_item_version` with its
 * author and which fields changed, so "who changed what" reads from one table; the item holds the
 * current text and `last_author_id`, the account the four-eyes rule keeps from approving it.
 *
 * Account links (`last_author_id`, `author_id`, `reviewer_id`) are cleared on erasure of the person,
 * the texts stay: the organisation owns them (see the feature's personal data).
 *
 * Search: `dutch` stemming over question (A), short answer (B) and long answer (C), as the registry does.
 */
export class Knowledge1764000007000 implements MigrationInterface {
  name = 'Knowledge1764000007000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE knowledge_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
        short_answer text NOT NULL CHECK (length(short_answer) BETWEEN 1 AND 280),
        long_answer text NOT NULL DEFAULT '' CHECK (length(long_answer) <= 20000),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_REVIEW','PUBLISHED','ARCHIVED')),
        themes text[] NOT NULL DEFAULT '{}' CHECK (themes <@ ${THEMES}),
        audiences text[] NOT NULL DEFAULT '{}' CHECK (audiences <@ ${AUDIENCES}),
        sources jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        last_author_id uuid REFERENCES account (id) ON DELETE SET NULL,
        submitted_at timestamptz(3),
        published_at timestamptz(3),
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', question), 'A') ||
          setweight(to_tsvector('dutch', short_answer), 'B') ||
          setweight(to_tsvector('dutch', long_answer), 'C')
        ) STORED,
        CONSTRAINT knowledge_item_sourced_check CHECK (status IN ('DRAFT','ARCHIVED') OR jsonb_array_length(sources) > 0)
      )`);
    // The public list (published, newest first) walks this index and stops after a page.
    await db.query(`CREATE INDEX knowledge_item_listed_idx ON knowledge_item (created_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await db.query('CREATE INDEX knowledge_item_created_at_idx ON knowledge_item (created_at DESC, id DESC)');
    await db.query('CREATE INDEX knowledge_item_organisation_idx ON knowledge_item (organisation_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX knowledge_item_themes_idx ON knowledge_item USING gin (themes)');
    await db.query('CREATE INDEX knowledge_item_audiences_idx ON knowledge_item USING gin (audiences)');
    await db.query('CREATE INDEX knowledge_item_search_idx ON knowledge_item USING gin (search_vector)');
    await db.query('CREATE INDEX knowledge_item_last_author_idx ON knowledge_item (last_author_id) WHERE last_author_id IS NOT NULL');

    await db.query(`
      CREATE TABLE knowledge_item_version (
        item_id uuid NOT NULL REFERENCES knowledge_item (id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        question text NOT NULL,
        short_answer text NOT NULL,
        long_answer text NOT NULL,
        themes text[] NOT NULL,
        audiences text[] NOT NULL,
        sources jsonb NOT NULL,
        changed_fields text[] NOT NULL DEFAULT '{}',
        author_id uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, version)
      )`);
    await db.query('CREATE INDEX knowledge_item_version_author_idx ON knowledge_item_version (author_id) WHERE author_id IS NOT NULL');

    await db.query(`
      CREATE TABLE knowledge_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES knowledge_item (id) ON DELETE CASCADE,
        version integer NOT NULL,
        decision text NOT NULL CHECK (decision IN ('APPROVE','REQUEST_CHANGES')),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        reviewer_id uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- Sending a text back says why.
        CONSTRAINT knowledge_review_reason_check CHECK (decision = 'APPROVE' OR comment <> '')
      )`);
    await db.query('CREATE INDEX knowledge_review_item_idx ON knowledge_review (item_id, created_at, id)');
    await db.query('CREATE INDEX knowledge_review_reviewer_idx ON knowledge_review (reviewer_id) WHERE reviewer_id IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE knowledge_review');
    await db.query('DROP TABLE knowledge_item_version');
    await db.query('DROP TABLE knowledge_item');
  }
}
