/**
 * Awards never exceed a call's places, also when two real API processes (`node api/dist/main.js`) on
 * one database award at the same moment: the award transaction locks the call row and counts under
 * that lock. 50 awards for a call with 5 places: exactly 5 succeed, the others get CONFLICT, none a 5xx.
 */

import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../api/src/testing/connections.js';
import { createTestDatabase } from '../../api/src/testing/test-database.js';
import { cleanUp, type KoppelProcess, startKoppelProcess, stop, waitUntilReady } from './koppel-process.js';

const PLACES = 5;
const AWARDS = 50;
const AMOUNT = 10_000;
const BUDGET = 80_000;

let database: { url: string; drop(): Promise<void> };
const processes: KoppelProcess[] = [];
let db: pg.Client;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, ...body };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const ports = [await freePort(), await freePort()];
  for (const port of ports)
    processes.push(startKoppelProcess({ PORT: String(port), DATABASE_URL: database.url, KOPPEL_DEMO_DATA: 'off', LOG_LEVEL: 'warn' }));
  await Promise.all(processes.map((p) => waitUntilReady(p, 30_000)));
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  for (const p of processes) await cleanUp(p);
  await database?.drop();
});

it(`${AWARDS} concurrent awards over two API processes for a call with ${PLACES} places: exactly ${PLACES} awarded, within budget`, async () => {
  const [a, b] = processes.map((p) => p.url) as [string, string];
  const signedUp = await gql(
    a,
    'mutation { signUp(input: { email: "fonds@example.nl", name: "Femke Fonds", password: "zeven-kleine-geitjes-42" }) { token } }',
  );
  const token = signedUp.data?.signUp.token as string;
  const fund = await gql(
    a,
    'mutation { createOrganisation(input: { name: "Fonds Gelijktijdig", kind: FUND, municipalityCode: "GM0193", themes: [LABOUR_MARKET] }) { id } }',
    {},
    token,
  );
  const fundId = fund.data?.createOrganisation.id as string;
  await gql(
    a,
    `mutation ($o: ID!) { setFundProfile(organisationId: $o, input: { themes: [LABOUR_MARKET], national: true, minGrant: 1000, maxGrant: 50000, budgetAvailable: 1000000 }) { budgetAvailable } }`,
    { o: fundId },
    token,
  );
  const created = await gql(
    b,
    `mutation ($input: CallInput!) { createCall(input: $input) { id } }`,
    {
      input: {
        funders: [{ fundId, amount: BUDGET }],
        title: 'Vijf plaatsen',
        themes: ['LABOUR_MARKET'],
        national: true,
        minGrant: 1000,
        maxGrant: 50_000,
        places: PLACES,
        opensOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
        rubric: [{ title: 'Kwaliteit', maxPoints: 10 }],
      },
    },
    token,
  );
  const callId = created.data?.createCall.id as string;
  expect(callId, JSON.stringify(created.errors)).toBeTruthy();

  // 50 applicants' initiatives and applications, written straight in the database: the test is about the awards.
  const [ngo] = (await db.query("INSERT INTO organisation (kind, name) VALUES ('NGO', 'Stichting Vijftig') RETURNING id")).rows;
  await db.query(
    `WITH i AS (
       INSERT INTO initiative (organisation_id, title, summary, status, themes, national, target_groups, budget_requested, starts_on, ends_on, published_at)
       SELECT $1, 'Initiatief ' || n, 'Samenvatting', 'PUBLISHED', '{LABOUR_MARKET}', true, '{STATUSHOUDERS}', 10000, '2026-01-01', '2026-12-31', now()
         FROM generate_series(1, ${AWARDS}) n RETURNING id)
     INSERT INTO call_application (call_id, initiative_id, organisation_id, amount_requested, motivation, status)
     SELECT $2, i.id, $1, 10000, 'Motivatie', 'UNDER_REVIEW' FROM i`,
    [ngo.id, callId],
  );
  await gql(a, 'mutation ($id: ID!) { openCall(id: $id) { id } }', { id: callId }, token);
  await gql(a, 'mutation ($id: ID!) { closeCall(id: $id) { id } }', { id: callId }, token);
  const applications = (await db.query('SELECT id FROM call_application WHERE call_id = $1', [callId])).rows.map((r) => r.id as string);
  expect(applications).toHaveLength(AWARDS);

  const answers = await Promise.all(
    applications.map((id, i) =>
      gql(
        i % 2 ? a : b,
        'mutation ($a: ID!, $n: Int!) { awardApplication(applicationId: $a, amount: $n) { status } }',
        { a: id, n: AMOUNT },
        token,
      ),
    ),
  );
  expect(answers.every((r) => r.status < 500)).toBe(true);
  const codes = answers.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
  expect(codes.filter((c) => c === 'OK')).toHaveLength(PLACES);
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(AWARDS - PLACES);

  const [awarded] = (
    await db.query(
      `SELECT count(*)::int AS n, coalesce(sum(amount_awarded), 0)::int AS sum FROM call_application WHERE call_id = $1 AND status = 'AWARDED'`,
      [callId],
    )
  ).rows;
  expect(awarded).toEqual({ n: PLACES, sum: PLACES * AMOUNT });
  expect(awarded.sum).toBeLessThanOrEqual(BUDGET);
  const [commitments] = (
    await db.query(`SELECT count(*)::int AS n, sum(amount)::int AS sum FROM commitment WHERE organisation_id = $1`, [fundId])
  ).rows;
  expect(commitments).toEqual({ n: PLACES, sum: PLACES * AMOUNT });
  const [profile] = (await db.query('SELECT budget_available FROM fund_profile WHERE organisation_id = $1', [fundId])).rows;
  expect(profile.budget_available).toBe(1_000_000 - PLACES * AMOUNT);
  const [funded] = (await db.query(`SELECT count(*)::int AS n FROM initiative WHERE status = 'FUNDED'`)).rows;
  expect(funded.n).toBe(PLACES);

  const stopped = await Promise.all(processes.map((p) => stop(p)));
  expect(stopped.map((s) => s.code)).toEqual([0, 0]);
}, 60_000);
