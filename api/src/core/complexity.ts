import { createRequire } from 'node:module';
import { type DocumentNode, type GraphQLSchema, getNullableType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The package's ESM build imports graphql's .mjs files; Apollo and type-graphql use its CommonJS build,
// and two copies of graphql refuse each other's schemas. The CommonJS build shares the one copy.
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** How many items a list without `first` is assumed to hold, unless its field declares `complexity`. */
const DEFAULT_LIST_SIZE = 20;

/**
 * Schema introspection costs a fixed amount per `__schema` or `__type`, whatever it selects (its lists are
 * bounded by the schema, not by data): one full introspection query fits the limit, a few aliased copies do not.
 */
export const INTROSPECTION_COST = { __schema: 10_000, __type: 200 } as const;

/**
 * Each field costs 1, and a list multiplies what is selected inside it by its size: `first` where the
 * field has it, the field's declared size otherwise. Depth and alias limits alone let a small query
 * fan out into millions of rows (provinces → municipalities → province → …); this does not.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name in INTROSPECTION_COST) return INTROSPECTION_COST[field.name as keyof typeof INTROSPECTION_COST];
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(args.first, 1);
  if (field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity * DEFAULT_LIST_SIZE;
  // Connection edges are already multiplied by their parent's `first`.
  if (field.name === 'edges') return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * DEFAULT_LIST_SIZE;
  return 1 + childComplexity;
};

// Apollo hands the same parsed document to every request with the same query text, so a cost is computed
// once per document and set of (coerced, hence bounded) variables; a few per document are kept.
const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost of an operation with its variables already coerced (`request-input.ts` does that first: raw
 * variables of the wrong type or shape never reach this). Introspection fields cost nothing here; their
 * fixed cost is added by the caller.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  const key = `${operationName ?? ''}:${JSON.stringify(variables)}`;
  let known = costs.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [fieldExtensionsEstimator(), listAwareEstimator],
  });
  if (!known) {
    known = new Map();
    costs.set(document, known);
  }
  if (known.size >= 20) known.clear();
  known.set(key, cost);
  return cost;
}

/** Size hints for list fields without `first`, for `@Field(() => [X], { complexity: listOf(12) })`. */
export const listOf =
  (size: number) =>
  ({ childComplexity }: { childComplexity: number }) =>
    1 + childComplexity * size;
