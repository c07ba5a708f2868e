import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data (themes, provinces, municipalities) and the process-wide state table. */
export class ReferenceData1764000000000 implements MigrationInterface {
  name = 'ReferenceData1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    // unaccent() is only STABLE; this wrapper pins the dictionary so it may be used in indexes.
    await db.query(`
      CREATE FUNCTION koppel_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await db.query(`
      CREATE TABLE theme (
        slug text PRIMARY KEY,
        position smallint NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE province (
        code text PRIMARY KEY CHECK (code ~ '^PV[0-9]{2}$'),
        name text NOT NULL,
        official_name text NOT NULL,
        population integer NOT NULL CHECK (population >= 0)
      )`);
    await db.query(`
      CREATE TABLE municipality (
        code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        name text NOT NULL,
        province_code text NOT NULL REFERENCES province (code),
        population integer NOT NULL CHECK (population >= 0)
      )`);
    await db.query('CREATE INDEX municipality_province_code_idx ON municipality (province_code)');
    await db.query(`
      CREATE TABLE app_state (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE app_state');
    await db.query('DROP TABLE municipality');
    await db.query('DROP TABLE province');
    await db.query('DROP TABLE theme');
    await db.query('DROP FUNCTION koppel_fold(text)');
  }
}
