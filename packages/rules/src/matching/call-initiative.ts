import type { Locale, ThemeSlug } from '@koppel/reference-data';
import { THEME_LABELS } from '@koppel/reference-data';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeightValues } from './criteria.js';
import { dayNumber, decimal, euros, list, longDate, round2 } from './format.js';
import {
  budgetFit,
  type CriterionScore,
  completenessFit,
  explainFact,
  type FundFacts,
  geographyFit,
  type InitiativeFacts,
  type MatchReasonData,
  type MatchResult,
  maxPointsOf,
  TEXT_RANK_FULL,
  themeFit,
} from './fund-initiative.js';

/**
 * How well an initiative fits an open call for proposals: the criteria of fund matching (theme,
 * geography, budget, target group, timing, text, completeness), told from the initiative's side, with
 * the call in the fund's place — its grant range and the budget it has left, and its deadline as the
 * timing. Calls name no target groups, so every group fits. Calls are few: the API scores them all here.
 */

/** Timing: a deadline this many days away or more earns all points; closer, proportionally fewer. */
export const DEADLINE_COMFORT_DAYS = 14;
/** Text: words this long or longer count (shorter ones are mostly function words). */
export const CALL_TEXT_MIN_WORD = 5;

/** What scoring needs of a call. */
export interface CallFacts {
  themes: readonly ThemeSlug[];
  municipalityCodes: readonly string[];
  /** The provinces it is open to, and those its municipalities lie in. */
  provinceCodes: readonly string[];
  national: boolean;
  minGrant: number;
  maxGrant: number;
  budgetLeft: number;
  placesLeft: number;
  /** The last day applications are accepted (Europe/Amsterdam), ISO. */
  deadline: string;
  /** Title and description: what the call is about, in words. */
  text: string;
}

/** What the initiative's text must share with the call: its title, summary and description. */
export type CallInitiativeFacts = Omit<InitiativeFacts, 'textRank'> & { text: string };

export interface CallSituation {
  today: string;
  locale: Locale;
  placeName: (code: string) => string;
}

/** The call as the fund criteria see it: no budget left once no place is left. */
export function callAsFund(call: CallFacts): FundFacts {
  return {
    themes: call.themes,
    municipalityCodes: call.municipalityCodes,
    provinceCodes: call.provinceCodes,
    national: call.national,
    targetGroups: [],
    minGrant: call.minGrant,
    maxGrant: call.maxGrant,
    budgetAvailable: call.placesLeft > 0 ? call.budgetLeft : 0,
    horizonMonths: 12,
    hasDescription: words(call.text).size > 0,
  };
}

