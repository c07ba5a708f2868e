import { localeFromAcceptLanguage } from '@koppel/reference-data';
import { criterionSummaries, spread } from '@koppel/rules';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, type KoppelError, unauthenticated } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import type { RouteDeps } from '../core/module.js';
import { isMemberOf } from '../core/policy.js';
import { initiativeTitles } from '../initiative/initiative.query.js';
import { organisationSummaries } from '../organisation/organisation.query.js';
import { csvRow } from './call.csv.js';
import { callNotFound } from './call.errors.js';

/**
 * `GET /api/calls/{id}/applications.csv`: every application of a call, ranked as the funders see it
 * (score, spread, mean points per criterion), for the funders' members only.
 */
export function registerCallRoutes(app: FastifyInstance, { db, viewerOf }: RouteDeps): void {
  app.get<{ Params: { id: string } }>('/api/calls/:id/applications.csv', async (request, reply) => {
    const { viewer } = await viewerOf(request);
    if (!viewer) return refuse(request, reply, 401, unauthenticated());
    const callId = request.params.id;
    const [call] = isUuid(callId) ? await db.query('SELECT id, title FROM call WHERE id = $1', [callId]) : [];
    if (!call) return refuse(request, reply, 404, callNotFound());
    const funders: { fundId: string }[] = await db.query('SELECT fund_id AS "fundId" FROM call_funder WHERE call_id = $1', [callId]);
    if (!funders.some((f) => isMemberOf(viewer, f.fundId)))
      return refuse(
        request,
        reply,
        403,
        forbidden({ nl: 'Alleen leden van de fondsen van deze oproep.', en: "Only members of the call's funds." }),
      );

    const [rubric, applications, reviews] = await Promise.all([
      db.query('SELECT id, title FROM call_criterion WHERE call_id = $1 ORDER BY position', [callId]) as Promise<
        { id: string; title: string }[]
      >,
      db.query(
        `SELECT id, initiative_id AS "initiativeId", organisation_id AS "organisationId", status, amount_requested AS "amountRequested",
                amount_awarded AS "amountAwarded", score, review_count AS "reviewCount", motivation, reason, created_at AS "createdAt"
           FROM call_application WHERE call_id = $1 ORDER BY coalesce(score, -1) DESC, created_at, id`,
        [callId],
      ) as Promise<CsvApplication[]>,
      db.query(
        'SELECT r.application_id AS "applicationId", r.total, r.scores FROM call_review r JOIN call_application a ON a.id = r.application_id WHERE a.call_id = $1',
        [callId],
      ) as Promise<{ applicationId: string; total: number; scores: { criterionId: string; points: number }[] }[]>,
    ]);
    const [organisations, titles] = await Promise.all([
      organisationSummaries(
        db,
        applications.map((a) => a.organisationId),
      ),
      initiativeTitles(
        db,
        applications.map((a) => a.initiativeId),
      ),
    ]);
    const header = [
      'rank',
      'applicationId',
      'status',
      'organisation',
      'initiative',
      'amountRequested',
      'amountAwarded',
      'score',
      'reviews',
      'spread',
      ...rubric.map((c) => c.title),
      'motivation',
      'reason',
      'submittedAt',
    ];
    const lines = [csvRow(header)];
    applications.forEach((a, index) => {
      const mine = reviews.filter((r) => r.applicationId === a.id);
      const perCriterion = criterionSummaries(
        rubric,
        mine.map((r) => r.scores),
      );
      lines.push(
        csvRow([
          index + 1,
          a.id,
          a.status,
          organisations.get(a.organisationId)?.name ?? '',
          titles.get(a.initiativeId) ?? '',
          a.amountRequested,
          a.amountAwarded,
          a.score,
          a.reviewCount,
          spread(mine.map((r) => r.total)),
          ...perCriterion.map((c) => c.mean),
          a.motivation,
          a.reason,
          a.createdAt,
        ]),
      );
    });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="oproep-${callId}-aanvragen.csv"`)
      .header('cache-control', 'no-store')
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });
}

interface CsvApplication {
  id: string;
  initiativeId: string;
  organisationId: string;
  status: string;
  amountRequested: number;
  amountAwarded: number | null;
  score: number | null;
  reviewCount: number;
  motivation: string;
  reason: string | null;
  createdAt: Date;
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: number, error: KoppelError) {
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  return reply
    .code(status)
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
