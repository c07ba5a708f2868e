import { startKoppel } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './config/logger.js';
import { describeStartupError } from './config/startup-errors.js';

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
  const koppel = await startKoppel(config, log).catch((error: unknown) => {
    process.stderr.write(`koppel: ${describeStartupError(error, config)}\n`);
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await koppel.stop();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
