import { type Locale, TARGET_GROUP_LABELS, type TargetGroupSlug, THEME_LABELS, type ThemeSlug } from '@koppel/reference-data';
import { MATCH_CRITERIA, type MatchCriterion, type MatchWeightValues } from './criteria.js';
import { characters, dayNumber, decimal, euros, list, longDate, round2 } from './format.js';

/**
 * How well an initiative fits a fund, criterion by criterion: each criterion gives a fraction (0–1) of
 * its points and the fact that earned it; the weights say how many points each criterion is worth.
 * The API's SQL (api/src/matching/matching.query.ts) computes the same score for 100k initiatives at
 * once with the constants below, and a test holds the two to the same top 20.
 */

/** Fraction of the geography points per level: same municipality > same province > national. */
export const GEOGRAPHY_LEVELS = { MUNICIPALITY: 1, PROVINCE: 0.7, NATIONAL: 0.4, NONE: 0 } as const;
/** Budget: partial points within this share beyond the edges of the fund's range (0 at 1.5 × the maximum, or half the minimum). */
export const BUDGET_MARGIN = 0.5;
/** Text: a `ts_rank` of this much or more earns all text points; below it, proportionally fewer. */
export const TEXT_RANK_FULL = 0.3;
/** Completeness: a summary and a description of this many characters count as written out. */
export const COMPLETE_SUMMARY = 100;
export const COMPLETE_DESCRIPTION = 300;
export const COMPLETENESS_CHECKS = 3;
/** The fund's horizon in days per month (the API computes the horizon's end the same way for SQL). */
export const DAYS_PER_MONTH = 30.4375;

/** What scoring needs of a fund (its profile). */
export interface FundFacts {
  themes: readonly ThemeSlug[];
  municipalityCodes: readonly string[];
  /** The provinces it serves, and those its municipalities lie in. */
  provinceCodes: readonly string[];
  national: boolean;
  /** Empty: every target group is welcome. */
  targetGroups: readonly TargetGroupSlug[];
  minGrant: number;
  maxGrant: number;
  budgetAvailable: number;
  horizonMonths: number;
  /** Whether it says what it funds in words (text relevance needs it). */
  hasDescription: boolean;
}

/** What scoring needs of an initiative. */
export interface InitiativeFacts {
  themes: readonly ThemeSlug[];
  municipalityCodes: readonly string[];
  /** The provinces of its municipalities. */
  provinceCodes: readonly string[];
  national: boolean;
  targetGroups: readonly TargetGroupSlug[];
  budgetRequested: number | null;
  startsOn: string | null;
  endsOn: string | null;
  summary: string;
  description: string;
  coFundingSecured: number;
  /** PostgreSQL's `ts_rank` of the initiative's text against what the fund says it funds (0 when it says nothing). */
  textRank: number;
}

export interface MatchSituation {
  /** Today, ISO (`2026-04-01`): timing looks ahead from here. */
  today: string;
  /** Who reads the explanations: the fund (`uw regio's`) or the initiative (`het fonds`). */
  perspective: 'fund' | 'initiative';
  locale: Locale;
  /** Name of a municipality or province code. */
  placeName: (code: string) => string;
}

export type MatchFact =
  | { criterion: 'theme'; shared: ThemeSlug[]; others: ThemeSlug[] }
  | { criterion: 'geography'; level: keyof typeof GEOGRAPHY_LEVELS; place: string | null; nationalFund: boolean }
  | {
      criterion: 'budget';
      requested: number | null;
      minGrant: number;
      maxGrant: number;
      budgetAvailable: number;
      position: 'INSIDE' | 'ABOVE' | 'BELOW' | 'NO_REQUEST' | 'NO_BUDGET';
    }
  | { criterion: 'targetGroup'; shared: TargetGroupSlug[]; others: TargetGroupSlug[]; anyGroup: boolean }
  | { criterion: 'timing'; startsOn: number | null; endsOn: number | null; horizonEnd: number; coveredDays: number; totalDays: number }
  | { criterion: 'text'; rank: number; hasDescription: boolean }
  | { criterion: 'completeness'; missing: ('summary' | 'description' | 'coFunding')[] };

export interface CriterionScore {
  criterion: MatchCriterion;
  /** 0–1: how much of the criterion's points it earns. */
  fraction: number;
  fact: MatchFact;
}

export interface MatchReasonData extends CriterionScore {
  points: number;
  maxPoints: number;
  explanation: string;
}

