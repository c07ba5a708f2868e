import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { type DocumentNode, GraphQLError, type GraphQLSchema, isAbstractType, printSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';

/**
 * Compiled execution: graphql-jit turns each operation into a function once, and runs that function
 * for every later request with the same document, instead of graphql-js walking the document field by
 * field on every request. Plugged into Apollo Server as its `gateway` executor, so that everything
 * before execution stays Apollo's and Koppel's: parsing, the validation rules and limits, the
 * input and cost check (which coerces the variables first), the per-request context, and the error
 * formatting and masking of whatever the execution returns.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  synchronousTypeResolvers(schema);
  // Apollo keeps one parsed document per query text (its document cache), so a document is a stable key;
  // what Apollo drops from its cache is dropped here too.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  let onSchema: GatewaySchemaLoadOrUpdateCallback | undefined;

  const compiledFor = (document: DocumentNode, operationName: string | null) => {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      query = result;
      byOperation.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    const query = compiledFor(request.document, request.operationName);
    const result = isCompiledQuery(query) ? await query.query(undefined, request.context, request.request.variables ?? {}) : query;
    if (result.errors) result.errors = result.errors.map(asGraphqlJsError);
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      onSchema = callback;
      return () => {
        onSchema = undefined;
      };
    },
    async load() {
      onSchema?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are graphql-js errors in all but `extensions`, which they leave undefined when the
 * original error has none (Apollo and Koppel read `error.extensions.code`): the same error, as graphql-js makes it.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions ?? undefined,
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * graphql-jit resolves a union's or interface's type synchronously; type-graphql wraps every `resolveType`
 * in an async function. Koppel's own resolvers are synchronous (they look at the value): they are put back
 * in place of the wrappers, with type-graphql's mapping of a returned class to its type's name.
 */
function synchronousTypeResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const declared = [...storage.unions, ...storage.interfaceTypes];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const resolve = declared.find((d) => d.name === type.name)?.resolveType;
    if (!resolve) throw new Error(`${type.name}: no resolveType of its own to run synchronously`);
    type.resolveType = (...args) => {
      const resolved = resolve(...args);
      if (resolved instanceof Promise) throw new Error(`${type.name}: resolveType must be synchronous`);
      if (!resolved || typeof resolved === 'string') return resolved ?? undefined;
      return storage.objectTypes.find((o) => o.target === resolved)?.name;
    };
  }
}
