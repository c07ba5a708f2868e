import {
  COMPOSITION_POINTS,
  type Composition,
  type CompositionCandidate,
  type CompositionTable,
  composeTable,
  type OrganisationKindName,
  type Quotas,
} from '@koppel/rules';

/** A suggestion as the API gives it: the organisation, its kind and its points per criterion. */
export interface ApiSuggestion {
  kind: string;
  organisation: { id: string; name: string };
  reasons: readonly { criterion: string; points: number }[];
}

const FUND_PLACE: Record<number, CompositionCandidate['servesPlace']> = { 40: 'MUNICIPALITY', 30: 'PROVINCE', 20: 'NATIONAL' };

/**
 * The candidates behind the API's suggestion, rebuilt from their points (theme and geography do not depend
 * on the quotas), so the shared rule (`composeTable`) can run again in the browser while the organiser
 * changes the quotas: no request. The pool is what the API suggested for the table's saved quotas.
 */
export function candidatesFrom(suggestions: readonly ApiSuggestion[], table: CompositionTable): CompositionCandidate[] {
  return suggestions.map((s) => {
    const points = (criterion: string) => s.reasons.find((r) => r.criterion === criterion)?.points ?? 0;
    const kind = s.kind as OrganisationKindName;
    const geography = points('geography');
    return {
      id: s.organisation.id,
      kind,
      themes: points('theme') >= COMPOSITION_POINTS.theme ? [table.theme] : [],
      municipalityCode: kind !== 'FUND' && geography >= COMPOSITION_POINTS.geography ? table.municipalityCode : null,
      provinceCode: kind !== 'FUND' && geography > 0 ? table.provinceCode : null,
      servesPlace: kind === 'FUND' ? (FUND_PLACE[geography] ?? null) : null,
    };
  });
}

export function recompose(table: CompositionTable, pool: readonly CompositionCandidate[], quotas: Quotas): Composition {
  return composeTable(table, pool, quotas);
}