/** Distinct lower-case words of at least CALL_TEXT_MIN_WORD letters. */
export function words(text: string): Set<string> {
  return new Set(
    (
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((word) => word.length >= CALL_TEXT_MIN_WORD),
  );
}

/** The share of the call's words that the initiative's text uses too (0–1). */
export function textOverlap(callText: string, initiativeText: string): number {
  const call = words(callText);
  if (call.size === 0) return 0;
  const initiative = words(initiativeText);
  let shared = 0;
  for (const word of call) if (initiative.has(word)) shared += 1;
  return shared / call.size;
}

/** Days until the deadline (0 on its last day): all points from DEADLINE_COMFORT_DAYS on. */
export function deadlineFit(deadline: string, today: string): { fraction: number; daysLeft: number } {
  const daysLeft = dayNumber(deadline) - dayNumber(today);
  if (daysLeft < 0) return { fraction: 0, daysLeft };
  return { fraction: Math.min(1, (daysLeft + 1) / DEADLINE_COMFORT_DAYS), daysLeft };
}

/** The score (0–100) with one reason per criterion, in MATCH_CRITERIA order, explained to the applicant. */
export function scoreCallMatch(
  call: CallFacts,
  initiative: CallInitiativeFacts,
  situation: CallSituation,
  weights: MatchWeightValues = DEFAULT_MATCH_WEIGHTS,
): MatchResult {
  const { locale } = situation;
  const pick = (texts: { nl: string; en: string }) => texts[locale];
  const fund = callAsFund(call);
  const maxPoints = maxPointsOf(weights);
  const rank = textOverlap(call.text, initiative.text);
  const deadline = deadlineFit(call.deadline, situation.today);
  const themes = (slugs: readonly ThemeSlug[]) =>
    list(
      slugs.map((s) => THEME_LABELS[s][locale]),
      locale,
    );

  const theme = themeFit(fund, initiative);
  const geography = geographyFit(fund, initiative);
  const budget = budgetFit(fund, initiative);
  const scored: [CriterionScore, string][] = [
    [
      theme,
      theme.fact.criterion === 'theme' && theme.fact.shared.length
        ? pick({
            nl: `Thema's: ${themes(theme.fact.shared)} (ook van de oproep)`,
            en: `Themes: ${themes(theme.fact.shared)} (the call's too)`,
          })
        : pick({
            nl: `Thema's: ${themes(initiative.themes)} (niet die van de oproep)`,
            en: `Themes: ${themes(initiative.themes)} (not the call's)`,
          }),
    ],
    [geography, explainGeography(geography, call, situation)],
    [budget, explainBudget(budget, call, locale)],
    [
      { criterion: 'targetGroup', fraction: 1, fact: { criterion: 'targetGroup', shared: [], others: [], anyGroup: true } },
      pick({ nl: 'De oproep noemt geen doelgroepen, dus elke past', en: 'The call names no target groups, so any fits' }),
    ],
    [
      {
        criterion: 'timing',
        fraction: deadline.fraction,
        fact: { criterion: 'timing', startsOn: null, endsOn: null, horizonEnd: dayNumber(call.deadline), coveredDays: 0, totalDays: 0 },
      },
      deadline.daysLeft < 0
        ? pick({ nl: 'De deadline is voorbij', en: 'The deadline has passed' })
        : pick({
            nl: `Deadline ${longDate(dayNumber(call.deadline), locale)}: ${deadline.daysLeft === 0 ? 'vandaag' : deadline.daysLeft === 1 ? 'nog 1 dag' : `nog ${deadline.daysLeft} dagen`}`,
            en: `Deadline ${longDate(dayNumber(call.deadline), locale)}: ${deadline.daysLeft === 0 ? 'today' : deadline.daysLeft === 1 ? '1 day left' : `${deadline.daysLeft} days left`}`,
          }),
    ],
    [
      {
        criterion: 'text',
        fraction: Math.min(1, rank / TEXT_RANK_FULL),
        fact: { criterion: 'text', rank, hasDescription: fund.hasDescription },
      },
      rank <= 0
        ? pick({ nl: 'De tekst heeft geen woorden gemeen met de oproep', en: 'The text shares no words with the call' })
        : pick({
            nl: `De tekst deelt ${Math.round(rank * 100)}% van de woorden van de oproep (${decimal(TEXT_RANK_FULL * 100, locale, 0)}% of meer telt vol)`,
            en: `The text shares ${Math.round(rank * 100)}% of the call's words (${decimal(TEXT_RANK_FULL * 100, locale, 0)}% or more counts in full)`,
          }),
    ],
  ];
  const completeness = completenessFit(initiative);
  scored.push([completeness, explainFact(completeness.fact, { locale, perspective: 'initiative', placeName: situation.placeName })]);

  const reasons = scored.map(
    ([score, explanation]): MatchReasonData => ({
      ...score,
      points: round2(maxPoints[score.criterion] * score.fraction),
      maxPoints: round2(maxPoints[score.criterion]),
      explanation,
    }),
  );
  return { score: round2(reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}

function explainGeography(score: CriterionScore, call: CallFacts, situation: CallSituation): string {
  const pick = (texts: { nl: string; en: string }) => texts[situation.locale];
  if (score.fact.criterion !== 'geography') return '';
  const place = score.fact.place ? situation.placeName(score.fact.place) : '';
  switch (score.fact.level) {
    case 'MUNICIPALITY':
    case 'PROVINCE':
      return pick({ nl: `De oproep staat open voor ${place}, waar u werkt`, en: `The call is open to ${place}, where you work` });
    case 'NATIONAL':
      return call.national
        ? pick({ nl: 'De oproep staat open voor heel Nederland', en: 'The call is open to the whole country' })
        : pick({ nl: 'Landelijk initiatief', en: 'A national initiative' });
    default:
      return pick({ nl: `De oproep staat niet open voor ${place}`, en: `The call is not open to ${place}` });
  }
}

function explainBudget(score: CriterionScore, call: CallFacts, locale: Locale): string {
  const pick = (texts: { nl: string; en: string }) => texts[locale];
  if (score.fact.criterion !== 'budget') return '';
  const range = `${euros(call.minGrant, locale)}–${euros(call.maxGrant, locale)}`;
  const left = pick({ nl: `nog ${euros(call.budgetLeft, locale)} te verdelen`, en: `${euros(call.budgetLeft, locale)} left to award` });
  const requested = score.fact.requested ?? 0;
  switch (score.fact.position) {
    case 'NO_REQUEST':
      return pick({ nl: 'Geen bedrag gevraagd', en: 'No amount requested' });
    case 'NO_BUDGET':
      return pick({ nl: 'De oproep heeft geen plaats of budget meer', en: 'The call has no place or budget left' });
    case 'INSIDE':
      return pick({
        nl: `U vraagt ${euros(requested, locale)}; de oproep geeft ${range}, ${left}`,
        en: `You ask ${euros(requested, locale)}; the call grants ${range}, ${left}`,
      });
    case 'ABOVE':
      return pick({
        nl: `U vraagt ${euros(requested, locale)} (te veel); de oproep geeft ${range}, ${left}`,
        en: `You ask ${euros(requested, locale)} (too much); the call grants ${range}, ${left}`,
      });
    default:
      return pick({
        nl: `U vraagt ${euros(requested, locale)} (te weinig); de oproep geeft ${range}`,
        en: `You ask ${euros(requested, locale)} (too little); the call grants ${range}`,
      });
  }
}
