import type { MigrationInterface, QueryRunner } from 'typeorm';

// Bit i of a mask is slug i of these lists: THEME_SLUGS and TARGET_GROUP_SLUGS in packages/reference-data
// (api/src/initiative/initiative.match-profile.ts reads the masks with the same order).
const THEMES = `ARRAY['EDUCATION','LABOUR_MARKET','TRAUMA_CARE','VOLUNTEERING','PUBLIC_PERCEPTION']`;
const GROUPS = `ARRAY['STATUSHOUDERS','ASYLUM_SEEKERS','CHILDREN_AND_YOUTH','WOMEN','FAMILIES','MIGRATION_BACKGROUND','PROFESSIONALS_AND_VOLUNTEERS']`;
const mask = (column: string, slugs: string) =>
  `(SELECT COALESCE(sum(DISTINCT 1 << (array_position(${slugs}, s) - 1)), 0) FROM unnest(${column}) AS s)::smallint`;

/**
 * `initiative_match_profile`: what matching needs of each published initiative, narrow (no texts) and kept
 * current by a trigger of the initiative feature, which owns it; matching only reads it (see
 * api/src/initiative/initiative.match-profile.ts and api/src/matching/matching.query.ts).
 *
 * One row per published initiative and *place it counts for*: each of its municipalities, each of their
 * provinces, `NL` when it is national (its `place_codes`) — and `*`, once for every initiative. Ranking for a
 * fund then reads, per geography tier (the fund's municipalities, its provinces, `NL`, `*`), per theme set
 * and target-group set, a budget range of one B-tree: the index's order *is* the upper bound of the score
 * (themes, geography and target groups exactly, the budget by range), so the ranking visits only the
 * rows that could still reach the top 20 instead of every initiative that shares a theme. Themes and
 * target groups are bit masks (bit i: slug i of THEME_SLUGS / TARGET_GROUP_SLUGS); `completeness` is
 * `initiative.match_completeness`. Published initiatives always have a budget and a period
 * (`initiative_publishable_check`), so those columns are NOT NULL here.
 *
 * `initiative_match_idx` (migration 1764000005000) goes: the planner never chose it, and every write paid
 * for it.
 */
export class InitiativeMatchProfile1764000017000 implements MigrationInterface {
  name = 'InitiativeMatchProfile1764000017000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative_match_profile (
        initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        place_code text NOT NULL,
        theme_mask smallint NOT NULL,
        group_mask smallint NOT NULL,
        budget_requested integer NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        completeness smallint NOT NULL,
        PRIMARY KEY (initiative_id, place_code)
      )`);
    await db.query(`
      CREATE INDEX initiative_match_profile_rank_idx ON initiative_match_profile (place_code, theme_mask, group_mask, budget_requested)
        INCLUDE (initiative_id, starts_on, ends_on, completeness)`);
    await db.query(`
      CREATE FUNCTION koppel_initiative_match_profile() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM initiative_match_profile WHERE initiative_id = OLD.id;
        END IF;
        IF NEW.status = 'PUBLISHED' THEN
          INSERT INTO initiative_match_profile (initiative_id, place_code, theme_mask, group_mask, budget_requested, starts_on, ends_on, completeness)
          SELECT NEW.id, p.code, ${mask('NEW.themes', THEMES)}, ${mask('NEW.target_groups', GROUPS)},
                 NEW.budget_requested, NEW.starts_on, NEW.ends_on, NEW.match_completeness
            FROM (SELECT DISTINCT code FROM unnest(NEW.place_codes || '{*}'::text[]) AS code) AS p;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_match_profile_insert AFTER INSERT ON initiative
      FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION koppel_initiative_match_profile()`);
    await db.query(`
      CREATE TRIGGER initiative_match_profile_update AFTER UPDATE ON initiative
      FOR EACH ROW WHEN (
        (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') AND (
          OLD.status IS DISTINCT FROM NEW.status OR OLD.themes IS DISTINCT FROM NEW.themes OR OLD.place_codes IS DISTINCT FROM NEW.place_codes
          OR OLD.target_groups IS DISTINCT FROM NEW.target_groups OR OLD.budget_requested IS DISTINCT FROM NEW.budget_requested
          OR OLD.starts_on IS DISTINCT FROM NEW.starts_on OR OLD.ends_on IS DISTINCT FROM NEW.ends_on
          OR OLD.match_completeness IS DISTINCT FROM NEW.match_completeness))
      EXECUTE FUNCTION koppel_initiative_match_profile()`);
    await db.query(`
      INSERT INTO initiative_match_profile (initiative_id, place_code, theme_mask, group_mask, budget_requested, starts_on, ends_on, completeness)
      SELECT i.id, p.code, ${mask('i.themes', THEMES)}, ${mask('i.target_groups', GROUPS)}, i.budget_requested, i.starts_on, i.ends_on, i.match_completeness
        FROM initiative i CROSS JOIN LATERAL (SELECT DISTINCT code FROM unnest(i.place_codes || '{*}'::text[]) AS code) AS p
       WHERE i.status = 'PUBLISHED'`);
    await db.query('ANALYZE initiative_match_profile');
    await db.query('DROP INDEX initiative_match_idx');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX initiative_match_idx ON initiative (id)
        INCLUDE (themes, place_codes, municipality_codes, national, target_groups, budget_requested, starts_on, ends_on, match_completeness)
        WHERE status = 'PUBLISHED'`);
    await db.query('DROP TRIGGER initiative_match_profile_update ON initiative');
    await db.query('DROP TRIGGER initiative_match_profile_insert ON initiative');
    await db.query('DROP FUNCTION koppel_initiative_match_profile()');
    await db.query('DROP TABLE initiative_match_profile');
  }
}
