import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLFormattedError, GraphQLSchema, ValidationContext } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { forbidden, isOverload, KoppelError, queryTooComplex, RETRY_AFTER_SECONDS, serviceUnavailable, unauthenticated } from './errors.js';
import { compiledExecution } from './jit.js';
import { requestInputCheck, storableLiteralsRule } from './request-input.js';

/** The protective limits every request passes before any resolver runs. */
export const QUERY_LIMITS = { depth: 10, aliases: 15, directives: 20, cost: 25_000, tokens: 10_000 } as const;

const tooComplex = (nl: string, en: string) => (context: ValidationContext | null) => {
  context?.reportError(queryTooComplex({ nl, en }));
};

const validationRules = [
  maxDepthRule({
    n: QUERY_LIMITS.depth,
    propagateOnRejection: false,
    onReject: [
      tooComplex(`De query is dieper dan ${QUERY_LIMITS.depth} niveaus.`, `The query is nested deeper than ${QUERY_LIMITS.depth} levels.`),
    ],
  }),
  maxAliasesRule({
    n: QUERY_LIMITS.aliases,
    // `__typename` aliases count too: each is cheap, but thousands of them are not.
    allowList: [],
    propagateOnRejection: false,
    onReject: [
      tooComplex(`De query heeft meer dan ${QUERY_LIMITS.aliases} aliassen.`, `The query has more than ${QUERY_LIMITS.aliases} aliases.`),
    ],
  }),
  maxDirectivesRule({
    n: QUERY_LIMITS.directives,
    propagateOnRejection: false,
    onReject: [tooComplex(`De query heeft te veel directives.`, `The query has too many directives.`)],
  }),
  storableLiteralsRule,
];

/** Client mistakes the GraphQL layer detects itself; their messages are safe to show. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export function createApolloServer(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    // The schema comes through the compiled execution (graphql-jit), Apollo's `gateway` hook for an executor.
    gateway: compiledExecution(schema),
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops everything in order (HTTP, Apollo, pool, PostgreSQL).
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Koppel sets no cache hints; left on, the plugin wraps every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      requestInputCheck(schema, QUERY_LIMITS.cost),
      errorReporting,
    ],
  });
}

/**
 * Maps every error to a code of the API, once. Anything unexpected is masked: no SQL, stack or
 * driver message leaves the process; the log has it under the request id the client also gets.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalError(error);
  if (original instanceof KoppelError) {
    // `http` sets the response status; Apollo reads it from the error itself, the client never sees it.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions: { ...extensions, messages: original.messages } };
  }
  // An exhausted pool, a statement or lock timeout: overload is an answer (503 with Retry-After), not a failure.
  if (isOverload(original)) return withCode(formatted, serviceUnavailable());
  const code = String(formatted.extensions?.code ?? '');
  // type-graphql's @Authorized gate
  if (code === 'UNAUTHENTICATED') return withCode(formatted, unauthenticated());
  if (code === 'UNAUTHORIZED') return withCode(formatted, forbidden());
  if (code === 'GRAPHQL_PARSE_FAILED' && formatted.message.includes('tokens')) {
    return withCode(
      formatted,
      queryTooComplex({
        nl: `De query heeft meer dan ${QUERY_LIMITS.tokens} tokens.`,
        en: `The query has more than ${QUERY_LIMITS.tokens} tokens.`,
      }),
    );
  }
  if (CLIENT_ERROR_CODES.has(code)) {
    // Malformed queries and variables are bad input too; the precise GraphQL reason stays alongside.
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } };
}

function withCode(formatted: GraphQLFormattedError, error: KoppelError): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  return { ...formatted, message: error.message, extensions: { ...extensions, messages: error.messages } };
}

function originalError(error: unknown): unknown {
  let current = unwrapResolverError(error);
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    if (current instanceof KoppelError) break;
    current = current.originalError;
  }
  return current;
}

/**
 * Logs unexpected errors with the request id, puts that id on every error the client sees, and
 * picks the message in the request's language.
 */
const errorReporting: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = originalError(error);
          if (isOverload(original)) {
            contextValue.log.warn({ err: original, path: error.path }, 'overloaded: answered SERVICE_UNAVAILABLE');
            continue;
          }
          if (original instanceof KoppelError || isClientError(error)) continue;
          contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        if (response.body.singleResult.errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          const { messages, unexpected, ...extensions } = (error.extensions ?? {}) as Record<string, unknown> & {
            messages?: Record<string, string>;
            unexpected?: boolean;
          };
          const message =
            messages?.[contextValue.locale] ?? (unexpected ? `Internal server error (request ${contextValue.requestId})` : error.message);
          return { ...error, message, extensions: { ...extensions, requestId: contextValue.requestId } };
        });
      },
    };
  },
};

function isClientError(error: GraphQLError): boolean {
  const code = String(error.extensions?.code ?? '');
  return CLIENT_ERROR_CODES.has(code) || code === 'UNAUTHENTICATED' || code === 'UNAUTHORIZED';
}
