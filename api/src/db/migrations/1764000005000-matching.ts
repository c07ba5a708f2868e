import type { MigrationInterface, QueryRunner } from 'typeorm';

const TARGET_GROUPS = `'{STATUSHOUDERS,ASYLUM_SEEKERS,CHILDREN_AND_YOUTH,WOMEN,FAMILIES,MIGRATION_BACKGROUND,PROFESSIONALS_AND_VOLUNTEERS}'::text[]`;

/**
 * Explainable matching (api/src/matching, packages/rules/src/matching).
 *
 * - A fund profile names the target groups it funds (none: all) and its horizon in months (timing looks
 *   that far ahead).
 * - `initiative.match_completeness` counts the profile checks the completeness criterion rewards (a
 *   summary of 100+ characters, a description of 300+, co-funding), so that ranking 100k initiatives
 *   never reads their long texts. `COMPLETE_SUMMARY` and `COMPLETE_DESCRIPTION` in packages/rules say the same.
 * - `initiative_match_idx`: the published initiatives with every column the ranking reads, so that the
 *   ranking is an index-only scan of a narrow index instead of the wide heap (see the README's benchmark).
 * - `match_decision`: a fund's shortlist and dismissals, one row per fund and initiative.
 * - `match_alert`: funds that want a digest of new matches above a threshold; `checked_until` is how far
 *   the alert worker has looked, `last_digest_at` keeps it to one digest a day.
 */
export class Matching1764000005000 implements MigrationInterface {
  name = 'Matching1764000005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE fund_profile
        ADD COLUMN target_groups text[] NOT NULL DEFAULT '{}' CONSTRAINT fund_profile_target_groups_check CHECK (target_groups <@ ${TARGET_GROUPS}),
        ADD COLUMN horizon_months integer NOT NULL DEFAULT 12 CONSTRAINT fund_profile_horizon_months_check CHECK (horizon_months BETWEEN 1 AND 120)`);
    await db.query(`
      ALTER TABLE initiative ADD COLUMN match_completeness smallint GENERATED ALWAYS AS (
        (length(summary) >= 100)::int + (length(description) >= 300)::int + (co_funding_secured > 0)::int
      ) STORED`);
    await db.query(`
      CREATE INDEX initiative_match_idx ON initiative (id)
        INCLUDE (themes, place_codes, municipality_codes, national, target_groups, budget_requested, starts_on, ends_on, match_completeness)
        WHERE status = 'PUBLISHED'`);
    await db.query(`
      CREATE TABLE match_decision (
        fund_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('SHORTLISTED','DISMISSED')),
        decided_by uuid REFERENCES account (id) ON DELETE SET NULL,
        decided_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (fund_id, initiative_id)
      )`);
    await db.query('CREATE INDEX match_decision_initiative_idx ON match_decision (initiative_id)');
    await db.query(`
      CREATE TABLE match_alert (
        fund_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
        threshold integer NOT NULL CHECK (threshold BETWEEN 0 AND 100),
        checked_until timestamptz(3) NOT NULL DEFAULT now(),
        last_digest_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The alert worker looks for initiatives published after a fund's checked_until.
    await db.query(`CREATE INDEX initiative_published_at_idx ON initiative (published_at) WHERE status = 'PUBLISHED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX initiative_published_at_idx');
    await db.query('DROP TABLE match_alert');
    await db.query('DROP TABLE match_decision');
    await db.query('DROP INDEX initiative_match_idx');
    await db.query('ALTER TABLE initiative DROP COLUMN match_completeness');
    await db.query('ALTER TABLE fund_profile DROP COLUMN horizon_months, DROP COLUMN target_groups');
  }
}
