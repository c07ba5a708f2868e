import type { Order, SqlParams } from './paging.js';

/**
 * Full-text search, one way everywhere: Dutch stemming over a table's `search_vector` (weighted
 * columns kept by the table's trigger), `websearch_to_tsquery` so that people may type quotes, `or`
 * and `-word`, and relevance order by `ts_rank`, then id.
 */
export function searchQuery(search: string | null | undefined, params: SqlParams): string | null {
  const text = search?.trim();
  return text ? `websearch_to_tsquery('dutch', ${params.add(text)})` : null;
}

/** The condition: rows whose search vector matches. */
export const matches = (alias: string, tsquery: string) => `${alias}.search_vector @@ ${tsquery}`;

export const relevance = (alias: string, tsquery: string): Order => ({
  name: 'relevance',
  keys: [
    { sql: `ts_rank(${alias}.search_vector, ${tsquery})`, direction: 'DESC', type: 'real' },
    { sql: `${alias}.id`, direction: 'ASC', type: 'uuid' },
  ],
});
