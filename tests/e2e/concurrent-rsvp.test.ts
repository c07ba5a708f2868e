/**
 * A table's capacity holds when answers arrive at two real API processes (`node api/dist/main.js`) on one
 * database at the same moment: every answer locks the table row and counts the accepted places under
 * that lock. 100 organisations accept at once for 10 places: exactly 10 accepted, 90 waitlisted in
 * arrival order (their waitlist numbers follow the order in which they got the lock); a decline moves
 * the first on the waitlist up, with one message through the outbox.
 */

import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../api/src/testing/connections.js';
import { createTestDatabase } from '../../api/src/testing/test-database.js';
import { cleanUp, type KoppelProcess, startKoppelProcess, stop, waitUntilReady } from './koppel-process.js';

const PLACES = 10;
const ANSWERS = 100;

let database: { url: string; drop(): Promise<void> };
const processes: KoppelProcess[] = [];
let db: pg.Client;

/**
 * A well-behaved client: a 503 (SERVICE_UNAVAILABLE, e.g. the table lock not had within the lock timeout on a
 * loaded machine) is asked again after its Retry-After, as the API documents; anything else is the answer.
 */
async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
    if (response.status !== 503 || attempt === 5) return { status: response.status, ...body };
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)));
  }
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

it(`${ANSWERS} acceptances at once over two API processes for ${PLACES} places: ${PLACES} accepted, the rest waitlisted in order`, async () => {
  const [a, b] = processes.map((p) => p.url) as [string, string];
  const signUp = (email: string) =>
    gql(
      a,
      'mutation ($e: String!) { signUp(input: { email: $e, name: "Tafel Test", password: "zeven-kleine-geitjes-42" }) { token viewer { id } } }',
      { e: email },
    );
  const organiser = (await signUp('gemeente@example.nl')).data?.signUp;
  const group = await gql(
    a,
    'mutation { createOrganisation(input: { name: "Gemeente Zwolle", kind: MUNICIPALITY, municipalityCode: "GM0193", themes: [LABOUR_MARKET] }) { id } }',
    {},
    organiser.token,
  );
  const created = await gql(
    b,
    'mutation ($input: TableInput!) { createTable(input: $input) { id } }',
    {
      input: {
        kind: 'LOCAL_TABLE',
        title: 'Tien plaatsen',
        theme: 'LABOUR_MARKET',
        municipalityCode: 'GM0193',
        organiserId: group.data?.createOrganisation.id,
        capacity: PLACES,
      },
    },
    organiser.token,
  );
  const tableId = created.data?.createTable.id as string;
  expect(tableId, JSON.stringify(created.errors)).toBeTruthy();

  // One person who answers for 100 organisations, written straight in the database: the test is about the answers.
  const member = (await signUp('honderd@example.nl')).data?.signUp;
  const organisations = (
    await db.query(
      `WITH o AS (INSERT INTO organisation (kind, name) SELECT 'NGO', 'Stichting ' || n FROM generate_series(1, ${ANSWERS}) n RETURNING id)
       INSERT INTO membership (organisation_id, account_id, role) SELECT id, $1, 'EDITOR' FROM o RETURNING organisation_id`,
      [member.viewer.id],
    )
  ).rows.map((r) => r.organisation_id as string);
  const invited = await gql(
    a,
    'mutation ($t: ID!, $o: [ID!]!) { invite(tableId: $t, organisationIds: $o) { id } }',
    { t: tableId, o: organisations },
    organiser.token,
  );
  const invitations = ((invited.data?.invite ?? []) as { id: string }[]).map((i) => i.id);
  expect(invitations).toHaveLength(ANSWERS);

  const answers = await Promise.all(
    invitations.map((id, i) =>
      gql(
        i % 2 ? a : b,
        'mutation ($i: ID!) { respondToInvitation(invitationId: $i, response: ACCEPTED) { id waitlisted } }',
        { i: id },
        member.token,
      ),
    ),
  );
  expect(answers.filter((r) => r.status >= 500 || r.errors).map((r) => `${r.status} ${JSON.stringify(r.errors)}`)).toEqual([]);
  expect(answers.filter((r) => r.data?.respondToInvitation.waitlisted === false)).toHaveLength(PLACES);

  const rows = (
    await db.query(
      `SELECT id, waitlist_number, responded_at FROM table_invitation WHERE table_id = $1 AND response = 'ACCEPTED' ORDER BY responded_at, id`,
      [tableId],
    )
  ).rows as { id: string; waitlist_number: string | null; responded_at: Date }[];
  expect(rows.filter((r) => r.waitlist_number === null)).toHaveLength(PLACES);
  const waitlist = rows.filter((r) => r.waitlist_number !== null);
  expect(waitlist).toHaveLength(ANSWERS - PLACES);
  // Arrival order: each answer took its number under the table lock, so numbers rise with the answers' times.
  const byNumber = [...waitlist].sort((x, y) => Number(x.waitlist_number) - Number(y.waitlist_number));
  for (let i = 1; i < byNumber.length; i++)
    expect((byNumber[i] as (typeof byNumber)[number]).responded_at.getTime()).toBeGreaterThanOrEqual(
      (byNumber[i - 1] as (typeof byNumber)[number]).responded_at.getTime(),
    );

  // A decline frees a place: the first on the waitlist moves up, and hears of it.
  const holder = rows.find((r) => r.waitlist_number === null) as (typeof rows)[number];
  const first = byNumber[0] as (typeof byNumber)[number];
  const declined = await gql(
    b,
    'mutation ($i: ID!) { respondToInvitation(invitationId: $i, response: DECLINED) { response } }',
    { i: holder.id },
    member.token,
  );
  expect(declined.errors).toBeUndefined();
  const [after] = (
    await db.query(
      `SELECT count(*) FILTER (WHERE response = 'ACCEPTED' AND waitlist_number IS NULL)::int AS accepted,
              bool_or(id = $2 AND waitlist_number IS NULL) AS moved FROM table_invitation WHERE table_id = $1`,
      [tableId, first.id],
    )
  ).rows;
  expect(after).toEqual({ accepted: PLACES, moved: true });
  const [moves] = (await db.query("SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'table-waitlist-move'")).rows;
  expect(moves.n).toBe(1);

  const stopped = await Promise.all(processes.map((p) => stop(p)));
  expect(stopped.map((s) => s.code)).toEqual([0, 0]);
}, 120_000);