export interface MatchResult {
  /** 0–100, the sum of the reasons' points. */
  score: number;
  reasons: MatchReasonData[];
}

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

// ---------------------------------------------------------------------------------------------
// The criteria

export function themeFit(fund: Pick<FundFacts, 'themes'>, initiative: Pick<InitiativeFacts, 'themes'>): CriterionScore {
  const shared = initiative.themes.filter((t) => fund.themes.includes(t));
  const others = initiative.themes.filter((t) => !fund.themes.includes(t));
  const fraction = initiative.themes.length ? shared.length / initiative.themes.length : 0;
  return { criterion: 'theme', fraction, fact: { criterion: 'theme', shared, others } };
}

export function geographyFit(
  fund: Pick<FundFacts, 'municipalityCodes' | 'provinceCodes' | 'national'>,
  initiative: Pick<InitiativeFacts, 'municipalityCodes' | 'provinceCodes' | 'national'>,
): CriterionScore {
  const fact = (level: keyof typeof GEOGRAPHY_LEVELS, place: string | null): CriterionScore => ({
    criterion: 'geography',
    fraction: GEOGRAPHY_LEVELS[level],
    fact: { criterion: 'geography', level, place, nationalFund: fund.national },
  });
  const municipality = initiative.municipalityCodes.find((code) => fund.municipalityCodes.includes(code));
  if (municipality) return fact('MUNICIPALITY', municipality);
  const province = initiative.provinceCodes.find((code) => fund.provinceCodes.includes(code));
  if (province) return fact('PROVINCE', province);
  if (fund.national || initiative.national) return fact('NATIONAL', initiative.municipalityCodes[0] ?? null);
  return fact('NONE', initiative.municipalityCodes[0] ?? null);
}

/** Inside the fund's range and its budget available: all points; near the edges partial; far outside none. */
export function budgetFit(
  fund: Pick<FundFacts, 'minGrant' | 'maxGrant' | 'budgetAvailable'>,
  initiative: Pick<InitiativeFacts, 'budgetRequested'>,
): CriterionScore {
  const requested = initiative.budgetRequested;
  const cap = Math.min(fund.maxGrant, fund.budgetAvailable);
  const low = Math.min(fund.minGrant, cap);
  const result = (fraction: number, position: Extract<MatchFact, { criterion: 'budget' }>['position']): CriterionScore => ({
    criterion: 'budget',
    fraction,
    fact: {
      criterion: 'budget',
      requested,
      minGrant: fund.minGrant,
      maxGrant: fund.maxGrant,
      budgetAvailable: fund.budgetAvailable,
      position,
    },
  });
  if (requested === null) return result(0, 'NO_REQUEST');
  if (cap <= 0) return result(0, 'NO_BUDGET');
  if (requested > cap) return result(clamp01(1 - (requested - cap) / (BUDGET_MARGIN * cap)), 'ABOVE');
  if (requested < low) return result(clamp01(1 - (low - requested) / (BUDGET_MARGIN * low)), 'BELOW');
  return result(1, 'INSIDE');
}

export function targetGroupFit(fund: Pick<FundFacts, 'targetGroups'>, initiative: Pick<InitiativeFacts, 'targetGroups'>): CriterionScore {
  const anyGroup = fund.targetGroups.length === 0;
  const shared = anyGroup ? [...initiative.targetGroups] : initiative.targetGroups.filter((g) => fund.targetGroups.includes(g));
  const others = initiative.targetGroups.filter((g) => !shared.includes(g));
  const fraction = anyGroup ? 1 : initiative.targetGroups.length ? shared.length / initiative.targetGroups.length : 0;
  return { criterion: 'targetGroup', fraction, fact: { criterion: 'targetGroup', shared, others, anyGroup } };
}

/** The day the fund's horizon ends, counted from today. */
export const horizonEnd = (today: string, horizonMonths: number): number => dayNumber(today) + Math.round(horizonMonths * DAYS_PER_MONTH);

