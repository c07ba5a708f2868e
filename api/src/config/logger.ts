import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs; the only logger in the process. Secrets are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'koppel-api' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'headers.authorization',
        'headers.cookie',
        'variables.password',
        'variables.input.password',
      ],
      censor: '[redacted]',
    },
  });
}
