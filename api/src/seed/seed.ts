import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { LOCKS, withAdvisoryLock } from '../db/data-source.js';
import { seedDemoAccounts } from './demo/accounts.js';
import { seedCalls } from './demo/calls.js';
import { type SeededKnowledge, seedKnowledge } from './demo/knowledge.js';
import { seedOverviewSpread } from './demo/overview.js';
import { type SeededRegistry, type SeedProgress, seedRegistry } from './demo/registry.js';
import { seedTables } from './demo/tables.js';

const SEEDED_KEY = 'demo_data_seeded_at';

export interface SeedOptions {
  production: boolean;
  /** Called as rows are written (the CLI draws a progress bar with it). */
  onProgress?: SeedProgress;
}

export interface SeededDemoData {
  registry: SeededRegistry;
  knowledge: SeededKnowledge;
}

/**
 * Seeds the demo dataset once per database: a restart, or a second API process, finds the marker
 * and leaves the data alone.
 */
export async function seedDemoDataOnFirstStart(db: DataSource, log: Logger, options: SeedOptions): Promise<void> {
  await withAdvisoryLock(db, LOCKS.seed, async () => {
    if (await isSeeded(db)) return;
    log.info('seeding the demo dataset (first start)');
    await seedDemoData(db, log, options);
    await markSeeded(db);
  });
}

/**
 * The demo dataset: deterministic, Dutch, over real municipalities. Features add their parts in `demo/`:
 * the registry first (in one transaction), then what stands on it.
 */
export async function seedDemoData(db: DataSource, log: Logger, options: SeedOptions): Promise<SeededDemoData> {
  const started = Date.now();
  const registry = await db.transaction((tx) => seedRegistry(tx, { onProgress: options.onProgress }));
  log.info({ ...registry.counts, ms: Date.now() - started }, 'demo registry seeded');
  // Demo accounts join the first organisation of each kind (by name).
  await seedDemoAccounts(db, log, options);
  // The knowledge library stands on both: items of the demo accounts' organisations, written and reviewed by them.
  const knowledge = await db.transaction((tx) => seedKnowledge(tx));
  log.info(knowledge, 'demo knowledge library seeded');
  // Calls stand on the registry, and their reviewers are demo accounts.
  const calls = await db.transaction((tx) => seedCalls(tx));
  log.info(calls, 'demo calls seeded');
  // Round-tables stand on the registry: municipalities organise, organisations nearby are invited.
  const tables = await db.transaction((tx) => seedTables(tx));
  log.info(tables, 'demo tables seeded');
  // The overview map's spread: funded initiatives in towns the registry left without any.
  const spread = await db.transaction((tx) => seedOverviewSpread(tx));
  log.info(spread, 'demo overview spread seeded');
  return { registry, knowledge };
}

export async function isSeeded(db: DataSource): Promise<boolean> {
  const [marker] = await db.query('SELECT value FROM app_state WHERE key = $1', [SEEDED_KEY]);
  return marker !== undefined;
}

export async function markSeeded(db: DataSource): Promise<void> {
  await db.query(
    'INSERT INTO app_state (key, value) VALUES ($1, to_jsonb(now())) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()',
    [SEEDED_KEY],
  );
}

/** The tables that hold demo data, emptied by `npm run seed -- --reset`; reference data and migrations stay. */
const DEMO_TABLES = [
  'organisation',
  'initiative',
  'fund_profile',
  'need',
  'offer',
  'membership',
  'account',
  'credential',
  'audit_entry',
  'sign_in_attempt',
  'call',
  'commitment',
  'knowledge_item',
  'publication',
  'round_table',
  'calendar_token',
];

/**
 * Empties the demo data (registry and accounts). CASCADE also empties tables of later features that
 * refer to organisations or accounts (tables, calls, …): they are demo data too.
 */
export async function deleteDemoData(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    const present: { table_name: string }[] = await tx.query(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[])',
      [DEMO_TABLES],
    );
    if (present.length) await tx.query(`TRUNCATE ${present.map((t) => `"${t.table_name}"`).join(', ')} RESTART IDENTITY CASCADE`);
    await tx.query('DELETE FROM app_state WHERE key = $1', [SEEDED_KEY]);
  });
}
