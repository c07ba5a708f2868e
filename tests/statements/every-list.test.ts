import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKoppelSchema } from '../../api/src/core/schema.js';
import { MODULES, PERMISSIONS } from '../../api/src/modules.js';
import { DEMO_PASSWORD } from '../../api/src/seed/demo/accounts.js';
import { organisationInput } from '../../api/src/testing/registry.js';
import { codeOf, type GraphqlResponse, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * No N+1, for every list the API serves: each query field that returns a connection is asked for a
 * small and a large page, selecting every field of its nodes (and one level below them, nested lists
 * included), as an alliance admin on the demo data, and must send PostgreSQL (about) as many
 * statements for both: one per relation, never one per row. A feature's new list is checked without
 * anyone writing a case.
 */

const schema = await buildKoppelSchema(MODULES, PERMISSIONS);
const SMALL = 5;
const LARGE = 25;

const isConnection = (type: GraphQLNamedType): boolean =>
  isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type));

/** Every field of `type` a client could ask for without arguments; object fields `depth` levels down. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) return '{ __typename }';
  if (!isObjectType(type)) return '';
  if (isConnection(type)) return `{ edges { node { ${leafFields(getNamedType(type.getFields().edges!.type) as GraphQLObjectType)} } } }`;
  const fields = Object.values<GraphQLField<unknown, unknown>>(type.getFields())
    .filter(callable)
    .map((field): string => {
      const inner: GraphQLNamedType = getNamedType(field.type);
      if (isScalarType(inner) || isEnumType(inner)) return field.name;
      if (depth === 0) return isObjectType(inner) && 'id' in inner.getFields() ? `${field.name} { id }` : '';
      const args = isConnection(inner) && field.args.some((a) => a.name === 'first') ? '(first: 2)' : '';
      const sub = selection(inner, depth - 1);
      return sub ? `${field.name}${args} ${sub}` : '';
    })
    .filter(Boolean);
  return `{ ${fields.join(' ')} }`;
}

function leafFields(edge: GraphQLObjectType): string {
  const node = getNamedType(edge.getFields().node!.type);
  return isObjectType(node) && 'id' in node.getFields() ? 'id' : '__typename';
}

const LISTS = Object.values(schema.getQueryType()!.getFields()).filter(
  (field) => isConnection(getNamedType(field.type)) && callable(field) && field.args.some((arg) => arg.name === 'first'),
);

function listQuery(field: GraphQLField<unknown, unknown>, first: number): string {
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const node = getNamedType((getNamedType(connection.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type);
  return `{ ${field.name}(first: ${first}) { pageInfo { hasNextPage } edges { cursor node ${selection(node, 1)} } } }`;
}

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ demoData: true });
  const signedIn = await app.gql('mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: 'admin@koppel.demo',
    p: DEMO_PASSWORD,
  });
  token = signedIn.data?.signIn.token;
  // The demo data writes no audit entries: a few writes through the API give the audit log a page.
  for (let i = 0; i < 8; i++) {
    await app.gql(
      'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: organisationInput({ name: `Statements ${i}` }),
      },
      { token },
    );
  }
}, 120_000);
afterAll(() => app?.stop());

it('finds the lists to check', () => {
  expect(LISTS.map((f) => f.name)).toEqual(expect.arrayContaining(['initiatives', 'organisations', 'needs', 'offers', 'auditLog']));
});

describe.each(LISTS.map((field) => [field.name, field] as const))('%s', (name, field) => {
  it(`sends no more statements for ${LARGE} items, with every field of each, than for ${SMALL} or fewer (one per relation)`, async () => {
    const ask = async (first: number) => {
      let response: GraphqlResponse | undefined;
      const statements = await app.countStatements(async () => (response = await app.gql(listQuery(field, first), {}, { token })));
      expect(codeOf(response!), JSON.stringify(response!.errors)).toBe('OK');
      return { statements, items: response!.data?.[name].edges.length as number };
    };
    const large = await ask(LARGE);
    expect(large.items, `${name}: the demo data should give this list more than one item`).toBeGreaterThan(1);
    const small = await ask(Math.min(SMALL, large.items - 1));
    console.log(`statements for ${name}: ${small.items} items → ${small.statements}, ${large.items} items → ${large.statements}`);
    // A relation only some rows have (a fund's profile) may add its one batched statement to the larger page.
    expect(large.statements).toBeLessThanOrEqual(small.statements + 2);
  });
});
