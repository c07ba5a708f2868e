import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase } from './connections.js';
import { TEMPLATE_DATABASE } from './global-setup.js';

/** A fresh, migrated database with the reference data, cloned from the run's template in ~100 ms. */
export function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase(inject('pgAdminUrl'), `koppel_test_${randomBytes(6).toString('hex')}`, TEMPLATE_DATABASE);
}
