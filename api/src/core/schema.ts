import { readFile, writeFile } from 'node:fs/promises';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ClassType, getMetadataStorage, type NonEmptyArray, type ValidatorFn } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { type KoppelModule, resolversOf } from './module.js';
import type { Permissions } from './permissions.js';
import { scalarsMap } from './scalars.js';
import { validateArgument } from './validation.js';

/**
 * The served schema: every module's resolvers, and each operation's description ending in the rule of
 * the permission table (written once, in the feature's `x.permissions.ts`).
 */
export async function buildKoppelSchema(modules: readonly KoppelModule[], permissions: Permissions): Promise<GraphQLSchema> {
  useSimpleResolversForPlainFields();
  const schema = await buildSchema({
    resolvers: resolversOf(modules) as unknown as NonEmptyArray<ClassType>,
    scalarsMap,
    validateFn: validateArgument as ValidatorFn,
    authChecker,
    // A signed-out caller of a gated field needs to sign in; the ownership checks in the services give FORBIDDEN.
    authMode: 'error',
  });
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const permission = permissions.operation(field.name);
      if (permission) field.description = [field.description, permissions.describe(permission)].filter(Boolean).join('\n\n');
    }
  }
  return schema;
}

/**
 * Koppel guards data in services and field resolvers, never with field-level `@Authorized` or
 * middlewares on plain properties. Without this, type-graphql wraps every plain field of every object
 * in an async middleware chain — most of the CPU time of a page of 50 initiatives.
 */
function useSimpleResolversForPlainFields(): void {
  const storage = getMetadataStorage();
  for (const field of storage.fields) {
    const guarded = (field.roles?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0;
    // GraphQL's default resolver reads the schema name; a renamed property needs type-graphql's own.
    const renamed = field.schemaName !== field.name;
    field.simple ??= !guarded && !renamed;
  }
}

/** The served schema as SDL, sorted so that the committed file changes only when the schema does. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

/** Keeps `api/schema.graphql` in step with the code while developing. */
export async function writeSchemaFileIfChanged(schema: GraphQLSchema): Promise<boolean> {
  const sdl = schemaSdl(schema);
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current === sdl) return false;
  await writeFile(SCHEMA_FILE, sdl);
  return true;
}
