import type { SignedUp } from './accounts.js';
import { GM, organisationOwner } from './registry.js';
import { expectData, type TestApp } from './test-app.js';

/** Shared helpers of the round-table tests and matrix scenarios: everything through the API. */
export const CREATE_TABLE = 'mutation ($input: TableInput!) { createTable(input: $input) { id kind status capacity } }';
export const INVITE =
  'mutation ($t: ID!, $o: [ID!]!) { invite(tableId: $t, organisationIds: $o) { id response waitlisted alreadyInvited organisation { id } } }';
export const RESPOND =
  'mutation ($i: ID!, $r: RsvpResponse!) { respondToInvitation(invitationId: $i, response: $r) { id response waitlisted } }';
export const PROPOSE = 'mutation ($t: ID!, $s: [DateTime!]!) { proposeSlots(tableId: $t, startsAt: $s) { id startsAt yes maybe no } }';
export const VOTE = 'mutation ($t: ID!, $v: [SlotVoteInput!]!) { voteSlots(tableId: $t, votes: $v) { id startsAt yes maybe no } }';
export const SCHEDULE =
  'mutation ($t: ID!, $s: ID!) { scheduleTable(tableId: $t, slotId: $s) { id status sessions { id startsAt endsAt } } }';
export const SERIES =
  'mutation ($t: ID!, $input: SeriesInput!) { scheduleSeries(tableId: $t, input: $input) { id startsAt endsAt location joinUrl } }';
export const JOIN =
  'mutation ($t: ID!, $input: JoinRequestInput!) { requestToJoin(tableId: $t, input: $input) { id status motivation needs } }';
export const DECIDE = 'mutation ($id: ID!, $a: Boolean!) { decideJoinRequest(id: $id, accept: $a) { id status } }';

export const inDays = (days: number, hour = 17) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export function tableInput(organiserId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'WORKING_GROUP',
    title: 'Campagnegroep migratie',
    description: 'Drie maanden, twee online bijeenkomsten per maand.',
    theme: 'PUBLIC_PERCEPTION',
    organiserId,
    capacity: 12,
    applicationDeadline: inDays(30),
    online: true,
    ...overrides,
  };
}

export async function createTable(app: TestApp, token: string, input: Record<string, unknown>): Promise<string> {
  return expectData<{ id: string }>(await app.gql(CREATE_TABLE, { input }, { token }), 'createTable').id;
}

/** A municipality (Zwolle) with its OWNER. */
export const municipality = (app: TestApp, name = 'Gemeente Zwolle') =>
  organisationOwner(app, { name, kind: 'MUNICIPALITY', municipalityCode: GM.zwolle, themes: ['LABOUR_MARKET'] });

export async function inviteAll(
  app: TestApp,
  token: string,
  tableId: string,
  organisationIds: string[],
): Promise<{ id: string; organisation: { id: string } }[]> {
  return expectData(await app.gql(INVITE, { t: tableId, o: organisationIds }, { token }), 'invite');
}

export async function respond(app: TestApp, account: SignedUp | string, invitationId: string, response: string) {
  return app.gql(RESPOND, { i: invitationId, r: response }, { token: typeof account === 'string' ? account : account.token });
}
