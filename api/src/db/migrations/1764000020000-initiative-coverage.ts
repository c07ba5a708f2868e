import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of a transition table `rel` as (place, theme, initiatives, requested) deltas with `sign`: one per public initiative, place it counts for and theme (and `*`). */
const contributions = (rel: string, sign: 1 | -1) => `
  SELECT p.code AS place_code, t.theme, ${sign} AS initiatives, ${sign}::bigint * coalesce(r.budget_requested, 0) AS requested
    FROM ${rel} r
   CROSS JOIN LATERAL (SELECT DISTINCT code FROM unnest(r.place_codes || '{*}'::text[]) AS code) AS p
   CROSS JOIN LATERAL (SELECT DISTINCT theme FROM unnest(r.themes || '{*}'::text[]) AS theme) AS t
   WHERE r.status IN ('PUBLISHED','FUNDED')`;

const apply = (rows: string) => `
  INSERT INTO initiative_coverage AS c (place_code, theme, initiatives, requested)
  SELECT place_code, theme, sum(initiatives)::int, sum(requested)::bigint FROM (${rows}) AS d
   GROUP BY place_code, theme HAVING sum(initiatives) <> 0 OR sum(requested) <> 0
   ORDER BY place_code, theme
  ON CONFLICT (place_code, theme) DO UPDATE
     SET initiatives = c.initiatives + EXCLUDED.initiatives, requested = c.requested + EXCLUDED.requested`;

/**
 * `initiative_coverage`: the initiative feature's counters for the overview — per place an initiative counts
 * for (each municipality, each of their provinces, `NL` when national, and `*` once for all) and per theme
 * (each of its themes, and `*` once for any): how many public initiatives (PUBLISHED or FUNDED) and what they
 * ask. Kept by statement-level triggers with transition tables: one INSERT … ON CONFLICT per statement, whatever
 * its number of rows (a 10,000-row import costs one), in (place, theme) order so that concurrent writers lock in
 * the same order. `coverage` then reads 342 × 1 rows instead of aggregating every public initiative.
 */
export class InitiativeCoverage1764000020000 implements MigrationInterface {
  name = 'InitiativeCoverage1764000020000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative_coverage (
        place_code text NOT NULL,
        theme text NOT NULL,
        initiatives integer NOT NULL,
        requested bigint NOT NULL,
        PRIMARY KEY (place_code, theme)
      )`);
    await db.query(`
      CREATE FUNCTION koppel_initiative_coverage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${apply(contributions('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${apply(contributions('old_rows', -1))};
        ELSE
          ${apply(`${contributions('new_rows', 1)} UNION ALL ${contributions('old_rows', -1)}`)};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_coverage_insert AFTER INSERT ON initiative REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION koppel_initiative_coverage()`);
    await db.query(`
      CREATE TRIGGER initiative_coverage_update AFTER UPDATE ON initiative REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION koppel_initiative_coverage()`);
    await db.query(`
      CREATE TRIGGER initiative_coverage_delete AFTER DELETE ON initiative REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION koppel_initiative_coverage()`);
    await db.query(apply(contributions('initiative', 1)));
    await db.query('ANALYZE initiative_coverage');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER initiative_coverage_delete ON initiative');
    await db.query('DROP TRIGGER initiative_coverage_update ON initiative');
    await db.query('DROP TRIGGER initiative_coverage_insert ON initiative');
    await db.query('DROP FUNCTION koppel_initiative_coverage()');
    await db.query('DROP TABLE initiative_coverage');
  }
}
