import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { LOCKS, withAdvisoryLock } from '../db/data-source.js';

const SEEDED_KEY = 'demo_data_seeded_at';

/**
 * Seeds the demo dataset once per database: a restart, or a second API process, finds the marker
 * and leaves the data alone.
 */
export async function seedDemoDataOnFirstStart(db: DataSource, log: Logger, options: { production: boolean }): Promise<void> {
  await withAdvisoryLock(db, LOCKS.seed, async () => {
    const [marker] = await db.query('SELECT value FROM app_state WHERE key = $1', [SEEDED_KEY]);
    if (marker) return;
    log.info('seeding the demo dataset (first start)');
    await seedDemoData(db, log, options);
    await db.query('INSERT INTO app_state (key, value) VALUES ($1, to_jsonb(now()))', [SEEDED_KEY]);
  });
}

/** The demo dataset: deterministic, Dutch, over real municipalities. Features add their parts in `demo/`. */
export async function seedDemoData(_db: DataSource, _log: Logger, _options: { production: boolean }): Promise<void> {}
