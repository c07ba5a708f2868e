import {
  exactScore,
  type FundFacts,
  type InitiativeFacts,
  MATCH_CRITERIA,
  type MatchCriterion,
  type MatchReasonData,
  type MatchWeightValues,
  maxPointsOf,
  scoreMatch,
} from '@koppel/rules';
import type { FundMatchesQuery, MatchDecision } from '../../../gql/graphql';
import type { Language } from '../../../i18n/messages';

export type FundProfileData = NonNullable<NonNullable<FundMatchesQuery['organisation']>['fundProfile']>;
export type CandidateData = FundMatchesQuery['matchInitiatives'][number];

export interface RankedMatch {
  initiative: CandidateData['initiative'];
  decision: MatchDecision | null;
  /** 0–100, rounded to cents of a point as the API rounds it. */
  score: number;
  reasons: MatchReasonData[];
}

/** The fund's saved weights as the scoring rules take them. */
export function savedWeights(profile: FundProfileData): MatchWeightValues {
  return Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, profile.matchWeights[criterion]])) as MatchWeightValues;
}

/** Weights the API would refuse (all zero) cannot rank anything. */
export function weightsUsable(weights: MatchWeightValues): boolean {
  return MATCH_CRITERIA.some((criterion) => weights[criterion] > 0) && MATCH_CRITERIA.every((criterion) => weights[criterion] >= 0);
}

/** The fund profile as the scoring rules see it: as the API builds it (api/src/matching/matching.facts.ts). */
export function fundFactsOf(profile: FundProfileData): FundFacts {
  const municipalities = profile.regions.flatMap((region) => (region.__typename === 'Municipality' ? [region] : []));
  const provinces = profile.regions.flatMap((region) => (region.__typename === 'Province' ? [region.code] : []));
  return {
    themes: profile.themes.map((theme) => theme.slug),
    municipalityCodes: municipalities.map((municipality) => municipality.code),
    provinceCodes: [...new Set([...provinces, ...municipalities.map((municipality) => municipality.province.code)])],
    national: profile.national,
    targetGroups: profile.targetGroups.map((group) => group.slug),
    minGrant: profile.minGrant,
    maxGrant: profile.maxGrant,
    budgetAvailable: profile.budgetAvailable,
    horizonMonths: profile.horizonMonths,
    hasDescription: profile.description.trim() !== '',
  };
}

export function initiativeFactsOf(candidate: CandidateData): InitiativeFacts {
  const initiative = candidate.initiative;
  const municipalityCodes = initiative.municipalities.map((municipality) => municipality.code);
  return {
    themes: initiative.themes.map((theme) => theme.slug),
    municipalityCodes,
    provinceCodes: [...new Set(initiative.municipalities.map((municipality) => municipality.province.code))],
    national: initiative.national,
    targetGroups: initiative.targetGroups.map((group) => group.slug),
    budgetRequested: initiative.budgetRequested ?? null,
    startsOn: initiative.startsOn ?? null,
    endsOn: initiative.endsOn ?? null,
    summary: initiative.summary,
    description: initiative.description,
    coFundingSecured: initiative.coFundingSecured,
    textRank: candidate.textRank,
  };
}

/** Today in the Netherlands, as the API counts timing. */
export const amsterdamToday = (now = new Date()): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * The candidates ranked under `weights` with the shared rules (@koppel/rules), in the browser: no request. Ties
 * break on the initiative's id, as the API's SQL breaks them, so the saved weights give the API's own order.
 */
export function rankCandidates(
  profile: FundProfileData,
  candidates: readonly CandidateData[],
  weights: MatchWeightValues,
  language: Language,
  today = amsterdamToday(),
): RankedMatch[] {
  const fund = fundFactsOf(profile);
  const maxPoints = maxPointsOf(weights);
  const names = new Map<string, string>();
  for (const region of profile.regions) names.set(region.code, region.name);
  for (const candidate of candidates)
    for (const municipality of candidate.initiative.municipalities) {
      names.set(municipality.code, municipality.name);
      names.set(municipality.province.code, municipality.province.name);
    }
  const situation = { today, perspective: 'fund' as const, locale: language, placeName: (code: string) => names.get(code) ?? code };
  return candidates
    .map((candidate) => {
      const facts = initiativeFactsOf(candidate);
      const { score, reasons } = scoreMatch(fund, facts, weights, situation);
      return {
        exact: exactScore(fund, facts, maxPoints, today),
        match: { initiative: candidate.initiative, decision: candidate.decision ?? null, score, reasons },
      };
    })
    .sort((a, b) => b.exact - a.exact || compareIds(a.match.initiative.id, b.match.initiative.id))
    .map(({ match }) => match);
}

/** PostgreSQL orders uuids byte by byte: for lowercase hex, that is plain string order. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const sameWeights = (a: MatchWeightValues, b: MatchWeightValues) =>
  MATCH_CRITERIA.every((criterion) => a[criterion] === b[criterion]);

export type { MatchCriterion, MatchWeightValues };
