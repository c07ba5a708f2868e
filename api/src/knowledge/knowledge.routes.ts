import { type Locale, localeFromAcceptLanguage, THEME_LABELS, type ThemeSlug } from '@koppel/reference-data';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badUserInput, type KoppelError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import type { RouteDeps } from '../core/module.js';
import { hydrate, SqlParams, selectList } from '../core/paging.js';
import { KnowledgeItem } from './knowledge.entity.js';
import { knowledgeItemNotFound } from './knowledge.errors.js';
import { collectionMarkdown } from './knowledge.markdown.js';
import { knowledgeScope } from './knowledge.policy.js';
import { visibleKnowledge } from './knowledge.query.js';

export const COLLECTION_PATH = '/api/knowledge/collection.md';
const MAX_ITEMS = 50;

/**
 * `GET /api/knowledge/collection.md?ids=a,b,c`: the items chosen for a briefing as one Markdown file, in
 * the order given, for whoever may read them (published items for anyone; the organisation's own drafts
 * for its members, with the session cookie or a bearer token). A printable PDF is the web app's print
 * view of the same items.
 */
export function registerKnowledgeRoutes(app: FastifyInstance, { db, viewerOf }: RouteDeps): void {
  app.get(COLLECTION_PATH, async (request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const { viewer, rejected } = await viewerOf(request);
    if (rejected) return refuse(reply, request, locale, 401, undefined);
    const ids = idsOf(request);
    if (!ids) {
      const problem =
        locale === 'nl'
          ? `Geef 1 tot ${MAX_ITEMS} geldige ids, gescheiden door komma's.`
          : `Give 1 to ${MAX_ITEMS} valid ids, separated by commas.`;
      return refuse(reply, request, locale, 400, badUserInput({ ids: problem }));
    }
    const params = new SqlParams();
    const visible = visibleKnowledge(knowledgeScope(viewer), params);
    const rows: (Record<string, unknown> & { __organisation: string })[] = await db.query(
      `SELECT ${selectList(db, KnowledgeItem, 'k')}, o.name AS "__organisation"
         FROM knowledge_item k JOIN organisation o ON o.id = k.organisation_id
        WHERE k.id = ANY(${params.add(ids)}::uuid[])${visible ? ` AND ${visible}` : ''}`,
      params.values,
    );
    const found = new Map(
      rows.map(({ __organisation, ...columns }) => [
        columns.id as string,
        { item: hydrate(KnowledgeItem, columns), organisationName: __organisation },
      ]),
    );
    const entries = ids.flatMap((id) => {
      const entry = found.get(id);
      return entry ? [{ ...entry, themeNames: entry.item.themes.map((slug: ThemeSlug) => THEME_LABELS[slug][locale]) }] : [];
    });
    if (entries.length < ids.length) return refuse(reply, request, locale, 404, knowledgeItemNotFound());
    const today = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/markdown; charset=utf-8')
      .header('content-disposition', `attachment; filename="kennisbank-briefing-${today}.md"`)
      .header('cache-control', 'private, no-store')
      .send(collectionMarkdown(entries, locale, today));
  });
}

/** The ids asked for, each once in their first place; null when there are none, too many, or one is not an id. */
function idsOf(request: FastifyRequest): string[] | null {
  const raw = (request.query as Record<string, unknown>).ids;
  const text = Array.isArray(raw) ? raw.join(',') : typeof raw === 'string' ? raw : '';
  const ids = [
    ...new Set(
      text
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (!ids.length || ids.length > MAX_ITEMS || !ids.every(isUuid)) return null;
  return ids;
}

function refuse(reply: FastifyReply, request: FastifyRequest, locale: Locale, status: number, error: KoppelError | undefined) {
  const body = error
    ? { message: error.messages[locale], extensions: { ...error.extensions, requestId: request.id } }
    : {
        message: locale === 'nl' ? 'Dit token is ongeldig of verlopen.' : 'This token is not valid or has expired.',
        extensions: { code: 'UNAUTHENTICATED', requestId: request.id },
      };
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ errors: [body] });
}
