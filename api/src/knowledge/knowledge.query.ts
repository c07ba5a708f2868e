import type { SqlParams } from '../core/paging.js';
import type { KnowledgeFilter } from './knowledge.inputs.js';
import type { KnowledgeScope } from './knowledge.policy.js';

/** Written out so that the partial index `knowledge_item_listed_idx` applies. */
const LISTED = `k.status = 'PUBLISHED'`;

/** SQL: which knowledge items (alias `k`) the viewer may see at all; null for all of them. */
export function visibleKnowledge(scope: KnowledgeScope, params: SqlParams, alias = 'k'): string | null {
  if (scope.all) return null;
  const listed = LISTED.replace('k.', `${alias}.`);
  if (!scope.memberOf.length) return listed;
  return `(${listed} OR ${alias}.organisation_id = ANY(${params.add(scope.memberOf)}::uuid[]))`;
}

/** SQL conditions (ANDed) for a list on alias `k`: what the viewer may see, then the filter (search apart). */
export function knowledgeConditions(filter: KnowledgeFilter | null | undefined, scope: KnowledgeScope, params: SqlParams): string[] {
  const where: string[] = [];
  const visible = visibleKnowledge(scope, params);
  if (visible) where.push(visible);
  if (!filter) return where;
  if (filter.statuses?.length) where.push(`k.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.organisationId) where.push(`k.organisation_id = ${params.add(filter.organisationId)}::uuid`);
  if (filter.themes?.length) where.push(`k.themes && ${params.add(filter.themes)}::text[]`);
  if (filter.audiences?.length) where.push(`k.audiences && ${params.add(filter.audiences)}::text[]`);
  return where;
}

/**
 * SQL conditions for the review queue: texts in review of the organisations the viewer reviews for
 * (`null`: all), not last written by the viewer.
 */
export function reviewQueueConditions(organisations: string[] | null, accountId: string, params: SqlParams): string[] {
  const where = [`k.status = 'IN_REVIEW'`, `k.last_author_id IS DISTINCT FROM ${params.add(accountId)}::uuid`];
  if (organisations) where.push(`k.organisation_id = ANY(${params.add(organisations)}::uuid[])`);
  return where;
}
