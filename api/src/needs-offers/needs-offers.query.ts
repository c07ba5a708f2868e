import type { SqlParams } from '../core/paging.js';
import type { InitiativeScope } from '../initiative/initiative.policy.js';
import { visibleInitiativeById } from '../initiative/initiative.query.js';
import { municipalitiesInProvinces } from '../reference/places.js';
import type { NeedFilter, OfferFilter } from './needs-offers.inputs.js';

/** SQL: needs (alias `n`) the viewer may see: those of no initiative, or of an initiative the viewer may see. */
export function visibleNeeds(scope: InitiativeScope, params: SqlParams): string | null {
  const visible = visibleInitiativeById(scope, params, 'n.initiative_id');
  return visible ? `(n.initiative_id IS NULL OR ${visible})` : null;
}

/** SQL conditions (ANDed) for a need or offer filter on `alias`. No municipality means anywhere, so it matches every place filter. */
export function needOfferConditions(
  filter: (OfferFilter & Partial<NeedFilter>) | null | undefined,
  params: SqlParams,
  alias: string,
): string[] {
  const where: string[] = [];
  if (!filter) return where;
  const a = alias;
  if (filter.kinds?.length) where.push(`${a}.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.themes?.length) where.push(`${a}.theme = ANY(${params.add(filter.themes)}::text[])`);
  if (filter.statuses?.length) where.push(`${a}.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.organisationId) where.push(`${a}.organisation_id = ${params.add(filter.organisationId)}::uuid`);
  if (filter.initiativeId) where.push(`${a}.initiative_id = ${params.add(filter.initiativeId)}::uuid`);
  if (filter.municipalityCodes?.length) {
    where.push(`(${a}.municipality_code IS NULL OR ${a}.municipality_code = ANY(${params.add(filter.municipalityCodes)}::text[]))`);
  }
  if (filter.provinceCodes?.length) {
    where.push(
      `(${a}.municipality_code IS NULL OR ${a}.municipality_code = ANY(${municipalitiesInProvinces(params.add(filter.provinceCodes))}))`,
    );
  }
  return where;
}
