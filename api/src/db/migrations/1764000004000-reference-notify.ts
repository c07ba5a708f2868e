import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the reference tables NOTIFYs `koppel_reference_changed` (on commit), so that each
 * API process's reference cache reloads — whichever process or tool made the change.
 */
export class ReferenceNotify1764000004000 implements MigrationInterface {
  name = 'ReferenceNotify1764000004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION koppel_notify_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('koppel_reference_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['theme', 'province', 'municipality']) {
      await db.query(`
        CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION koppel_notify_reference_changed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['theme', 'province', 'municipality']) await db.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await db.query('DROP FUNCTION koppel_notify_reference_changed()');
  }
}
