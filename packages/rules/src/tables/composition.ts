/**
 * Who should sit at a round-table: a ranked, balanced list. Quotas say how many organisations of each
 * kind the table needs at least; every organisation gets one seat; the list never exceeds the capacity.
 * Each suggestion carries its reasons as data (points per criterion, like matching), so the web app can
 * run the same rule while the organiser adjusts the quotas.
 */
export const ORGANISATION_KINDS = ['FUND', 'NGO', 'MUNICIPALITY', 'COMPANY', 'INITIATIVE', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];
export type Quotas = Partial<Record<OrganisationKindName, number>>;

/** Every local table: the municipality, a fund serving the place, two NGOs and a migrant-led initiative; labour market adds a company. */
export function defaultQuotas(theme: string): Quotas {
  const quotas: Quotas = { MUNICIPALITY: 1, FUND: 1, NGO: 2, INITIATIVE: 1 };
  if (theme === 'LABOUR_MARKET') quotas.COMPANY = 1;
  return quotas;
}

export interface CompositionCandidate {
  id: string;
  kind: OrganisationKindName;
  themes: readonly string[];
  municipalityCode: string | null;
  provinceCode: string | null;
  /** Funds: the fund profile covers the place (its municipality, its province, or national). */
  servesPlace?: 'MUNICIPALITY' | 'PROVINCE' | 'NATIONAL' | null;
}

export interface CompositionTable {
  theme: string;
  municipalityCode: string | null;
  provinceCode: string | null;
  capacity: number | null;
  organiserIds: readonly string[];
}

export type CompositionCriterion = 'theme' | 'geography' | 'quota' | 'organiser';
export type CompositionFact =
  | 'THEME_MATCH'
  | 'THEME_OTHER'
  | 'SAME_MUNICIPALITY'
  | 'SAME_PROVINCE'
  | 'FUND_SERVES_MUNICIPALITY'
  | 'FUND_SERVES_PROVINCE'
  | 'FUND_NATIONAL'
  | 'ELSEWHERE'
  | 'FILLS_QUOTA'
  | 'BEYOND_QUOTA'
  | 'ORGANISER';

export interface CompositionReason {
  criterion: CompositionCriterion;
  points: number;
  maxPoints: number;
  fact: CompositionFact;
}

export interface Suggestion {
  id: string;
  kind: OrganisationKindName;
  score: number;
  fillsQuota: boolean;
  reasons: CompositionReason[];
}

export interface Composition {
  suggestions: Suggestion[];
  /** Kinds whose quota could not be met (no candidate, or no seat left). */
  shortfall: Quotas;
}

export const COMPOSITION_POINTS = { theme: 40, geography: 40, quota: 20 } as const;

function geography(c: CompositionCandidate, t: CompositionTable): CompositionReason {
  const max = COMPOSITION_POINTS.geography;
  const at = (points: number, fact: CompositionFact): CompositionReason => ({ criterion: 'geography', points, maxPoints: max, fact });
  if (c.kind === 'FUND' && c.servesPlace) {
    if (c.servesPlace === 'MUNICIPALITY') return at(max, 'FUND_SERVES_MUNICIPALITY');
    if (c.servesPlace === 'PROVINCE') return at(30, 'FUND_SERVES_PROVINCE');
    return at(20, 'FUND_NATIONAL');
  }
  if (t.municipalityCode && c.municipalityCode === t.municipalityCode) return at(max, 'SAME_MUNICIPALITY');
  if (t.provinceCode && c.provinceCode === t.provinceCode) return at(20, 'SAME_PROVINCE');
  return at(0, 'ELSEWHERE');
}

/** Points of one candidate before the quotas are known. */
export function scoreCandidate(c: CompositionCandidate, t: CompositionTable): CompositionReason[] {
  const theme: CompositionReason = c.themes.includes(t.theme)
    ? { criterion: 'theme', points: COMPOSITION_POINTS.theme, maxPoints: COMPOSITION_POINTS.theme, fact: 'THEME_MATCH' }
    : { criterion: 'theme', points: 0, maxPoints: COMPOSITION_POINTS.theme, fact: 'THEME_OTHER' };
  return [theme, geography(c, t)];
}

const total = (reasons: readonly CompositionReason[]) => reasons.reduce((sum, r) => sum + r.points, 0);

