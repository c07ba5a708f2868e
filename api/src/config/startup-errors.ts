import type { Config } from './config.js';

/** One line a person can act on, for the ways a start usually fails; never a stack trace. */
export function describeStartupError(error: unknown, config: Config): string {
  const err = error as NodeJS.ErrnoException & { address?: string };
  const message = err?.message ?? String(error);
  if (err?.code === 'EADDRINUSE') return `port ${config.PORT} is already in use; set PORT to a free port`;
  if (err?.code === 'EACCES') return `no permission to listen on port ${config.PORT}; set PORT to a port above 1023`;
  if (err?.code === 'ECONNREFUSED' || err?.code === 'ENOTFOUND' || err?.code === 'EAI_AGAIN' || err?.code === 'ETIMEDOUT' || /timeout/i.test(message)) {
    return config.DATABASE_URL
      ? `cannot reach the database at DATABASE_URL (${redactUrl(config.DATABASE_URL)}): ${err.code ?? message}`
      : `cannot reach the embedded PostgreSQL: ${message}`;
  }
  if (err?.code === '28P01' || err?.code === '3D000' || err?.code === '28000') {
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
