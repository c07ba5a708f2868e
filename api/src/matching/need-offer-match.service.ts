import { sameKind, scoreNeedOffer } from '@koppel/rules';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { hydrate, selectList } from '../core/paging.js';
import { mayViewInitiative } from '../initiative/initiative.policy.js';
import { Need, type NeedOrOffer, Offer } from '../needs-offers/needs-offers.entity.js';
import type { NeedMatch, OfferMatch } from './matching.entity.js';
import { firstOutOfRange, notOpen } from './matching.errors.js';
import { needOfferFacts, placesFromSnapshot } from './matching.facts.js';
import { DEFAULT_FIRST, MAX_FIRST } from './matching.service.js';

/** Open offers or needs of the same kind, at most this many (newest first) are scored: enough for a registry of this size. */
const CANDIDATES = 2000;

/**
 * `matchOffers` (for a need) and `matchNeeds` (for an offer): the same kind only, scored by the pure
 * rules on theme, place, capacity and text; the text rank of each candidate against the other's text
 * comes from PostgreSQL in the candidates' statement.
 */
export async function matchNeedsOffers(
  ctx: Context,
  side: 'need' | 'offer',
  id: string,
  firstArg: number | null | undefined,
): Promise<(OfferMatch | NeedMatch)[]> {
  const first = firstArg ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw firstOutOfRange(ctx.locale, MAX_FIRST);
  const own = side === 'need' ? Need : Offer;
  const other = side === 'need' ? Offer : Need;
  const source = isUuid(id) ? await (side === 'need' ? ctx.loaders.needsOffers.need : ctx.loaders.needsOffers.offer).load(id) : null;
  if (!source || !(await mayViewSource(ctx, source as NeedOrOffer))) {
    throw notFound(side === 'need' ? { nl: 'Deze behoefte', en: 'This need' } : { nl: 'Dit aanbod', en: 'This offer' });
  }
  if (source.status !== 'OPEN') throw notOpen(ctx.locale, side === 'need' ? 'needId' : 'offerId');
  const table = side === 'need' ? 'offer' : 'need';
  const visible =
    table === 'need'
      ? `AND (c.initiative_id IS NULL OR EXISTS (SELECT 1 FROM initiative i WHERE i.id = c.initiative_id AND i.status IN ('PUBLISHED','FUNDED')))`
      : '';
  const rows: (Record<string, unknown> & { text_rank: number })[] = await ctx.db.query(
    `SELECT ${selectList(ctx.db, other, 'c')},
            ts_rank(c.search_vector, replace(plainto_tsquery('dutch', s.title || ' ' || s.description)::text, '&', '|')::tsquery)::float8 AS text_rank
       FROM ${table} c, ${own === Need ? 'need' : 'offer'} s
      WHERE s.id = $1 AND c.kind = s.kind AND c.status = 'OPEN' AND c.organisation_id <> s.organisation_id ${visible}
      ORDER BY c.created_at DESC, c.id DESC LIMIT ${CANDIDATES}`,
    [source.id],
  );
  const places = placesFromSnapshot(await ctx.runtime.reference.get());
  const sourceFacts = needOfferFacts(source as NeedOrOffer, places);
  const scored = rows
    .map((row) => {
      const candidate = hydrate(other as new () => NeedOrOffer, row);
      const candidateFacts = needOfferFacts(candidate, places);
      const [need, offer] = side === 'need' ? [sourceFacts, candidateFacts] : [candidateFacts, sourceFacts];
      if (!sameKind(need, offer)) return null;
      return {
        candidate,
        result: scoreNeedOffer(need, offer, row.text_rank, { locale: ctx.locale, perspective: side, placeName: places.name }),
      };
    })
    .filter((s): s is NonNullable<typeof s> => s !== null)
    .sort((a, b) => b.result.score - a.result.score || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, first);
  return scored.map(({ candidate, result }) => ({
    score: result.score,
    [side === 'need' ? 'offer' : 'need']: candidate,
    reasons: result.reasons.map((r) => ({ criterion: r.criterion, points: r.points, maxPoints: r.maxPoints, explanation: r.explanation })),
  })) as unknown as (OfferMatch | NeedMatch)[];
}

async function mayViewSource(ctx: Context, row: NeedOrOffer): Promise<boolean> {
  const initiativeId = (row as Need).initiativeId;
  if (!initiativeId) return true;
  const initiative = await ctx.loaders.initiative.byId.load(initiativeId);
  return !!initiative && mayViewInitiative(ctx.viewer, initiative);
}
