import { readFile, writeFile } from 'node:fs/promises';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ClassType, getMetadataStorage, type NonEmptyArray, type ValidatorFn } from 'type-graphql';
import { AccountResolver } from '../account/account.resolver.js';
import { AdminResolver } from '../account/admin.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { CredentialResolver } from '../auth/credential.resolver.js';
import { fundProfileResolvers } from '../fund-profile/fund-profile.resolver.js';
import { initiativeResolvers } from '../initiative/initiative.resolver.js';
import { MembershipResolver, OrganisationMembersResolver } from '../membership/membership.resolver.js';
import { needOfferResolvers } from '../needs-offers/needs-offers.resolver.js';
import { OrganisationResolver } from '../organisation/organisation.resolver.js';
import { PrivacyResolver } from '../privacy/privacy.resolver.js';
import { referenceResolvers } from '../reference/reference.resolver.js';
import { scalarsMap } from './scalars.js';
import { validateArgument } from './validation.js';

/** Every resolver class. Add a feature's resolvers here. */
const resolvers = [
  ...referenceResolvers,
  OrganisationResolver,
  ...initiativeResolvers,
  ...fundProfileResolvers,
  ...needOfferResolvers,
  AccountResolver,
  MembershipResolver,
  OrganisationMembersResolver,
  AdminResolver,
  CredentialResolver,
  PrivacyResolver,
  AuditResolver,
] as unknown as NonEmptyArray<ClassType>;

export function buildKoppelSchema(): Promise<GraphQLSchema> {
  useSimpleResolversForPlainFields();
  return buildSchema({
    resolvers,
    scalarsMap,
    validateFn: validateArgument as ValidatorFn,
    authChecker,
    // A signed-out caller of a gated field needs to sign in; the ownership checks in the services give FORBIDDEN.
    authMode: 'error',
  });
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
