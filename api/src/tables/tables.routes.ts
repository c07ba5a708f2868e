import { createHash } from 'node:crypto';
import { localeFromAcceptLanguage } from '@koppel/reference-data';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../core/ids.js';
import type { RouteDeps } from '../core/module.js';
import { tableNotFound } from './tables.errors.js';
import { calendar, type IcsSession, type IcsTable } from './tables.ics.js';
import { tableUrl } from './tables.messages.js';

export const calendarTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * `GET /api/tables/{id}/calendar.ics`: every session of a (public) table. `GET /api/calendar/{token}.ics`:
 * a person's subscription, every session of the tables their organisations organise or take part in;
 * the token is secret (stored hashed) and revocable (`revokeCalendarToken`).
 */
export function registerTableRoutes(app: FastifyInstance, { db, settings }: RouteDeps): void {
  const publicUrl = settings.tables.publicUrl;
  const sessionsOf = async (tableIds: string[]) => {
    const rows: (IcsSession & { tableId: string })[] = await db.query(
      `SELECT id, table_id AS "tableId", starts_at AS "startsAt", ends_at AS "endsAt", location, join_url AS "joinUrl", sequence
         FROM table_session WHERE table_id = ANY($1::uuid[]) ORDER BY starts_at, id`,
      [tableIds],
    );
    return rows;
  };
  const build = async (name: string, tables: { id: string; title: string; description: string }[]) => {
    const sessions = await sessionsOf(tables.map((t) => t.id));
    const ics: IcsTable[] = tables.map((t) => ({
      ...t,
      url: tableUrl(publicUrl, t.id),
      sessions: sessions.filter((s) => s.tableId === t.id),
    }));
    return calendar(name, ics, new Date());
  };
  const send = (reply: FastifyReply, body: string, filename: string) =>
    reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', 'no-cache')
      .send(body);

  app.get<{ Params: { id: string } }>('/api/tables/:id/calendar.ics', async (request, reply) => {
    const id = request.params.id;
    const [table] = isUuid(id) ? await db.query('SELECT id, title, description FROM round_table WHERE id = $1', [id]) : [];
    if (!table) return notFound(request, reply);
    return send(reply, await build(table.title, [table]), 'tafel.ics');
  });

  app.get<{ Params: { token: string } }>('/api/calendar/:token.ics', async (request, reply) => {
    const token = request.params.token;
    const [owner] = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await db.query('SELECT account_id FROM calendar_token WHERE token_hash = $1', [calendarTokenHash(token)])
      : [];
    if (!owner) return notFound(request, reply);
    const tables = await db.query(
      `SELECT t.id, t.title, t.description FROM round_table t
        WHERE EXISTS (SELECT 1 FROM membership m WHERE m.account_id = $1 AND (
                m.organisation_id IN (t.organiser_id, t.co_organiser_id)
                OR EXISTS (SELECT 1 FROM table_invitation i WHERE i.table_id = t.id AND i.organisation_id = m.organisation_id
                             AND i.response IN ('ACCEPTED','TENTATIVE') AND i.waitlist_number IS NULL)))
        ORDER BY t.created_at, t.id LIMIT 500`,
      [owner.account_id],
    );
    return send(reply, await build('Koppel', tables), 'koppel.ics');
  });
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const error = tableNotFound();
  return reply
    .code(404)
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
