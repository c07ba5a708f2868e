import type { Order, SqlParams } from '../core/paging.js';
import type { PublicationFilter } from './publication.inputs.js';

/** Publications newest first: by the day they appeared, then id. */
export const NEWEST_PUBLISHED: Order = {
  name: 'published',
  keys: [
    { sql: 'p.published_on', direction: 'DESC', type: 'date' },
    { sql: 'p.id', direction: 'DESC', type: 'uuid' },
  ],
};

/** SQL: publications (alias `p`) of an organisation — published by it or co-signed by it. */
export const ofOrganisation = (organisation: string) =>
  `(p.organisation_id = ${organisation} OR p.id IN (SELECT c.publication_id FROM publication_co_signer c WHERE c.organisation_id = ${organisation}))`;

/** SQL conditions (ANDed) for a list on alias `p` (search apart). Publications are public: no visibility condition. */
export function publicationConditions(filter: PublicationFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.kinds?.length) where.push(`p.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.themes?.length) where.push(`p.themes && ${params.add(filter.themes)}::text[]`);
  if (filter.organisationId) where.push(ofOrganisation(`${params.add(filter.organisationId)}::uuid`));
  if (filter.openForCoSigning !== null && filter.openForCoSigning !== undefined)
    where.push(`p.open_for_co_signing = ${params.add(filter.openForCoSigning)}::boolean`);
  return where;
}
