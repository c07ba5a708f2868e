import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES = `ARRAY['EDUCATION','LABOUR_MARKET','TRAUMA_CARE','VOLUNTEERING','PUBLIC_PERCEPTION']`;
const GROUPS = `ARRAY['STATUSHOUDERS','ASYLUM_SEEKERS','CHILDREN_AND_YOUTH','WOMEN','FAMILIES','MIGRATION_BACKGROUND','PROFESSIONALS_AND_VOLUNTEERS']`;
const mask = (column: string, slugs: string) =>
  `(SELECT COALESCE(sum(DISTINCT 1 << (array_position(${slugs}, s) - 1)), 0) FROM unnest(${column}) AS s)::smallint`;

const INDEX_COLUMNS = '(place_code, theme_mask, group_mask, budget_requested)';
const COVERED = 'initiative_id, starts_on, ends_on, completeness';

/** The trigger function of migration 1764000017000, with or without the `*` row's search vector. */
const profileFunction = (withText: boolean) => `
  CREATE OR REPLACE FUNCTION koppel_initiative_match_profile() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      DELETE FROM initiative_match_profile WHERE initiative_id = OLD.id;
    END IF;
    IF NEW.status = 'PUBLISHED' THEN
      INSERT INTO initiative_match_profile (initiative_id, place_code, theme_mask, group_mask, budget_requested, starts_on, ends_on, completeness${withText ? ', search_vector' : ''})
      SELECT NEW.id, p.code, ${mask('NEW.themes', THEMES)}, ${mask('NEW.target_groups', GROUPS)},
             NEW.budget_requested, NEW.starts_on, NEW.ends_on, NEW.match_completeness${withText ? `, CASE WHEN p.code = '*' THEN NEW.search_vector END` : ''}
        FROM (SELECT DISTINCT code FROM unnest(NEW.place_codes || '{*}'::text[]) AS code) AS p;
    END IF;
    RETURN NULL;
  END $$`;

/** The update trigger of migration 1764000017000; with the text, an edit of title, summary or description fires it too. */
const updateTrigger = (withText: boolean) => `
  CREATE TRIGGER initiative_match_profile_update AFTER UPDATE ON initiative
  FOR EACH ROW WHEN (
    (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') AND (
      OLD.status IS DISTINCT FROM NEW.status OR OLD.themes IS DISTINCT FROM NEW.themes OR OLD.place_codes IS DISTINCT FROM NEW.place_codes
      OR OLD.target_groups IS DISTINCT FROM NEW.target_groups OR OLD.budget_requested IS DISTINCT FROM NEW.budget_requested
      OR OLD.starts_on IS DISTINCT FROM NEW.starts_on OR OLD.ends_on IS DISTINCT FROM NEW.ends_on
      OR OLD.match_completeness IS DISTINCT FROM NEW.match_completeness${withText ? ' OR OLD.search_vector IS DISTINCT FROM NEW.search_vector' : ''}))
  EXECUTE FUNCTION koppel_initiative_match_profile()`;

/**
 * `initiative_match_profile` carries the initiative's search vector on its `*` row (NULL on the place rows), and
 * its ranking index covers it: a national fund — whose only geography tier is `*` — ranks the text of every
 * initiative still in reach straight from the index-only scan that finds it, instead of one primary-key lookup
 * into `initiative` per candidate (5,700 of them for a national fund naming no target groups, on the benchmark's
 * 100k). Only the `*` rows carry it, so the index grows by one vector per published initiative, not per place.
 * An edit of the title, summary or description now refreshes the profile too.
 */
export class MatchProfileText1764000019000 implements MigrationInterface {
  name = 'MatchProfileText1764000019000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE initiative_match_profile ADD COLUMN search_vector tsvector');
    await db.query(`
      UPDATE initiative_match_profile p SET search_vector = i.search_vector
        FROM initiative i WHERE i.id = p.initiative_id AND p.place_code = '*'`);
    await db.query('DROP INDEX initiative_match_profile_rank_idx');
    await db.query(
      `CREATE INDEX initiative_match_profile_rank_idx ON initiative_match_profile ${INDEX_COLUMNS} INCLUDE (${COVERED}, search_vector)`,
    );
    await db.query(profileFunction(true));
    await db.query('DROP TRIGGER initiative_match_profile_update ON initiative');
    await db.query(updateTrigger(true));
    await db.query('ANALYZE initiative_match_profile');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER initiative_match_profile_update ON initiative');
    await db.query(updateTrigger(false));
    await db.query(profileFunction(false));
    await db.query('DROP INDEX initiative_match_profile_rank_idx');
    await db.query(`CREATE INDEX initiative_match_profile_rank_idx ON initiative_match_profile ${INDEX_COLUMNS} INCLUDE (${COVERED})`);
    await db.query('ALTER TABLE initiative_match_profile DROP COLUMN search_vector');
  }
}
