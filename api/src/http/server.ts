import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { localeFromAcceptLanguage } from '@koppel/reference-data';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { createApolloServer } from '../core/apollo.js';
import type { Context, ResponseCookies, Runtime, Settings } from '../core/context.js';
import {
  isOverload,
  type KoppelError,
  payloadTooLarge,
  RETRY_AFTER_SECONDS,
  serviceUnavailable,
  unauthenticated as unauthenticatedError,
} from '../core/errors.js';
import { createLoaders, type KoppelModule, type RouteDeps } from '../core/module.js';
import type { Viewer } from '../core/viewer.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  schema: GraphQLSchema;
  db: DataSource;
  log: Logger;
  /** Whether cookies get the Secure flag (production, behind HTTPS). */
  secureCookies: boolean;
  /** The built web app (`web/dist`); served at `/` when present. */
  webDist?: string;
  modules: readonly KoppelModule[];
  settings: Settings;
  runtime: Runtime;
}

export interface KoppelServer {
  app: FastifyInstance;
  /** Flipped once migrations and reference data are in place; until then `/readyz` and `/graphql` answer 503. */
  markReady(): void;
  /** Stopping: every new request, also on an open keep-alive connection, gets 503 and `Connection: close`. */
  startDraining(): void;
}

export async function createServer(options: ServerOptions): Promise<KoppelServer> {
  const identity = options.modules.find((m) => m.resolveViewer)?.resolveViewer;
  if (!identity) throw new Error('No module resolves the viewer (the credential module must be listed)');
  const viewerOf = (request: FastifyRequest) => identity(request, options.db);
  let ready = false;
  let draining = false;
  const app = Fastify({
    loggerInstance: options.log as FastifyBaseLogger,
    // One line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // GraphiQL and the web app are served from this origin only; no third-party CDN is allowed to load.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });

  // Requests refused before GraphQL sees them (body too large, malformed JSON, wrong content type) still
  // get a GraphQL-shaped error with an API code; overload (an exhausted pool in a route or in the viewer
  // lookup) is a 503 with Retry-After; anything unexpected is logged and masked.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (isOverload(error)) {
      request.log.warn({ err: error }, 'overloaded: answered SERVICE_UNAVAILABLE');
      return sendError(request, reply, serviceUnavailable());
    }
    if (error.statusCode === 413) return sendError(request, reply, payloadTooLarge(BODY_LIMIT_BYTES));
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unexpected error');
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    const message = status === 500 ? `Internal server error (request ${request.id})` : error.message;
    return reply.code(status).send({ errors: [{ message, extensions: { code, requestId: request.id } }] });
  });

  // While stopping: requests that arrive on open keep-alive connections get a 503 and `Connection: close`
  // (the client then opens a new connection elsewhere) instead of finding their connection reset.
  app.addHook('onRequest', async (request, reply) => {
    if (!draining) return;
    reply.header('connection', 'close');
    return sendError(
      request,
      reply,
      serviceUnavailable({ nl: 'Koppel stopt; probeer het zo opnieuw.', en: 'Koppel is stopping; try again shortly.' }),
    );
  });
  // Responses finishing while stopping close their connection, so that it does not wait idle for a next request.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (!ready) return reply.code(503).send({ status: 'starting' });
    try {
      await options.db.query('SELECT 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  const apollo = createApolloServer(options.schema);
  await apollo.start();
  app.addHook('onClose', () => apollo.stop());

  const graphiqlPage = options.webDist ? resolve(options.webDist, 'graphiql.html') : undefined;
  const graphql = fastifyApolloHandler<Context>(apollo, {
    context: async (request, reply) => buildContext(request, reply, options),
  });
  const handleGraphql = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ready) return sendError(request, reply, serviceUnavailable({ nl: 'Koppel start op.', en: 'Koppel is starting.' }));
    const { viewer, rejected } = await viewerOf(request);
    if (rejected) return rejectCredentials(request, reply);
    viewers.set(request, viewer);
    // A browser opening /graphql gets the GraphQL IDE, served by Koppel itself.
    if (request.method === 'GET' && graphiqlPage && wantsHtml(request) && !(request.query as Record<string, unknown>)?.query) {
      return reply.type('text/html').sendFile('graphiql.html');
    }
    return graphql.call(app, request, reply);
  };
  app.route({ method: ['GET', 'POST', 'OPTIONS'], url: '/graphql', handler: handleGraphql });
  const routeDeps: RouteDeps = { db: options.db, viewerOf, settings: options.settings, runtime: options.runtime };
  for (const module of options.modules) module.routes?.(app, routeDeps);

  if (options.webDist && existsSync(options.webDist)) {
    await app.register(fastifyStatic, { root: options.webDist, wildcard: false });
    // Routes of the single-page app fall back to its index page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && wantsHtml(request)) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  }

  return {
    app,
    markReady: () => {
      ready = true;
    },
    startDraining: () => {
      draining = true;
    },
  };
}

/** A KoppelError answered outside GraphQL, in the same shape and language as GraphQL's errors. */
function sendError(request: FastifyRequest, reply: FastifyReply, error: KoppelError) {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const { http, messages: _messages, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status: number } };
  if (error.code === 'SERVICE_UNAVAILABLE') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply
    .code(http?.status ?? 400)
    .send({ errors: [{ message: error.messages[locale], extensions: { ...extensions, code: error.code, requestId: request.id } }] });
}

const viewers = new WeakMap<FastifyRequest, Viewer | null>();

/** A bearer token that is malformed, unknown, revoked or expired: 401 before any resolver runs. */
function rejectCredentials(request: FastifyRequest, reply: FastifyReply) {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const error = unauthenticatedError();
  return reply
    .code(401)
    .header('www-authenticate', 'Bearer')
    .send({ errors: [{ message: error.messages[locale], extensions: { code: error.code, requestId: request.id } }] });
}

async function buildContext(request: FastifyRequest, reply: FastifyReply, options: ServerOptions): Promise<Context> {
  const viewer = viewers.get(request) ?? null;
  const cookies: ResponseCookies = {
    set: (name, value, { maxAgeSeconds }) => {
      reply.setCookie(name, value, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/', maxAge: maxAgeSeconds });
    },
    clear: (name) => {
      reply.clearCookie(name, { path: '/' });
    },
  };
  return {
    requestId: request.id,
    locale: localeFromAcceptLanguage(request.headers['accept-language']),
    viewer,
    db: options.db,
    loaders: createLoaders(options.modules, { db: options.db, viewer, runtime: options.runtime }),
    settings: options.settings,
    runtime: options.runtime,
    log: request.log as Logger,
    cookies,
  };
}

function wantsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}
