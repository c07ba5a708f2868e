import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where an initiative runs, as one indexable array: its municipality codes, the codes of their
 * provinces, and `NL` when it runs nationally. A municipality or province filter (national ones
 * included) is then one `place_codes && $codes` that a GIN index answers together with the theme and
 * search indexes, instead of a recheck of every candidate row; matching can use it for fund regions
 * too. A trigger keeps it in step with `municipality_codes` and `national`, whoever writes the row.
 */
export class InitiativePlaces1764000002100 implements MigrationInterface {
  name = 'InitiativePlaces1764000002100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN place_codes text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE FUNCTION koppel_initiative_place_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.place_codes := NEW.municipality_codes
          || ARRAY(SELECT DISTINCT m.province_code FROM municipality m WHERE m.code = ANY (NEW.municipality_codes) ORDER BY 1)
          || CASE WHEN NEW.national THEN ARRAY['NL'] ELSE ARRAY[]::text[] END;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_place_codes BEFORE INSERT OR UPDATE OF municipality_codes, national ON initiative
      FOR EACH ROW EXECUTE FUNCTION koppel_initiative_place_codes()`);
    await db.query('UPDATE initiative SET municipality_codes = municipality_codes');
    await db.query('CREATE INDEX initiative_place_codes_idx ON initiative USING gin (place_codes)');
    // Every place filter goes through place_codes now.
    await db.query('DROP INDEX initiative_municipality_codes_idx');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX initiative_municipality_codes_idx ON initiative USING gin (municipality_codes)');
    await db.query('DROP TRIGGER initiative_place_codes ON initiative');
    await db.query('DROP FUNCTION koppel_initiative_place_codes()');
    await db.query('ALTER TABLE initiative DROP COLUMN place_codes');
  }
}