/** The most a quota may ask for (the API's and the web app's bound); also how many candidates of a kind the pool keeps. */
export const QUOTA_MAX = 100;

export interface RankedCandidate {
  candidate: CompositionCandidate;
  /** Theme and geography: the points that do not depend on the quotas. */
  reasons: CompositionReason[];
  score: number;
}

/** The eligible candidates (funds only when they serve the place, or organise), once each, best first, ties by id. */
export function rankCandidates(table: CompositionTable, candidates: readonly CompositionCandidate[]): RankedCandidate[] {
  const eligible = candidates.filter((c) => c.kind !== 'FUND' || c.servesPlace || table.organiserIds.includes(c.id));
  const unique = [...new Map(eligible.map((c) => [c.id, c])).values()];
  return unique
    .map((c) => {
      const reasons = scoreCandidate(c, table);
      return { candidate: c, reasons, score: total(reasons) };
    })
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}

/**
 * The candidate pool of a table: the organisers and the best `perKind` of every kind, best first. Every
 * composition for quotas up to `perKind` is the same over the pool as over all candidates, so the web app
 * can re-compose from it while the organiser changes the quotas.
 */
export function candidatePool(
  table: CompositionTable,
  candidates: readonly CompositionCandidate[],
  perKind = QUOTA_MAX,
): RankedCandidate[] {
  const counts = new Map<string, number>();
  return rankCandidates(table, candidates).filter(({ candidate: c }) => {
    if (table.organiserIds.includes(c.id)) return true;
    const n = counts.get(c.kind) ?? 0;
    counts.set(c.kind, n + 1);
    return n < perKind;
  });
}

/**
 * The suggestion: the quota seats first (the best candidates of each kind), then the remaining seats
 * by score, ties by id so the result is stable. Funds only count when they serve the place; the
 * organisers always sit at the table.
 */
export function composeTable(table: CompositionTable, candidates: readonly CompositionCandidate[], quotas: Quotas): Composition {
  const scored = rankCandidates(table, candidates).map(({ candidate, reasons }) => ({ c: candidate, reasons }));
  const seats = table.capacity ?? Number.POSITIVE_INFINITY;
  const chosen = new Map<string, Suggestion>();
  const take = (c: CompositionCandidate, reasons: CompositionReason[], fillsQuota: boolean, organiser = false) => {
    const all: CompositionReason[] = [
      ...reasons,
      {
        criterion: organiser ? 'organiser' : 'quota',
        points: fillsQuota || organiser ? COMPOSITION_POINTS.quota : 0,
        maxPoints: COMPOSITION_POINTS.quota,
        fact: organiser ? 'ORGANISER' : fillsQuota ? 'FILLS_QUOTA' : 'BEYOND_QUOTA',
      },
    ];
    chosen.set(c.id, { id: c.id, kind: c.kind, score: total(all), fillsQuota: fillsQuota || organiser, reasons: all });
  };
  const counts = new Map<string, number>();
  const count = (kind: string) => counts.get(kind) ?? 0;
  for (const { c, reasons } of scored)
    if (table.organiserIds.includes(c.id) && chosen.size < seats) {
      take(c, reasons, (quotas[c.kind] ?? 0) > count(c.kind), true);
      counts.set(c.kind, count(c.kind) + 1);
    }
  const shortfall: Quotas = {};
  for (const kind of ORGANISATION_KINDS) {
    const wanted = Math.max(0, Math.floor(quotas[kind] ?? 0));
    for (const { c, reasons } of scored) {
      if (count(kind) >= wanted || chosen.size >= seats) break;
      if (c.kind !== kind || chosen.has(c.id)) continue;
      take(c, reasons, true);
      counts.set(kind, count(kind) + 1);
    }
    if (count(kind) < wanted) shortfall[kind] = wanted - count(kind);
  }
  for (const { c, reasons } of scored) {
    if (chosen.size >= seats) break;
    if (!chosen.has(c.id) && total(reasons) > 0) take(c, reasons, false);
  }
  const suggestions = [...chosen.values()].sort(
    (a, b) => Number(b.fillsQuota) - Number(a.fillsQuota) || b.score - a.score || a.id.localeCompare(b.id),
  );
  return { suggestions, shortfall };
}
