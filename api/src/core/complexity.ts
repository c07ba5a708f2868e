import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, getNullableType, isListType, Kind, type OperationDefinitionNode } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context.js';
import { queryTooComplex } from './errors.js';

// The package's ESM build imports graphql's .mjs files; Apollo and type-graphql use its CommonJS build,
// and two copies of graphql refuse each other's schemas. The CommonJS build shares the one copy.
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** How many items a list without `first` is assumed to hold, unless its field declares `complexity`. */
const DEFAULT_LIST_SIZE = 20;

/**
 * Each field costs 1, and a list multiplies what is selected inside it by its size: `first` where the
 * field has it, the field's declared size otherwise. Depth and alias limits alone let a small query
 * fan out into millions of rows (provinces → municipalities → province → …); this does not.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(args.first, 1);
  if (field.args.some((arg) => arg.name === 'first')) return 1 + childComplexity * DEFAULT_LIST_SIZE;
  // Connection edges are already multiplied by their parent's `first`.
  if (field.name === 'edges') return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * DEFAULT_LIST_SIZE;
  return 1 + childComplexity;
};

export function complexityLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin<Context> {
  // Apollo hands the same parsed document to every request with the same query text, so a cost is
  // computed once per document and set of variables (a few per document are kept).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
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
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName }) {
          // Schema introspection (GraphiQL, codegen, partners' tools) is a fixed, bounded cost.
          if (operation && isIntrospectionOnly(operation)) return;
          const complexity = costOf(document, operationName ?? undefined, request.variables ?? {});
          if (complexity > maximum) {
            throw queryTooComplex(
              {
                nl: `De query is te zwaar (${complexity} punten, ten hoogste ${maximum}).`,
                en: `The query is too expensive (${complexity} points, at most ${maximum}).`,
              },
              400,
            );
          }
        },
      };
    },
  };
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'));
}

/** Size hints for list fields without `first`, for `@Field(() => [X], { complexity: listOf(12) })`. */
export const listOf =
  (size: number) =>
  ({ childComplexity }: { childComplexity: number }) =>
    1 + childComplexity * size;
