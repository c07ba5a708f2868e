/// <reference types="vite/client" />
import { getNullableType, isInputObjectType, isListType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../api/src/core/permissions.js';
import { buildKoppelSchema } from '../../api/src/core/schema.js';
import { MODULES, PERMISSIONS } from '../../api/src/modules.js';
import { type SignedUp, signUp } from '../../api/src/testing/accounts.js';
import {
  argumentsFromScenario,
  asVariables,
  type FuzzIds,
  fuzzDocument,
  plausibleValue,
  seededRandom,
  variantsOf,
} from '../../api/src/testing/fuzz.js';
import { buildFixture, type Fixture, type MatrixScenarios, matrix, orgId, tokenOf } from '../../api/src/testing/matrix.js';
import { createInitiative, createOrganisation } from '../../api/src/testing/registry.js';
import { type GraphqlResponse, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * The fuzz suite: every query and mutation of the served schema that takes arguments is sent bad input,
 * one argument or input field at a time (wrong types, null, empty and 100k strings, NUL and control
 * characters, lone surrogates, RTL and zero-width text, negative, zero and huge numbers, impossible
 * dates, 0 and 10,000-item lists, unknown enum values, malformed ids and ids of other entities, SQL and
 * JSON injection), as an actor allowed to call it (the owner of the entities, where the permission table
 * allows the owner). The valid starting point comes from the feature's matrix scenario (its x.matrix.ts);
 * an operation without one gets values generated from its argument types. It fails on any 5xx, any
 * INTERNAL_SERVER_ERROR and any row changed by a refused write. Seeded: the same requests on every run.
 * An operation added later is fuzzed without a line written here.
 */

const SEED = 20_260_415;
/** Bad values per argument or input field (null, a number and a string always among them). */
const PER_PATH = 12;

const schema = await buildKoppelSchema(MODULES, PERMISSIONS);
const matrices = Object.values(import.meta.glob<MatrixScenarios>('../../api/src/*/*.matrix.ts', { eager: true, import: 'MATRIX' }));
const MUTATION_SCENARIOS = Object.assign({}, ...matrices.map((m) => m.mutations)) as MatrixScenarios['mutations'];
const QUERY_SCENARIOS = Object.assign({}, ...matrices.map((m) => m.queries ?? {})) as NonNullable<MatrixScenarios['queries']>;

const withArguments = (fields: Record<string, { args: readonly unknown[] }> | undefined) =>
  Object.entries(fields ?? {})
    .filter(([, field]) => field.args.length > 0)
    .map(([name]) => name)
    .sort();
const QUERIES = withArguments(schema.getQueryType()?.getFields());
const MUTATIONS = withArguments(schema.getMutationType()?.getFields());

/** Who fuzzes an operation: the first of these the permission table allows, so the input reaches the service. */
const PREFERRED_ACTORS: readonly Actor[] = ['OWNER', 'EDITOR', 'ADMIN', 'SIGNED_IN', 'VIEWER', 'OTHER_OWNER', 'ANONYMOUS'];

let app: TestApp;
let firstAdmin: SignedUp;
let shared: Fixture;
let ids: FuzzIds;
let fingerprintSql: string;
let requests = 0;

beforeAll(async () => {
  // The background workers (outbox, match alerts) write on their own clock: kept asleep, so that every
  // change the fingerprint sees is the request's.
  app = await startTestApp({ env: { KOPPEL_OUTBOX_INTERVAL_MS: '3600000' } });
  firstAdmin = await signUp(app, { name: 'Eerste beheerder' });
  matrix.app = app;
  matrix.firstAdmin = firstAdmin;
  shared = await buildFixture(app, firstAdmin);
  const otherOrganisation = await createOrganisation(app, shared.otherOwner.token, { name: 'Vreemde Stichting' });
  const initiative = await createInitiative(app, shared.tokens.EDITOR, orgId(shared));
  ids = { others: [otherOrganisation, initiative, shared.signedIn.accountId, shared.otherOwner.accountId] };

  // Every table's content in one hash. Left out: when a credential was last used (touched by reading, by
  // design) and failed sign-in attempts (counted by design: that is the throttle).
  const tables = await app.sql<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'sign_in_attempt') ORDER BY 1`,
  );
  fingerprintSql = `SELECT md5(string_agg(h, '' ORDER BY t)) AS hash FROM (${tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS t, md5(coalesce(string_agg(x, ',' ORDER BY x), '')) AS h FROM (SELECT (to_jsonb(r) - 'last_used_at')::text AS x FROM "${name}" r) s`,
    )
    .join(' UNION ALL ')}) f`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  console.info(`fuzz: ${requests} requests (seed ${SEED})`);
});

const fingerprint = async () => (await app.sql<{ hash: string }>(fingerprintSql))[0]?.hash;
/**
 * The id the next writing transaction will get: unchanged means nothing was written anywhere since the
 * last look (every write, even one rolled back, takes an id), and the full hash is not needed.
 */
const nextTransactionId = async () =>
  (await app.sql<{ xid: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid'))[0]?.xid;

interface Failure {
  path: string;
  variables: string;
  problem: string;
}

async function fuzz(kind: 'query' | 'mutation', name: string): Promise<{ sent: number; refused: number; failures: Failure[] }> {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[name];
  if (!field) throw new Error(`${name} is not served`);
  const scenario = kind === 'query' ? QUERY_SCENARIOS[name] : MUTATION_SCENARIOS[name];
  const allowed = PERMISSIONS.operation(name)?.allowed ?? [];
  // An operation only a feature's actor may call (a reviewer scores) is fuzzed as that actor, through the scenario's token.
  const actor = PREFERRED_ACTORS.find((candidate) => allowed.includes(candidate)) ?? (scenario?.token ? allowed[0] : undefined) ?? 'OWNER';
  const f = scenario && 'freshFixture' in scenario && scenario.freshFixture ? await buildFixture(app, firstAdmin) : shared;
  const token = scenario?.token ? await scenario.token(f, actor) : tokenOf(f, actor);

  let base: Record<string, unknown> | null = null;
  if (scenario) base = argumentsFromScenario(scenario.document, name, await scenario.variables(f, actor));
  base ??= Object.fromEntries(
    field.args.filter((arg) => arg.type.toString().endsWith('!')).map((arg) => [arg.name, plausibleValue(arg.type, ids)]),
  );

  // A seed per operation: adding an operation does not change what the others are sent.
  const random = seededRandom(SEED ^ [...name].reduce((hash, c) => Math.imul(hash, 31) + c.charCodeAt(0), 7));
  const document = fuzzDocument(kind, field);
  const failures: Failure[] = [];
  let before = kind === 'mutation' ? { xid: await nextTransactionId(), hash: await fingerprint() } : undefined;
  let refused = 0;
  const variants = variantsOf(field.args, base, ids, random, PER_PATH);
  for (const variant of variants) {
    const variables = asVariables(variant.variables);
    let response: GraphqlResponse;
    try {
      response = await app.gql(document, variables, { token });
    } catch (error) {
      failures.push({ path: variant.path, variables: short(variables), problem: `no answer: ${error}` });
      continue;
    }
    requests++;
    const codes = (response.errors ?? []).map((error) => error.extensions.code);
    if (response.status >= 500 && !(response.status === 503 && codes.every((code) => code === 'SERVICE_UNAVAILABLE'))) {
      failures.push({
        path: variant.path,
        variables: short(variables),
        problem: `HTTP ${response.status} ${JSON.stringify(response.errors)}`,
      });
    }
    if (codes.includes('INTERNAL_SERVER_ERROR')) {
      failures.push({
        path: variant.path,
        variables: short(variables),
        problem: `INTERNAL_SERVER_ERROR ${JSON.stringify(response.errors)}`,
      });
    }
    if (response.errors) refused++;
    if (before) {
      const xid = await nextTransactionId();
      if (xid === before.xid) continue;
      const hash = await fingerprint();
      if (response.errors && hash !== before.hash) {
        failures.push({ path: variant.path, variables: short(variables), problem: `a refused write changed rows: ${codes.join(', ')}` });
      }
      before = { xid, hash };
    }
  }
  return { sent: variants.length, refused, failures };
}

function short(variables: Record<string, unknown>): string {
  return JSON.stringify(variables, (_key, value) =>
    typeof value === 'string' && value.length > 60
      ? `${value.slice(0, 20)}…(${value.length} chars)`
      : Array.isArray(value) && value.length > 5
        ? `[${value.length} items]`
        : value,
  );
}

function expectClean(name: string, result: Awaited<ReturnType<typeof fuzz>>) {
  const report = result.failures.slice(0, 5).map((failure) => `${name} ${failure.path} = ${failure.variables}\n  → ${failure.problem}`);
  expect(report, `${result.failures.length} of ${result.sent} fuzzed requests failed`).toEqual([]);
  expect(result.sent).toBeGreaterThan(0);
}

describe('the fuzz suite covers', () => {
  it('every served operation with arguments, down into its input objects and lists', () => {
    const inputPaths = [...QUERIES, ...MUTATIONS].flatMap((name) => {
      const field = schema.getQueryType()?.getFields()[name] ?? schema.getMutationType()?.getFields()[name];
      return field?.args.filter((arg) => isInputObjectType(getNullableType(arg.type)) || isListType(getNullableType(arg.type))) ?? [];
    });
    expect(QUERIES.length + MUTATIONS.length).toBeGreaterThan(20);
    expect(inputPaths.length).toBeGreaterThan(5);
  });
});

describe.each(QUERIES)('query %s', (name) => {
  it('answers every bad input with a 4xx or a documented code, never a 5xx or an internal error', async () => {
    expectClean(name, await fuzz('query', name));
  }, 60_000);
});

describe.each(MUTATIONS)('mutation %s', (name) => {
  it('answers every bad input with a 4xx or a documented code, and a refused write changes no row', async () => {
    expectClean(name, await fuzz('mutation', name));
  }, 60_000);
});
