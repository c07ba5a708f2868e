import { localeFromAcceptLanguage } from '@koppel/reference-data';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../core/errors.js';
import type { RouteDeps } from '../core/module.js';

export const EXPORT_PATH = '/api/me/export';

/**
 * `GET /api/me/export`: the viewer's personal data as a JSON file to download, with the session
 * cookie (a link in the web app) or a bearer token (scripts). Same content as `exportMyData`.
 */
export function registerPrivacyRoutes(app: FastifyInstance, { db, viewerOf, runtime }: RouteDeps): void {
  app.get(EXPORT_PATH, async (request, reply) => {
    const { viewer } = await viewerOf(request);
    if (!viewer) {
      const error = unauthenticated();
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .header('cache-control', 'no-store')
        .send({
          errors: [
            {
              message: error.messages[localeFromAcceptLanguage(request.headers['accept-language'])],
              extensions: { code: error.code, requestId: request.id },
            },
          ],
        });
    }
    const data = await runtime.privacy.export(db, viewer.accountId);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="koppel-export-${day}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });
}