/** The share of the initiative's period that lies between today and the end of the fund's horizon. */
export function timingFit(
  fund: Pick<FundFacts, 'horizonMonths'>,
  initiative: Pick<InitiativeFacts, 'startsOn' | 'endsOn'>,
  today: string,
): CriterionScore {
  const end = horizonEnd(today, fund.horizonMonths);
  const starts = initiative.startsOn ? dayNumber(initiative.startsOn) : null;
  const ends = initiative.endsOn ? dayNumber(initiative.endsOn) : null;
  if (starts === null || ends === null) {
    return {
      criterion: 'timing',
      fraction: 0,
      fact: { criterion: 'timing', startsOn: starts, endsOn: ends, horizonEnd: end, coveredDays: 0, totalDays: 0 },
    };
  }
  const totalDays = ends - starts + 1;
  const coveredDays = Math.max(0, Math.min(ends, end) - Math.max(starts, dayNumber(today)) + 1);
  return {
    criterion: 'timing',
    fraction: coveredDays / totalDays,
    fact: { criterion: 'timing', startsOn: starts, endsOn: ends, horizonEnd: end, coveredDays, totalDays },
  };
}

export function textFit(fund: Pick<FundFacts, 'hasDescription'>, initiative: Pick<InitiativeFacts, 'textRank'>): CriterionScore {
  const fraction = fund.hasDescription ? Math.min(1, initiative.textRank / TEXT_RANK_FULL) : 0;
  return { criterion: 'text', fraction, fact: { criterion: 'text', rank: initiative.textRank, hasDescription: fund.hasDescription } };
}

export function completenessFit(initiative: Pick<InitiativeFacts, 'summary' | 'description' | 'coFundingSecured'>): CriterionScore {
  const missing: ('summary' | 'description' | 'coFunding')[] = [];
  if (characters(initiative.summary) < COMPLETE_SUMMARY) missing.push('summary');
  if (characters(initiative.description) < COMPLETE_DESCRIPTION) missing.push('description');
  if (!(initiative.coFundingSecured > 0)) missing.push('coFunding');
  return {
    criterion: 'completeness',
    fraction: (COMPLETENESS_CHECKS - missing.length) / COMPLETENESS_CHECKS,
    fact: { criterion: 'completeness', missing },
  };
}

// ---------------------------------------------------------------------------------------------
// Weights and the score

/**
 * Each criterion's maximum points: its weight scaled so that all maxima add up to 100. Weights must be
 * non-negative and not all zero (the API refuses that input).
 */
export function maxPointsOf(weights: MatchWeightValues): MatchWeightValues {
  const total = MATCH_CRITERIA.reduce((sum, c) => sum + weights[c], 0);
  if (!(total > 0) || MATCH_CRITERIA.some((c) => !(weights[c] >= 0))) throw new RangeError('weights must be non-negative and not all zero');
  return Object.fromEntries(MATCH_CRITERIA.map((c) => [c, (100 * weights[c]) / total])) as MatchWeightValues;
}

/** Hard filter: an initiative that shares no theme with the fund is no match at all. */
export const sharesTheme = (fund: Pick<FundFacts, 'themes'>, initiative: Pick<InitiativeFacts, 'themes'>): boolean =>
  initiative.themes.some((t) => fund.themes.includes(t));

/** Every criterion's fraction, in MATCH_CRITERIA order. */
export function criterionScores(fund: FundFacts, initiative: InitiativeFacts, today: string): CriterionScore[] {
  return [
    themeFit(fund, initiative),
    geographyFit(fund, initiative),
    budgetFit(fund, initiative),
    targetGroupFit(fund, initiative),
    timingFit(fund, initiative, today),
    textFit(fund, initiative),
    completenessFit(initiative),
  ];
}

/**
 * The exact score, summed in MATCH_CRITERIA order (the SQL sums in the same order, so the two agree to
 * the last bit and break ties the same way). Used for ranking; `scoreMatch` rounds for display.
 */
export function exactScore(fund: FundFacts, initiative: InitiativeFacts, maxPoints: MatchWeightValues, today: string): number {
  let score = 0;
  for (const { criterion, fraction } of criterionScores(fund, initiative, today)) score += maxPoints[criterion] * fraction;
  return score;
}

/**
 * `exactScore` of a result `scoreMatch` already made (its reasons keep each criterion's fraction, in the same
 * order): the same sum, term for term, without scoring the pair a second time.
 */
export function exactScoreOf(result: MatchResult, maxPoints: MatchWeightValues): number {
  let score = 0;
  for (const { criterion, fraction } of result.reasons) score += maxPoints[criterion] * fraction;
  return score;
}

