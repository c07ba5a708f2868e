import type { Labels, Locale } from '@koppel/reference-data';
import { GraphQLError } from 'graphql';

/**
 * The error codes of the public API: those of `API.md`, then three Koppel adds for requests it cannot take
 * (README, "Error codes"). Nothing else reaches a client, except INTERNAL_SERVER_ERROR when Koppel itself is broken.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  // HTTP 413: a request body over the limit.
  'PAYLOAD_TOO_LARGE',
  // HTTP 400: a subscription (Koppel serves queries and mutations over HTTP only).
  'OPERATION_NOT_SUPPORTED',
  // HTTP 503 with Retry-After: starting, stopping, or overloaded (pool exhausted, statement or lock timeout).
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Which input fields are wrong, and why, in the request's language, by their path inside the argument:
 * `{ "title": "Te lang …", "municipalityCodes.1": "…" }` (a scalar argument by its own name: `{ "first": "…" }`).
 */
export type FieldProblems = Record<string, string>;

/**
 * An expected failure, shown to the client as it is. `message` is in both languages; the
 * response carries the one the request asked for (see `localizeErrors`).
 */
export class KoppelError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Labels,
    extensions: Record<string, unknown> = {},
  ) {
    super(messages.en, { extensions: { ...extensions, code } });
  }

  localized(locale: Locale): string {
    return this.messages[locale];
  }
}

/** The HTTP status of a refusal raised outside validation and execution (Apollo answers 500 for those otherwise). */
export function withHttpStatus<T extends KoppelError>(error: T, status: number): T {
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}

export const badUserInput = (fields: FieldProblems, messages?: Labels) =>
  new KoppelError('BAD_USER_INPUT', messages ?? { nl: 'De invoer klopt niet.', en: 'The input is not valid.' }, { fields });

export const unauthenticated = () => new KoppelError('UNAUTHENTICATED', { nl: 'Log eerst in.', en: 'Sign in first.' });

export const forbidden = (messages?: Labels) =>
  new KoppelError('FORBIDDEN', messages ?? { nl: 'Dat mag u niet doen.', en: 'You may not do that.' });

export const notFound = (what: Labels) =>
  new KoppelError('NOT_FOUND', { nl: `${what.nl} bestaat niet.`, en: `${what.en} does not exist.` });

export const conflict = (messages: Labels) => new KoppelError('CONFLICT', messages);

export const rateLimited = (retryAfterSeconds: number) =>
  new KoppelError(
    'RATE_LIMITED',
    { nl: 'Te veel pogingen; probeer het later opnieuw.', en: 'Too many attempts; try again later.' },
    { retryAfterSeconds },
  );

/** `httpStatus` for refusals raised outside validation (Apollo answers 200 for errors there otherwise). */
export const queryTooComplex = (messages: Labels, httpStatus?: number) =>
  new KoppelError('QUERY_TOO_COMPLEX', messages, httpStatus ? { http: { status: httpStatus } } : {});

export const payloadTooLarge = (limitBytes: number) =>
  new KoppelError(
    'PAYLOAD_TOO_LARGE',
    {
      nl: `Het verzoek is groter dan ${limitBytes / 1024 / 1024} MB.`,
      en: `The request body is larger than ${limitBytes / 1024 / 1024} MB.`,
    },
    { http: { status: 413 } },
  );

export const operationNotSupported = (operation: string) =>
  new KoppelError(
    'OPERATION_NOT_SUPPORTED',
    {
      nl: `Koppel voert geen ${operation} uit; alleen query en mutation.`,
      en: `Koppel does not run a ${operation}; only query and mutation.`,
    },
    { operation },
  );

/** How long a client should wait before it tries again after a SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 1;

export const serviceUnavailable = (messages?: Labels) =>
  new KoppelError(
    'SERVICE_UNAVAILABLE',
    messages ?? { nl: 'Koppel is nu te druk; probeer het zo opnieuw.', en: 'Koppel is too busy right now; try again shortly.' },
    { retryAfterSeconds: RETRY_AFTER_SECONDS, http: { status: 503 } },
  );

/**
 * PostgreSQL and pool failures that mean "too busy now, fine later": they answer SERVICE_UNAVAILABLE (503,
 * Retry-After), not an internal error. Statement timeout and lock timeout (57014, 55P03), too many
 * connections or a server starting up (53300, 57P03), serialization failures and deadlocks (40001, 40P01).
 */
const OVERLOAD_SQLSTATES = new Set(['57014', '55P03', '53300', '57P03', '40001', '40P01']);
const OVERLOAD_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

export function isOverload(error: unknown): boolean {
  // TypeORM wraps the driver's error (driverError), GraphQL the resolver's (originalError); a few levels at most.
  let current: unknown = error;
  for (let level = 0; level < 5 && current && typeof current === 'object'; level++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && OVERLOAD_SQLSTATES.has(code)) return true;
    if (typeof message === 'string' && OVERLOAD_MESSAGES.some((text) => message.includes(text))) return true;
    const next = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}
