import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to an organisation or a fund profile NOTIFYs `koppel_fund_changed` with the organisation's id
 * (on commit; `*` after a TRUNCATE), so that each API process's fund cache drops it — whichever process or tool
 * made the change.
 */
export class FundNotify1764000021000 implements MigrationInterface {
  name = 'FundNotify1764000021000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION koppel_notify_fund_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('koppel_fund_changed', '*');
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('koppel_fund_changed', to_jsonb(OLD) ->> TG_ARGV[0]);
        ELSE
          PERFORM pg_notify('koppel_fund_changed', to_jsonb(NEW) ->> TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, column] of TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_fund_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION koppel_notify_fund_changed('${column}')`);
      await db.query(`
        CREATE TRIGGER ${table}_fund_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION koppel_notify_fund_changed('${column}')`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table] of TABLES) {
      await db.query(`DROP TRIGGER ${table}_fund_truncated ON ${table}`);
      await db.query(`DROP TRIGGER ${table}_fund_changed ON ${table}`);
    }
    await db.query('DROP FUNCTION koppel_notify_fund_changed()');
  }
}

const TABLES = [
  ['organisation', 'id'],
  ['fund_profile', 'organisation_id'],
] as const;
