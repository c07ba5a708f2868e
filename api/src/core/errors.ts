import type { Labels, Locale } from '@koppel/reference-data';
import { GraphQLError } from 'graphql';

/** The error codes of the public API (`API.md`). Nothing else reaches a client, except INTERNAL_SERVER_ERROR. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
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
