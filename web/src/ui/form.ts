import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback, useState } from 'react';

/** What the API said was wrong with a submitted form. */
export interface Problems {
  /** `extensions.fields`: the input field's name (without `input.`) → the API's message, in the request language. */
  fields: Record<string, string>;
  /** The error's message, for what is not about one field. */
  message?: string;
  code?: string;
  /** RATE_LIMITED: how long until the next try. */
  retryAfterSeconds?: number;
}

export const NO_PROBLEMS: Problems = { fields: {} };

/** Reads an Apollo error into problems; a network failure gets `fallback` as its message. */
export function problemsOf(error: unknown, fallback: string): Problems {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const fields: Record<string, string> = {};
    for (const graphqlError of error.errors) {
      const reported = graphqlError.extensions?.fields;
      if (reported && typeof reported === 'object') {
        for (const [path, message] of Object.entries(reported as Record<string, string>)) fields[path.replace(/^input\./, '')] ??= message;
      }
    }
    const first = error.errors[0];
    const retry = first?.extensions?.retryAfterSeconds;
    return {
      fields,
      message: first?.message,
      code: typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined,
      retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
    };
  }
  return { fields: {}, message: fallback };
}

/** The problems of one form: set from a failed mutation, cleared on the next submit. */
export function useProblems(fallback: string) {
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const fail = useCallback((error: unknown) => setProblems(problemsOf(error, fallback)), [fallback]);
  const clear = useCallback(() => setProblems(NO_PROBLEMS), []);
  return { problems, fail, clear, field: (name: string) => problems.fields[name] };
}

/** Turns '' into null: the API clears optional fields with null and refuses empty addresses. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** A whole number from a number field, or null when empty. */
export const intOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** The API answered NOT_FOUND (unknown id, or a draft the viewer may not see). */
export function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.code === 'NOT_FOUND');
}
