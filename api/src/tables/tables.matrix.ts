import { editorToken, type Fixture, type MatrixScenarios, matrix, orgId, ownerToken } from '../testing/matrix.js';
import { organisationOwner } from '../testing/registry.js';
import { createTable, INVITE, inDays, PROPOSE, RESPOND, SCHEDULE, tableInput } from '../testing/tables.js';
import { expectData } from '../testing/test-app.js';

/**
 * How the permission matrix calls this feature's operations as each actor. The fixture's organisation
 * (a fund) organises a working group, or is the invited (answering, voting, pledging, joining)
 * organisation at a table of another organisation, made once and shared.
 */
type Owner = Awaited<ReturnType<typeof organisationOwner>>;
let other: Promise<Owner> | undefined;
const organiser = () => (other ??= organisationOwner(matrix.app, { name: 'Matrix Organisator', kind: 'NGO' }));

const tableOfFixture = (f: Fixture, overrides: Record<string, unknown> = {}) =>
  createTable(matrix.app, ownerToken(f), tableInput(orgId(f), { title: 'Matrixtafel', ...overrides }));

/** A table of the shared organiser that invites the fixture's organisation; its invitation's id. */
async function invitationOfFixture(f: Fixture, overrides: Record<string, unknown> = {}) {
  const owner = await organiser();
  const tableId = await createTable(matrix.app, owner.token, tableInput(owner.organisationId, { title: 'Andermans tafel', ...overrides }));
  const [invitation] = expectData<{ id: string }[]>(
    await matrix.app.gql(INVITE, { t: tableId, o: [orgId(f)] }, { token: owner.token }),
    'invite',
  );
  return { tableId, invitationId: invitation?.id as string, owner };
}

async function slotOf(token: string, tableId: string) {
  const [slot] = expectData<{ id: string }[]>(await matrix.app.gql(PROPOSE, { t: tableId, s: [inDays(20)] }, { token }), 'proposeSlots');
  return slot?.id as string;
}

