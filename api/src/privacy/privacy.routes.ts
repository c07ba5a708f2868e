import { localeFromAcceptLanguage } from '@koppel/reference-data';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { resolveViewer } from '../auth/resolve-viewer.js';
import { unauthenticated } from '../graphql/errors.js';
import { exportPersonalData } from './privacy.service.js';

export const EXPORT_PATH = '/api/me/export';

/**
 * `GET /api/me/export`: the viewer's personal data as a JSON file to download, with the session
 * cookie (a link in the web app) or a bearer token (scripts). Same content as `exportMyData`.
 */
export function registerPrivacyRoutes(app: FastifyInstance, db: DataSource): void {
  app.get(EXPORT_PATH, async (request, reply) => {
    const { viewer } = await resolveViewer(request, db);
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
    const data = await exportPersonalData(db, viewer.accountId);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="koppel-export-${day}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });
}
