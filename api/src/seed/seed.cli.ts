import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { type Config, ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { describeStartupError } from '../config/startup-errors.js';
import { entitiesOf } from '../core/module.js';
import { createDataSource, migrate } from '../db/data-source.js';
import type { EmbeddedDatabase } from '../db/embedded.js';
import { MODULES } from '../modules.js';
import { syncReferenceData } from '../reference/reference.sync.js';
import { deleteDemoData, isSeeded, markSeeded, seedDemoData } from './seed.js';

/**
 * `npm run seed [-- --reset]`: writes the demo dataset into the database Koppel uses (DATABASE_URL, or
 * the embedded PostgreSQL under KOPPEL_DATA_DIR). `--reset` first deletes the demo data (registry and
 * accounts); reference data and migrations stay. Runs while no Koppel uses the embedded cluster.
 */
async function main(config: Config): Promise<void> {
  const reset = process.argv.includes('--reset');
  // The CLI talks to people; the JSON log only says something when it goes wrong.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const say = (line: string) => process.stdout.write(`${line}\n`);

  let embedded: EmbeddedDatabase | undefined;
  if (config.DATABASE_URL) {
    say(`Koppel demo data → ${redacted(config.DATABASE_URL)}`);
  } else {
    const running = runningPostgres(config.KOPPEL_DATA_DIR);
    if (running) {
      fail(
        `the embedded PostgreSQL in ${resolve(config.KOPPEL_DATA_DIR, 'postgres')} is in use (process ${running}), probably by a running Koppel.\n` +
          '  Stop it first (Ctrl-C in its terminal), then run the seed again — or point DATABASE_URL at the database.',
      );
    }
    say(`Koppel demo data → embedded PostgreSQL in ${resolve(config.KOPPEL_DATA_DIR)} (port ${config.KOPPEL_EMBEDDED_PG_PORT})`);
    // Loaded only when used: with DATABASE_URL no PostgreSQL binaries are needed.
    const { startEmbeddedPostgres } = await import('../db/embedded.js');
    embedded = await startEmbeddedPostgres({ dataDir: config.KOPPEL_DATA_DIR, port: config.KOPPEL_EMBEDDED_PG_PORT, log });
  }

  const db = createDataSource({
    url: config.DATABASE_URL ?? (embedded as EmbeddedDatabase).url,
    poolSize: 2,
    entities: entitiesOf(MODULES),
  });
  try {
    await db.initialize();
    const ran = await migrate(db);
    if (ran.length) say(`migrations applied: ${ran.join(', ')}`);
    await syncReferenceData(db);

    if (reset) {
      say('deleting the demo data (reference data and migrations stay)…');
      await deleteDemoData(db);
    } else if (await isSeeded(db)) {
      say('The demo data is already there. Run `npm run seed -- --reset` to delete it and seed again.');
      return;
    }

    say('seeding the demo dataset…');
    const bar = new cliProgress.SingleBar(
      { format: '  {bar} {percentage}% | {value}/{total} rows | {step}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const result = await seedDemoData(db, log, {
      production: config.NODE_ENV === 'production',
      onProgress: (step, done, total) => {
        if (!started) {
          bar.start(total, 0, { step });
          started = true;
        }
        bar.update(done, { step });
      },
    });
    bar.stop();
    await markSeeded(db);
    const { counts } = result.registry;
    say(
      `done: ${counts.organisations} organisations (${counts.fundProfiles} funds with a profile), ${counts.initiatives} initiatives, ` +
        `${counts.needs} needs, ${counts.offers} offers${config.NODE_ENV === 'production' ? '' : ', demo accounts (see the README)'}.`,
    );
  } finally {
    await db.destroy().catch(() => {});
    await embedded?.stop();
  }
}

/** The pid of the PostgreSQL that holds the data directory, if it is alive (a stale pid file after a crash is fine). */
function runningPostgres(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(resolve(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function fail(message: string): never {
  process.stderr.write(`koppel seed: ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  for (const problem of error.problems) process.stderr.write(`koppel seed: configuration: ${problem}\n`);
  process.exit(2);
}
main(config).catch((error: unknown) => fail(describeStartupError(error, config)));