export const MATRIX: MatrixScenarios = {
  mutations: {
    createTable: {
      document: 'mutation ($input: TableInput!) { createTable(input: $input) { id } }',
      variables: async (f) => ({ input: tableInput(orgId(f)) }),
    },
    suggestParticipants: {
      document: 'mutation ($t: ID!) { suggestParticipants(tableId: $t, quotas: [{ kind: NGO, minimum: 2 }]) { score } }',
      variables: async (f) => ({ t: await tableOfFixture(f) }),
    },
    invite: {
      document: 'mutation ($t: ID!, $o: [ID!]!) { invite(tableId: $t, organisationIds: $o) { id } }',
      variables: async (f) => ({ t: await tableOfFixture(f), o: [(await organiser()).organisationId] }),
    },
    respondToInvitation: {
      document: 'mutation ($i: ID!, $r: RsvpResponse!) { respondToInvitation(invitationId: $i, response: $r) { id } }',
      variables: async (f) => ({ i: (await invitationOfFixture(f)).invitationId, r: 'ACCEPTED' }),
    },
    proposeSlots: {
      document: 'mutation ($t: ID!, $s: [DateTime!]!) { proposeSlots(tableId: $t, startsAt: $s) { id } }',
      variables: async (f) => ({ t: await tableOfFixture(f), s: [inDays(14), inDays(15)] }),
    },
    voteSlots: {
      document: 'mutation ($t: ID!, $v: [SlotVoteInput!]!) { voteSlots(tableId: $t, votes: $v) { id yes } }',
      variables: async (f) => {
        const { tableId, owner } = await invitationOfFixture(f);
        const slotId = await slotOf(owner.token, tableId);
        return { t: tableId, v: [{ slotId, organisationId: orgId(f), vote: 'YES' }] };
      },
    },
    closeTable: {
      document: 'mutation ($t: ID!) { closeTable(tableId: $t) { id status } }',
      variables: async (f) => ({ t: await tableOfFixture(f) }),
    },
    scheduleTable: {
      document: 'mutation ($t: ID!, $s: ID!) { scheduleTable(tableId: $t, slotId: $s) { id } }',
      variables: async (f) => {
        const t = await tableOfFixture(f);
        return { t, s: await slotOf(ownerToken(f), t) };
      },
    },
    scheduleSeries: {
      document: 'mutation ($t: ID!, $input: SeriesInput!) { scheduleSeries(tableId: $t, input: $input) { id } }',
      variables: async (f) => ({
        t: await tableOfFixture(f),
        input: {
          firstStartsAt: inDays(7),
          durationMinutes: 90,
          rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3',
          joinUrl: 'https://meet.example/matrix',
        },
      }),
    },
    addAgendaItem: {
      document: 'mutation ($t: ID!, $input: AgendaItemInput!) { addAgendaItem(tableId: $t, input: $input) { id } }',
      variables: async (f) => ({ t: await tableOfFixture(f), input: { title: 'Welkom', durationMinutes: 10 } }),
    },
    recordCommitment: {
      document: 'mutation ($t: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $t, input: $input) { id } }',
      variables: async (f) => ({
        t: await tableOfFixture(f),
        input: { organisationId: orgId(f), kind: 'FUNDING', amount: 5000, description: 'Bijdrage' },
      }),
    },
    setCommitmentStatus: {
      document: 'mutation ($id: ID!) { setCommitmentStatus(id: $id, status: CONFIRMED) { status } }',
      variables: async (f) => {
        const { tableId, invitationId } = await invitationOfFixture(f);
        await matrix.app.gql(RESPOND, { i: invitationId, r: 'ACCEPTED' }, { token: editorToken(f) });
        const commitment = expectData<{ id: string }>(
          await matrix.app.gql(
            'mutation ($t: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $t, input: $input) { id } }',
            { t: tableId, input: { organisationId: orgId(f), kind: 'VOLUNTEERS', quantity: 3 } },
            { token: editorToken(f) },
          ),
          'recordCommitment',
        );
        return { id: commitment.id };
      },
    },
    addActionItem: {
      document: 'mutation ($t: ID!, $input: ActionItemInput!) { addActionItem(tableId: $t, input: $input) { id } }',
      variables: async (f) => ({
        t: await tableOfFixture(f),
        input: { title: 'Verslag rondsturen', ownerOrganisationId: orgId(f), dueOn: inDays(14).slice(0, 10) },
      }),
    },
    setActionItemStatus: {
      document: 'mutation ($id: ID!) { setActionItemStatus(id: $id, status: DONE) { status } }',
      variables: async (f) => {
        const { tableId, invitationId, owner } = await invitationOfFixture(f);
        await matrix.app.gql(RESPOND, { i: invitationId, r: 'ACCEPTED' }, { token: editorToken(f) });
        const item = expectData<{ id: string }>(
          await matrix.app.gql(
            'mutation ($t: ID!, $input: ActionItemInput!) { addActionItem(tableId: $t, input: $input) { id } }',
            { t: tableId, input: { title: 'Uitnodiging versturen', ownerOrganisationId: orgId(f), dueOn: inDays(10).slice(0, 10) } },
            { token: owner.token },
          ),
          'addActionItem',
        );
        return { id: item.id };
      },
    },
    requestToJoin: {
      document: 'mutation ($t: ID!, $input: JoinRequestInput!) { requestToJoin(tableId: $t, input: $input) { id } }',
      variables: async (f) => {
        const owner = await organiser();
        const t = await createTable(matrix.app, owner.token, tableInput(owner.organisationId, { title: 'Open werkgroep' }));
        return { t, input: { organisationId: orgId(f), motivation: 'Wij willen meedoen.', needs: 'Een online link.' } };
      },
    },
    decideJoinRequest: {
      document: 'mutation ($id: ID!) { decideJoinRequest(id: $id, accept: true) { status } }',
      variables: async (f) => {
        const t = await tableOfFixture(f);
        const owner = await organiser();
        const request = expectData<{ id: string }>(
          await matrix.app.gql(
            'mutation ($t: ID!, $input: JoinRequestInput!) { requestToJoin(tableId: $t, input: $input) { id } }',
            { t, input: { organisationId: owner.organisationId, motivation: 'Graag.' } },
            { token: owner.token },
          ),
          'requestToJoin',
        );
        return { id: request.id };
      },
    },
    updateSession: {
      document: 'mutation ($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { id } }',
      variables: async (f) => {
        const t = await tableOfFixture(f);
        const s = await slotOf(ownerToken(f), t);
        const table = expectData<{ sessions: { id: string }[] }>(
          await matrix.app.gql(SCHEDULE, { t, s }, { token: ownerToken(f) }),
          'scheduleTable',
        );
        return { id: table.sessions[0]?.id, input: { location: 'Buurthuis', minutes: 'Afspraken gemaakt.' } };
      },
    },
    createCalendarToken: { document: 'mutation { createCalendarToken }', variables: async () => ({}) },
    revokeCalendarToken: { document: 'mutation { revokeCalendarToken }', variables: async () => ({}) },
  },
};