/** The score with one reason per criterion: points rounded to cents of a point, the score their sum. */
export function scoreMatch(
  fund: FundFacts,
  initiative: InitiativeFacts,
  weights: MatchWeightValues,
  situation: MatchSituation,
): MatchResult {
  const maxPoints = maxPointsOf(weights);
  // Each property named, not `...scored`: spreading the criteria's differently shaped objects is V8's slow path
  // (three times the cost of the whole explanation on the API's hottest request).
  const reasons = criterionScores(fund, initiative, situation.today).map(
    (scored): MatchReasonData => ({
      criterion: scored.criterion,
      fraction: scored.fraction,
      fact: scored.fact,
      points: round2(maxPoints[scored.criterion] * scored.fraction),
      maxPoints: round2(maxPoints[scored.criterion]),
      explanation: explainFact(scored.fact, situation),
    }),
  );
  return { score: round2(reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}

// ---------------------------------------------------------------------------------------------
// Explanations: the fact, in plain words, in the reader's language

type Texts = { nl: string; en: string };

export function explainFact(fact: MatchFact, situation: Pick<MatchSituation, 'locale' | 'perspective' | 'placeName'>): string {
  const { locale, perspective, placeName } = situation;
  const pick = (texts: Texts) => texts[locale];
  const forFund = perspective === 'fund';
  const themes = (slugs: readonly ThemeSlug[]) =>
    list(
      slugs.map((s) => THEME_LABELS[s][locale]),
      locale,
    );
  const groups = (slugs: readonly TargetGroupSlug[]) =>
    list(
      slugs.map((s) => TARGET_GROUP_LABELS[s][locale]),
      locale,
    );
  switch (fact.criterion) {
    case 'theme': {
      if (!fact.shared.length)
        return pick({
          nl: `Thema's: ${themes(fact.others)} (niet ${forFund ? 'het uwe' : 'dat van het fonds'})`,
          en: `Themes: ${themes(fact.others)} (not ${forFund ? 'yours' : "the fund's"})`,
        });
      const also = pick({ nl: forFund ? 'ook het uwe' : 'ook van het fonds', en: forFund ? 'yours too' : "the fund's too" });
      const rest = fact.others.length ? pick({ nl: `; ook ${themes(fact.others)}`, en: `; also ${themes(fact.others)}` }) : '';
      return `${pick({ nl: "Thema's", en: 'Themes' })}: ${themes(fact.shared)} (${also})${rest}`;
    }
    case 'geography': {
      const place = fact.place ? placeName(fact.place) : '';
      switch (fact.level) {
        case 'MUNICIPALITY':
        case 'PROVINCE':
          return forFund
            ? pick({ nl: `Werkt in ${place}, een van uw regio's`, en: `Works in ${place}, one of your regions` })
            : pick({ nl: `Het fonds werkt in ${place}, waar u werkt`, en: `The fund works in ${place}, where you work` });
        case 'NATIONAL':
          if (fact.nationalFund)
            return forFund
              ? pick({
                  nl: `Werkt in ${place || 'heel Nederland'}; u financiert landelijk`,
                  en: `Works in ${place || 'the whole country'}; you fund nationally`,
                })
              : pick({ nl: 'Het fonds financiert landelijk', en: 'The fund funds nationally' });
          return pick({ nl: 'Landelijk initiatief', en: 'A national initiative' });
        default:
          return forFund
            ? pick({ nl: `Werkt in ${place}, buiten uw regio's`, en: `Works in ${place}, outside your regions` })
            : pick({ nl: `Het fonds werkt niet in ${place}`, en: `The fund does not work in ${place}` });
      }
    }
    case 'budget': {
      const range = `${euros(fact.minGrant, locale)}–${euros(fact.maxGrant, locale)}`;
      const funds = forFund
        ? pick({ nl: `u financiert ${range}`, en: `you fund ${range}` })
        : pick({ nl: `het fonds financiert ${range}`, en: `the fund funds ${range}` });
      const asks = (amount: number) =>
        forFund
          ? pick({ nl: `Vraagt ${euros(amount, locale)}`, en: `Asks ${euros(amount, locale)}` })
          : pick({ nl: `U vraagt ${euros(amount, locale)}`, en: `You ask ${euros(amount, locale)}` });
      const available = pick({
        nl: `nog ${euros(fact.budgetAvailable, locale)} beschikbaar`,
        en: `${euros(fact.budgetAvailable, locale)} still available`,
      });
      if (fact.position === 'NO_REQUEST') return pick({ nl: 'Geen bedrag gevraagd', en: 'No amount requested' });
      if (fact.position === 'NO_BUDGET') return pick({ nl: 'Geen budget meer beschikbaar', en: 'No budget left' });
      const requested = fact.requested ?? 0;
      if (fact.position === 'ABOVE' && requested <= fact.maxGrant) return `${asks(requested)}; ${funds}, ${available}`;
      const where = {
        INSIDE: '',
        ABOVE: pick({ nl: ' (te veel)', en: ' (too much)' }),
        BELOW: pick({ nl: ' (te weinig)', en: ' (too little)' }),
      }[fact.position];
      return `${asks(requested)}; ${funds}${where}`;
    }
    case 'targetGroup':
      if (fact.anyGroup)
        return pick({
          nl: `Doelgroep: ${groups(fact.shared)}; ${forFund ? 'u noemt' : 'het fonds noemt'} geen doelgroepen, dus elke past`,
          en: `Target group: ${groups(fact.shared)}; ${forFund ? 'you name' : 'the fund names'} none, so any fits`,
        });
      if (!fact.shared.length)
        return pick({
          nl: `Doelgroep: ${groups(fact.others)} (niet ${forFund ? 'de uwe' : 'die van het fonds'})`,
          en: `Target group: ${groups(fact.others)} (not ${forFund ? 'yours' : "the fund's"})`,
        });
      return `${pick({ nl: 'Doelgroep', en: 'Target group' })}: ${groups(fact.shared)} (${pick({ nl: forFund ? 'ook de uwe' : 'ook die van het fonds', en: forFund ? 'yours too' : "the fund's too" })})${
        fact.others.length ? pick({ nl: `; ook ${groups(fact.others)}`, en: `; also ${groups(fact.others)}` }) : ''
      }`;
    case 'timing': {
      if (fact.startsOn === null || fact.endsOn === null) return pick({ nl: 'Geen looptijd bekend', en: 'No period given' });
      const period = `${longDate(fact.startsOn, locale)} – ${longDate(fact.endsOn, locale)}`;
      const share = Math.round((100 * fact.coveredDays) / fact.totalDays);
      const horizon = longDate(fact.horizonEnd, locale);
      return pick({
        nl: `Loopt ${period}: ${share}% daarvan valt binnen ${forFund ? 'uw' : 'de'} horizon (vandaag tot ${horizon})`,
        en: `Runs ${period}: ${share}% of it falls within ${forFund ? 'your' : 'the fund’s'} horizon (today to ${horizon})`,
      });
    }
    case 'text':
      if (!fact.hasDescription)
        return pick({
          nl: `${forFund ? 'U beschrijft' : 'Het fonds beschrijft'} niet wat ${forFund ? 'u' : 'het'} financiert`,
          en: `${forFund ? 'You do' : 'The fund does'} not describe what ${forFund ? 'you fund' : 'it funds'}`,
        });
      if (fact.rank <= 0)
        return pick({
          nl: `De tekst heeft geen woorden gemeen met ${forFund ? 'uw omschrijving' : 'die van het fonds'}`,
          en: `The text shares no words with ${forFund ? 'your description' : "the fund's"}`,
        });
      return pick({
        nl: `De tekst sluit aan bij wat ${forFund ? 'u financiert' : 'het fonds financiert'} (relevantie ${decimal(fact.rank, locale)}; ${decimal(TEXT_RANK_FULL, locale)} of meer telt vol)`,
        en: `The text matches what ${forFund ? 'you fund' : 'the fund funds'} (relevance ${decimal(fact.rank, locale)}; ${decimal(TEXT_RANK_FULL, locale)} or more counts in full)`,
      });
    case 'completeness': {
      if (!fact.missing.length) return pick({ nl: 'Profiel compleet', en: 'Profile complete' });
      const names = {
        summary: pick({ nl: `samenvatting van ${COMPLETE_SUMMARY}+ tekens`, en: `a summary of ${COMPLETE_SUMMARY}+ characters` }),
        description: pick({
          nl: `beschrijving van ${COMPLETE_DESCRIPTION}+ tekens`,
          en: `a description of ${COMPLETE_DESCRIPTION}+ characters`,
        }),
        coFunding: pick({ nl: 'cofinanciering', en: 'co-funding' }),
      };
      return pick({
        nl: `Profiel ${COMPLETENESS_CHECKS - fact.missing.length} van ${COMPLETENESS_CHECKS} compleet; ontbreekt: ${list(
          fact.missing.map((m) => names[m]),
          locale,
        )}`,
        en: `Profile ${COMPLETENESS_CHECKS - fact.missing.length} of ${COMPLETENESS_CHECKS} complete; missing: ${list(
          fact.missing.map((m) => names[m]),
          locale,
        )}`,
      });
    }
  }
}
