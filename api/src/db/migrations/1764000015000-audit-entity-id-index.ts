import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasing an account pseudonymises every audit entry about it (`WHERE entity_id = $1`, whatever the
 * entity), which the (entity, entity_id) index cannot serve: without this index that erasure reads the
 * whole audit trail, under the erasure's locks, and grows slower with every write Koppel ever records.
 */
export class AuditEntityIdIndex1764000015000 implements MigrationInterface {
  name = 'AuditEntityIdIndex1764000015000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX audit_entry_entity_id_idx ON audit_entry (entity_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX audit_entry_entity_id_idx');
  }
}
