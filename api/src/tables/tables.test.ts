import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { GM, organisationOwner } from '../testing/registry.js';
import {
  createTable,
  DECIDE,
  INVITE,
  inDays,
  inviteAll,
  JOIN,
  municipality,
  PROPOSE,
  respond,
  SCHEDULE,
  SERIES,
  tableInput,
  VOTE,
} from '../testing/tables.js';
import { codeOf, errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

/** What the tables hold, to see that a refused request changed nothing. */
async function snapshot() {
  const [row] = await app.sql(
    `SELECT (SELECT count(*) FROM round_table)::int AS tables, (SELECT count(*) FROM table_invitation)::int AS invitations,
            (SELECT string_agg(coalesce(response, '-') || coalesce(waitlist_number::text, ''), ',' ORDER BY id) FROM table_invitation) AS answers,
            (SELECT count(*) FROM table_slot)::int AS slots, (SELECT count(*) FROM table_slot_vote)::int AS votes,
            (SELECT count(*) FROM table_session)::int AS sessions, (SELECT count(*) FROM commitment)::int AS commitments,
            (SELECT count(*) FROM table_action_item)::int AS actions, (SELECT count(*) FROM table_join_request)::int AS requests,
            (SELECT count(*) FROM audit_entry)::int AS audit, (SELECT count(*) FROM outbox_message)::int AS outbox`,
  );
  return row;
}

const KINDS = [
  'MUNICIPALITY',
  'FUND',
  'NGO',
  'NGO',
  'NGO',
  'INITIATIVE',
  'INITIATIVE',
  'COMPANY',
  'COMPANY',
  'KNOWLEDGE_INSTITUTE',
  'GOVERNMENT',
  'NGO',
];

describe('a local table on labour-market access, as an outside client', () => {
  it('suggests, invites 12, 10 accept and 2 decline, polls three dates, schedules the best, records outcomes, and serves a calendar', async () => {
    const gemeente = await municipality(app);
    const token = gemeente.token;
    // Twelve other organisations in Zwolle on the theme, each with its OWNER.
    const others = [];
    for (const [i, kind] of KINDS.entries())
      others.push(
        await organisationOwner(app, { name: `Organisatie ${i + 1}`, kind, municipalityCode: GM.zwolle, themes: ['LABOUR_MARKET'] }),
      );
    const fund = others[1] as (typeof others)[number];
    await app.gql(
      'mutation ($o: ID!) { setFundProfile(organisationId: $o, input: { themes: [LABOUR_MARKET], municipalityCodes: ["GM0193"], minGrant: 1000, maxGrant: 50000, budgetAvailable: 100000 }) { budgetAvailable } }',
      { o: fund.organisationId },
      { token: fund.token },
    );

    const tableId = await createTable(
      app,
      token,
      tableInput(gemeente.organisationId, {
        kind: 'LOCAL_TABLE',
        title: 'Tafel werk Zwolle',
        theme: 'LABOUR_MARKET',
        municipalityCode: GM.zwolle,
        capacity: 12,
        applicationDeadline: null,
        online: false,
        location: 'Stadhuis Zwolle',
      }),
    );

    const suggestion = expectData<
      {
        kind: string;
        score: number;
        fillsQuota: boolean;
        reasons: { criterion: string; points: number; explanation: string }[];
        organisation: { id: string };
      }[]
    >(
      await app.gql(
        'mutation ($t: ID!) { suggestParticipants(tableId: $t) { kind score fillsQuota organisation { id } reasons { criterion points maxPoints explanation } } }',
        { t: tableId },
        { token },
      ),
      'suggestParticipants',
    );
    const quotaKinds = suggestion.filter((s) => s.fillsQuota).map((s) => s.kind);
    for (const kind of ['MUNICIPALITY', 'FUND', 'NGO', 'INITIATIVE', 'COMPANY']) expect(quotaKinds).toContain(kind);
    expect(quotaKinds.filter((k) => k === 'NGO').length).toBeGreaterThanOrEqual(2);
    expect(suggestion.length).toBeLessThanOrEqual(12);
    expect(new Set(suggestion.map((s) => s.organisation.id)).size).toBe(suggestion.length);
    for (const s of suggestion) {
      expect(s.score).toBe(s.reasons.reduce((sum, r) => sum + r.points, 0));
      expect(s.reasons.every((r) => r.explanation.length > 0)).toBe(true);
    }
    // Adjusting a quota changes the suggestion at once.
    const moreCompanies = expectData<{ kind: string; fillsQuota: boolean }[]>(
      await app.gql(
        'mutation ($t: ID!) { suggestParticipants(tableId: $t, quotas: [{ kind: COMPANY, minimum: 2 }]) { kind fillsQuota } }',
        { t: tableId },
        { token },
      ),
      'suggestParticipants',
    );
    expect(moreCompanies.filter((s) => s.fillsQuota && s.kind === 'COMPANY')).toHaveLength(2);

    const invitations = await inviteAll(
      app,
      token,
      tableId,
      others.map((o) => o.organisationId),
    );
    expect(invitations).toHaveLength(12);
    const again = expectData<{ alreadyInvited: boolean }[]>(
      await app.gql(INVITE, { t: tableId, o: [others[0]?.organisationId] }, { token }),
      'invite',
    );
    expect(again[0]?.alreadyInvited).toBe(true);

    for (const [i, invitation] of invitations.entries()) {
      const answer = await respond(app, others[i] as (typeof others)[number], invitation.id, i < 10 ? 'ACCEPTED' : 'DECLINED');
      expect(answer.errors).toBeUndefined();
    }

    const slots = expectData<{ id: string }[]>(
      await app.gql(PROPOSE, { t: tableId, s: [inDays(10), inDays(11), inDays(12)] }, { token }),
      'proposeSlots',
    );
    expect(slots).toHaveLength(3);
    const [first, second, third] = slots.map((s) => s.id) as [string, string, string];
    for (const [i, other] of others.slice(0, 10).entries()) {
      const votes = [
        { slotId: first, organisationId: other.organisationId, vote: i < 4 ? 'YES' : 'NO' },
        { slotId: second, organisationId: other.organisationId, vote: i < 8 ? 'YES' : 'MAYBE' },
        { slotId: third, organisationId: other.organisationId, vote: 'MAYBE' },
      ];
      expect((await app.gql(VOTE, { t: tableId, v: votes }, { token: other.token })).errors).toBeUndefined();
    }
    const ranked: { id: string; yes: number; maybe: number }[] = (
      await app.gql('query ($id: ID!) { table(id: $id) { slots { id yes maybe no } } }', { id: tableId })
    ).data?.table.slots;
    expect(ranked.map((s) => s.id)).toEqual([second, first, third]);
    expect(ranked[0]).toMatchObject({ yes: 8, maybe: 2 });

    const scheduled = expectData<{ status: string; sessions: { startsAt: string }[] }>(
      await app.gql(SCHEDULE, { t: tableId, s: second }, { token }),
      'scheduleTable',
    );
    expect(scheduled.status).toBe('SCHEDULED');
    expect(scheduled.sessions).toHaveLength(1);

    expectData(
      await app.gql(
        'mutation ($t: ID!) { addAgendaItem(tableId: $t, input: { title: "Welkom", durationMinutes: 15 }) { id } }',
        { t: tableId },
        { token },
      ),
      'addAgendaItem',
    );
    expectData(
      await app.gql(
        'mutation ($t: ID!) { addAgendaItem(tableId: $t, input: { title: "Stages en werkplekken", description: "Wie biedt wat?", durationMinutes: 60 }) { id } }',
        { t: tableId },
        { token },
      ),
      'addAgendaItem',
    );
    const company = others[7] as (typeof others)[number];
    const pledges = [
      [fund, { organisationId: fund.organisationId, kind: 'FUNDING', amount: 25_000, description: 'Werkervaringsplaatsen' }],
      [company, { organisationId: company.organisationId, kind: 'PLACES', quantity: 5, description: 'Vijf stageplaatsen' }],
    ] as const;
    for (const [who, input] of pledges)
      expectData(
        await app.gql(
          'mutation ($t: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $t, input: $input) { id status } }',
          { t: tableId, input },
          { token: who.token },
        ),
        'recordCommitment',
      );
    for (const [i, who] of [gemeente, fund, company].entries())
      expectData(
        await app.gql(
          'mutation ($t: ID!, $input: ActionItemInput!) { addActionItem(tableId: $t, input: $input) { id status owner { id } } }',
          {
            t: tableId,
            input: { title: `Actie ${i + 1}`, ownerOrganisationId: who.organisationId, dueOn: inDays(30 + i).slice(0, 10) },
          },
          { token },
        ),
        'addActionItem',
      );

    const view = await app.gql(
      'query ($id: ID!) { table(id: $id) { kind status icsUrl agenda { title } commitments { kind status } actionItems { title } invitations { response waitlisted } followUp { overdueActions { id } openActions { id } openCommitments { id } } } }',
      { id: tableId },
      { token },
    );
    const table = view.data?.table;
    expect(table.agenda).toHaveLength(2);
    expect(table.commitments.map((c: { status: string }) => c.status)).toEqual(['PLEDGED', 'PLEDGED']);
    expect(table.actionItems).toHaveLength(3);
    expect(table.invitations.filter((i: { response: string }) => i.response === 'ACCEPTED')).toHaveLength(10);
    expect(table.followUp.openCommitments).toHaveLength(2);
    expect(table.followUp.openActions).toHaveLength(3);
    // A stranger sees the table, not its outcomes.
    const stranger = await signUp(app);
    const outside = (
      await app.gql(
        'query ($id: ID!) { table(id: $id) { title invitations { id } commitments { id } followUp { openActions { id } } } }',
        { id: tableId },
        { token: stranger.token },
      )
    ).data?.table;
    expect(outside).toMatchObject({ invitations: [], commitments: [], followUp: null });

    const ics = await fetch(`${app.url}/api/tables/${tableId}/calendar.ics`);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await ics.text();
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const events = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(1);
    const event = events[0] as ICAL.Event;
    expect(event.startDate.toJSDate().toISOString()).toBe(scheduled.sessions[0]?.startsAt);
    expect(event.location).toBe('Stadhuis Zwolle');
    expect(event.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^https?://.+/tafels/${tableId}$`));
    expect(event.component.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();

    // Outbox: invitations, the date and a reminder reach the members.
    const topics = await app.sql<{ topic: string; n: number }>(
      'SELECT topic, count(*)::int AS n FROM outbox_message GROUP BY topic ORDER BY topic',
    );
    expect(topics.map((t) => t.topic)).toEqual(expect.arrayContaining(['table-invitation', 'table-scheduled', 'table-reminder']));
  });
});

describe('capacity and the waitlist', () => {
  it('waitlists acceptances beyond capacity and moves the first up when a place frees', async () => {
    const gemeente = await municipality(app, 'Gemeente Wachtlijst');
    const tableId = await createTable(
      app,
      gemeente.token,
      tableInput(gemeente.organisationId, { kind: 'LOCAL_TABLE', theme: 'EDUCATION', municipalityCode: GM.zwolle, capacity: 2, applicationDeadline: null }),
    );
    const guests = [];
    for (let i = 0; i < 4; i++) guests.push(await organisationOwner(app, { name: `Gast ${i}` }));
    const invitations = await inviteAll(app, gemeente.token, tableId, guests.map((g) => g.organisationId));
    const answers = [];
    for (const [i, g] of guests.entries()) answers.push((await respond(app, g, invitations[i]?.id as string, 'ACCEPTED')).data?.respondToInvitation);
    expect(answers.map((a) => a.waitlisted)).toEqual([false, false, true, true]);
    const declined = await respond(app, guests[0] as (typeof guests)[number], invitations[0]?.id as string, 'DECLINED');
    expect(declined.errors).toBeUndefined();
    const view = await app.gql('query ($id: ID!) { table(id: $id) { acceptedCount invitations { organisation { id } response waitlisted } } }', { id: tableId }, { token: gemeente.token });
    expect(view.data?.table.acceptedCount).toBe(2);
    const state = Object.fromEntries(
      view.data?.table.invitations.map((i: { organisation: { id: string }; response: string; waitlisted: boolean }) => [i.organisation.id, `${i.response}${i.waitlisted ? ' waitlisted' : ''}`]),
    );
    expect(state).toEqual({
      [guests[0]?.organisationId as string]: 'DECLINED',
      [guests[1]?.organisationId as string]: 'ACCEPTED',
      [guests[2]?.organisationId as string]: 'ACCEPTED',
      [guests[3]?.organisationId as string]: 'ACCEPTED waitlisted',
    });
  });
});
