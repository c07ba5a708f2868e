import { localeFromAcceptLanguage } from '@koppel/reference-data';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context, Loaders } from '../core/context.js';
import { type ErrorCode, forbidden, KoppelError, unauthenticated } from '../core/errors.js';
import type { RouteDeps } from '../core/module.js';
import { createFundProfileLoaders } from '../fund-profile/fund-profile.loaders.js';
import { createInitiativeLoaders } from '../initiative/initiative.loaders.js';
import { createOrganisationLoaders } from '../organisation/organisation.loaders.js';
import { mayDownloadShortlist } from './matching.policy.js';
import { MatchingService } from './matching.service.js';

export const SHORTLIST_PATH = '/api/funds/:fundId/shortlist.csv';

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * `GET /api/funds/{fundId}/shortlist.csv`: the fund's shortlist, best first, for its signed-in members
 * (cookie or bearer token). UTF-8 with a BOM and `;` as delimiter, as Dutch spreadsheet programs expect.
 */
export function registerMatchingRoutes(app: FastifyInstance, { db, viewerOf, runtime }: RouteDeps): void {
  app.get<{ Params: { fundId: string } }>(SHORTLIST_PATH, async (request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    try {
      const { viewer } = await viewerOf(request);
      if (!viewer) throw unauthenticated();
      const deps = { db, viewer, runtime };
      const loaders = {
        initiative: createInitiativeLoaders(deps),
        organisation: createOrganisationLoaders(deps),
        fundProfile: createFundProfileLoaders(deps),
      } as Partial<Loaders> as Loaders;
      const ctx = { requestId: request.id, locale, viewer, db, loaders, runtime } as Partial<Context> as Context;
      const service = new MatchingService(ctx);
      const fund = await service.fund(request.params.fundId);
      if (!mayDownloadShortlist(viewer, fund.fund.id)) throw forbidden();
      const rows = await service.shortlist(fund);
      const organisations = await loaders.organisation.byId.loadMany(rows.map((r) => r.initiative.organisationId));
      const places = await service.places();
      const header = [
        'initiative_id',
        'title',
        'organisation',
        'municipalities',
        'national',
        'budget_requested',
        'starts_on',
        'ends_on',
        'score',
        'shortlisted_at',
      ];
      const lines = rows.map((row, index) => {
        const organisation = organisations[index];
        return [
          row.initiative.id,
          row.initiative.title,
          organisation && !(organisation instanceof Error) ? organisation.name : '',
          row.initiative.municipalityCodes.map(places.name).join(', '),
          row.initiative.national ? 'ja' : 'nee',
          row.initiative.budgetRequested ?? '',
          row.initiative.startsOn ?? '',
          row.initiative.endsOn ?? '',
          row.result.score.toFixed(2),
          row.decidedAt.toISOString(),
        ];
      });
      const csv = `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="shortlist-${fund.fund.id}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    } catch (error) {
      if (error instanceof KoppelError) return refuse(reply, request, error, locale);
      throw error;
    }
  });
}

function refuse(reply: FastifyReply, request: FastifyRequest, error: KoppelError, locale: 'nl' | 'en') {
  if (error.code === 'UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer');
  return reply
    .code(STATUS[error.code] ?? 400)
    .header('cache-control', 'no-store')
    .send({ errors: [{ message: error.messages[locale], extensions: { ...error.extensions, code: error.code, requestId: request.id } }] });
}

/** A CSV cell, quoted when needed; cells that a spreadsheet would run as a formula get a leading apostrophe. */
function csvCell(value: unknown): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
