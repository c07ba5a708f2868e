import {
  DEFAULT_MATCH_WEIGHTS,
  type FundFacts,
  type InitiativeFacts,
  type MatchWeightValues,
  maxPointsOf,
  mergeWeights,
  type NeedOfferFacts,
} from '@koppel/rules';
import type { DataSource, EntityManager } from 'typeorm';
import type { FundProfile } from '../fund-profile/fund-profile.entity.js';
import type { Initiative } from '../initiative/initiative.entity.js';
import type { NeedOrOffer } from '../needs-offers/needs-offers.entity.js';
import type { ReferenceSnapshot } from '../reference/reference.cache.js';

/** Municipality and province names and the province of each municipality: from the reference cache, or read once. */
export interface Places {
  provinceOf(municipalityCode: string): string | undefined;
  name(code: string): string;
}

export function placesFromSnapshot(snapshot: ReferenceSnapshot): Places {
  return {
    provinceOf: (code) => snapshot.municipalities.get(code)?.provinceCode,
    name: (code) => snapshot.municipalities.get(code)?.name ?? snapshot.provinces.get(code)?.name ?? code,
  };
}

/** For workers outside a request (no reference cache at hand). */
export async function loadPlaces(db: DataSource | EntityManager): Promise<Places> {
  const municipalities: { code: string; name: string; province_code: string }[] = await db.query(
    'SELECT code, name, province_code FROM municipality',
  );
  const provinces: { code: string; name: string }[] = await db.query('SELECT code, name FROM province');
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));
  return {
    provinceOf: (code) => byCode.get(code)?.province_code,
    name: (code) => byCode.get(code)?.name ?? provinceNames.get(code) ?? code,
  };
}

const provincesOf = (places: Places, municipalityCodes: readonly string[]) => [
  ...new Set(municipalityCodes.map((code) => places.provinceOf(code)).filter((code): code is string => !!code)),
];

/** A fund profile as the scoring rules see it: its provinces include those of its municipalities. */
export function fundFacts(profile: FundProfile, places: Places): FundFacts & { description: string } {
  return {
    themes: profile.themes,
    municipalityCodes: profile.municipalityCodes,
    provinceCodes: [...new Set([...profile.provinceCodes, ...provincesOf(places, profile.municipalityCodes)])],
    national: profile.national,
    targetGroups: profile.targetGroups ?? [],
    minGrant: profile.minGrant,
    maxGrant: profile.maxGrant,
    budgetAvailable: profile.budgetAvailable,
    horizonMonths: profile.horizonMonths ?? 12,
    hasDescription: profile.description.trim() !== '',
    description: profile.description,
  };
}

export function initiativeFacts(initiative: Initiative, textRank: number, places: Places): InitiativeFacts {
  return {
    themes: initiative.themes,
    municipalityCodes: initiative.municipalityCodes,
    provinceCodes: provincesOf(places, initiative.municipalityCodes),
    national: initiative.national,
    targetGroups: initiative.targetGroups,
    budgetRequested: initiative.budgetRequested,
    startsOn: initiative.startsOn,
    endsOn: initiative.endsOn,
    summary: initiative.summary,
    description: initiative.description,
    coFundingSecured: initiative.coFundingSecured,
    textRank,
  };
}

export function needOfferFacts(row: NeedOrOffer, places: Places): NeedOfferFacts {
  return {
    kind: row.kind,
    theme: row.theme,
    municipalityCode: row.municipalityCode,
    provinceCode: row.municipalityCode ? (places.provinceOf(row.municipalityCode) ?? null) : null,
    quantity: row.quantity,
    amount: row.amount,
  };
}

/** The fund's stored weights, the query's overrides on top; `null` when they would all be zero. */
export function weightsFor(
  profile: Pick<FundProfile, 'matchWeights'> | null,
  overrides?: Partial<Record<keyof MatchWeightValues, number | null>> | null,
) {
  const weights = mergeWeights(profile?.matchWeights ?? DEFAULT_MATCH_WEIGHTS, overrides);
  try {
    return { weights, maxPoints: maxPointsOf(weights) };
  } catch {
    return null;
  }
}

/** One formatter for every request: `toLocaleDateString` with a time zone builds a new one each call (a quarter millisecond). */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

let todayMinute = Number.NaN;
let todayValue = '';

/**
 * Today in the Netherlands (timing counts whole days there), ISO (`2026-04-01`). Formatting with a time zone
 * costs more than the rest of a match's facts, and every match request asks: the answer is kept per UTC minute
 * (the Netherlands' offsets are whole hours, so its date never changes inside one).
 */
export const amsterdamToday = (now = new Date()): string => {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== todayMinute) {
    todayValue = AMSTERDAM_DATE.format(now);
    todayMinute = minute;
  }
  return todayValue;
};
