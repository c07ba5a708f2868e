import type { ThemeSlug } from '@koppel/reference-data';
import { type CallFacts, scoreCallMatch } from '@koppel/rules';
import type { Call } from '../call/call.entity.js';
import { openCallsForMatching } from '../call/call.query.js';
import type { Context } from '../core/context.js';
import { isUuid } from '../core/ids.js';
import { initiativeNotFound } from '../initiative/initiative.errors.js';
import { mayViewInitiative } from '../initiative/initiative.policy.js';
import type { CallMatch } from './matching.entity.js';
import { firstOutOfRange, notPublished } from './matching.errors.js';
import { initiativeFacts, placesFromSnapshot } from './matching.facts.js';
import { DEFAULT_FIRST, MAX_FIRST } from './matching.service.js';

/**
 * `matchCalls`: the open calls that fit a published initiative, best first, with the reasons told to the
 * applicant. Calls are few, so the call feature's query module reads every open call once and the pure
 * rules (`scoreCallMatch`) score them here; calls that share no theme with the initiative are left out.
 */
export async function matchCalls(ctx: Context, initiativeId: string, firstArg: number | null | undefined): Promise<CallMatch[]> {
  const first = firstArg ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw firstOutOfRange(ctx.locale, MAX_FIRST);
  const initiative = isUuid(initiativeId) ? await ctx.loaders.initiative.byId.load(initiativeId) : null;
  if (!initiative || !mayViewInitiative(ctx.viewer, initiative)) throw initiativeNotFound();
  if (initiative.status !== 'PUBLISHED') throw notPublished(ctx.locale);

  const places = placesFromSnapshot(await ctx.runtime.reference.get());
  const facts = initiativeFacts(initiative, 0, places);
  const text = [initiative.title, initiative.summary, initiative.description].join(' ');
  const calls = await openCallsForMatching(ctx.db);
  const scored = calls
    .filter((call) => call.themes.some((theme) => initiative.themes.includes(theme as ThemeSlug)))
    .map((call) => {
      const callFacts: CallFacts = {
        themes: call.themes as ThemeSlug[],
        municipalityCodes: call.municipalityCodes,
        provinceCodes: [
          ...new Set([
            ...call.provinceCodes,
            ...call.municipalityCodes.map((code) => places.provinceOf(code)).filter((code): code is string => !!code),
          ]),
        ],
        national: call.national,
        minGrant: call.minGrant,
        maxGrant: call.maxGrant,
        budgetLeft: call.budgetLeft,
        placesLeft: call.placesLeft,
        deadline: call.deadlineDay,
        text: `${call.title} ${call.description}`,
      };
      return {
        id: call.id,
        result: scoreCallMatch(callFacts, { ...facts, text }, { today: call.today, locale: ctx.locale, placeName: places.name }),
      };
    });
  scored.sort((a, b) => b.result.score - a.result.score || (a.id < b.id ? -1 : 1));
  const top = scored.slice(0, first);
  const loaded = await ctx.loaders.call.byId.loadMany(top.map((s) => s.id));
  return top.map((s, index) => ({
    score: s.result.score,
    call: loaded[index] as Call,
    reasons: s.result.reasons.map((r) => ({
      criterion: r.criterion,
      points: r.points,
      maxPoints: r.maxPoints,
      explanation: r.explanation,
    })),
  }));
}
