/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_ACTORS, type OperationPermission } from '../../api/src/core/permissions.js';
import { buildKoppelSchema } from '../../api/src/core/schema.js';
import { MODULES, PERMISSIONS } from '../../api/src/modules.js';
import { type SignedUp, signUp } from '../../api/src/testing/accounts.js';
import { buildFixture as buildFixture_, type Fixture, type MatrixScenarios, matrix, tokenOf } from '../../api/src/testing/matrix.js';
import { codeOf, type GraphqlResponse, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * The permission matrix: every mutation of the served schema, run over HTTP as each actor of the
 * permission table (the features' x.permissions.ts, rendered in docs/permissions.md), with valid
 * arguments built fresh for each try by the feature's scenario (its x.matrix.ts). Allowed: no error, or
 * only a non-permission error inherent to the action (the last OWNER leaving: CONFLICT). Refused:
 * UNAUTHENTICATED when signed out, FORBIDDEN or NOT_FOUND otherwise — and no audit entry. A mutation
 * without a row in the table, or without a scenario, fails.
 */

const schema = await buildKoppelSchema(MODULES, PERMISSIONS);
const SERVED_MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
const SERVED_QUERIES = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
const ACTORS = PERMISSIONS.actorIds;
const permissionFor = (operation: string) => PERMISSIONS.operation(operation);
/**
 * The base actors, and an actor a feature adds where the operation's row names it (the reviewer of a
 * call scores): the scenario's `token` then says how to act as it.
 */
const actorsFor = (permission: OperationPermission) =>
  ACTORS.filter((actor) => (BASE_ACTORS as readonly string[]).includes(actor) || permission.allowed.includes(actor));

const matrices = Object.values(import.meta.glob<MatrixScenarios>('../../api/src/*/*.matrix.ts', { eager: true, import: 'MATRIX' }));
const SCENARIOS = Object.assign({}, ...matrices.map((m) => m.mutations)) as MatrixScenarios['mutations'];
const QUERY_SCENARIOS = Object.assign({}, ...matrices.map((m) => m.queries ?? {})) as NonNullable<MatrixScenarios['queries']>;
const FIELD_SCENARIOS = Object.assign({}, ...matrices.map((m) => m.fields ?? {})) as NonNullable<MatrixScenarios['fields']>;

let app: TestApp;
let firstAdmin: SignedUp;
let shared: Fixture;

const buildFixture = () => buildFixture_(app, firstAdmin);

beforeAll(async () => {
  app = await startTestApp();
  firstAdmin = await signUp(app, { name: 'Eerste beheerder' });
  matrix.app = app;
  matrix.firstAdmin = firstAdmin;
  shared = await buildFixture();
}, 120_000);
afterAll(() => app?.stop());

async function lastAuditId(): Promise<number> {
  const [{ id }] = await app.sql('SELECT coalesce(max(id), 0)::bigint AS id FROM audit_entry');
  return Number(id);
}

describe('the permission table', () => {
  it('has a row for every mutation and query of the served schema', () => {
    const withoutRow = [...SERVED_MUTATIONS, ...SERVED_QUERIES].filter((name) => !permissionFor(name));
    expect(withoutRow, "add these to the feature's x.permissions.ts (and docs/permissions.md)").toEqual([]);
  });

  it('has a matrix scenario for every mutation of the served schema', () => {
    expect(
      SERVED_MUTATIONS.filter((name) => !SCENARIOS[name]),
      "add a scenario to the feature's x.matrix.ts",
    ).toEqual([]);
  });

  it('describes only operations that are served, or marks them planned', () => {
    const served = new Set([...SERVED_MUTATIONS, ...SERVED_QUERIES]);
    expect(PERMISSIONS.operations.filter((p) => !p.planned && !served.has(p.operation)).map((p) => p.operation)).toEqual([]);
  });
});

describe.each(SERVED_MUTATIONS.filter((name) => permissionFor(name) && SCENARIOS[name]))('%s', (mutation) => {
  const permission = permissionFor(mutation)!;
  const scenario = SCENARIOS[mutation]!;

  const actors = actorsFor(permission);
  it.each(actors)(`as %s: ${mutation} is allowed or refused as the table says`, async (actor) => {
    const f = scenario.freshFixture ? await buildFixture() : shared;
    const variables = await scenario.variables(f, actor);
    const token = scenario.token ? await scenario.token(f, actor) : actor === 'ANONYMOUS' ? undefined : tokenOf(f, actor);
    const before = await lastAuditId();
    const response: GraphqlResponse = await app.gql(scenario.document, variables, { token });
    const code = codeOf(response);
    const context = `${mutation} as ${actor}: ${JSON.stringify(response.errors ?? 'no error')}`;

    if (PERMISSIONS.allows(permission, actor)) {
      expect(['OK', ...(scenario.inherent?.[actor] ?? [])], context).toContain(code);
    } else {
      expect(actor === 'ANONYMOUS' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'], context).toContain(code);
      expect(await lastAuditId(), `${context}: a refused write recorded an audit entry`).toBe(before);
    }
  });
});

const restrictedQueries = SERVED_QUERIES.filter((name) => {
  const allowed = permissionFor(name)?.allowed;
  return allowed !== undefined && ACTORS.some((actor) => !PERMISSIONS.allows({ allowed }, actor));
});

it('has a matrix scenario for every restricted query', () => {
  expect(restrictedQueries.filter((name) => !QUERY_SCENARIOS[name])).toEqual([]);
});

describe.each(restrictedQueries.filter((name) => QUERY_SCENARIOS[name]))('query %s', (query) => {
  const permission = permissionFor(query)!;
  const scenario = QUERY_SCENARIOS[query]!;

  it.each(actorsFor(permission))(`as %s: ${query} is answered or refused as the table says`, async (actor) => {
    const response = await app.gql(scenario.document, await scenario.variables(shared, actor), {
      token: scenario.token ? await scenario.token(shared, actor) : actor === 'ANONYMOUS' ? undefined : tokenOf(shared, actor),
    });
    const context = `${query} as ${actor}: ${JSON.stringify(response.errors ?? 'no error')}`;
    if (PERMISSIONS.allows(permission, actor)) expect(codeOf(response), context).toBe('OK');
    else expect(actor === 'ANONYMOUS' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'], context).toContain(codeOf(response));
  });
});

describe.each(Object.keys(FIELD_SCENARIOS))('field %s', (field) => {
  const permission = PERMISSIONS.fields.find((f) => f.field === field);
  const scenario = FIELD_SCENARIOS[field]!;

  it('has a row in the permission table', () => expect(permission, "add the field to the feature's x.permissions.ts").toBeDefined());

  it.each(permission ? actorsFor({ ...permission, kind: 'query', operation: field }) : [])(
    `as %s: ${field} is shown or left empty as the table says`,
    async (actor) => {
      const response = await app.gql(scenario.document, await scenario.variables(shared, actor), {
        token: actor === 'ANONYMOUS' ? undefined : tokenOf(shared, actor),
      });
      const context = `${field} as ${actor}: ${JSON.stringify(response.errors ?? 'no error')}`;
      expect(codeOf(response), context).toBe('OK');
      expect(scenario.shown(response.data ?? {}), context).toBe(PERMISSIONS.allows(permission!, actor));
    },
  );
});
