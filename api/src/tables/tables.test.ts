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
      'query ($id: ID!) { table(id: $id) { kind status icsUrl agenda { title } commitments { kind status } actionItems { id title } invitations { response waitlisted } followUp { overdueActions { id } openActions { id } openCommitments { id } } } }',
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
    // Per organisation: the company's commitment and action, over every table.
    const own = await app.gql(
      'query ($id: ID!) { organisation(id: $id) { tableFollowUp { openActions { title } openCommitments { kind } } } }',
      { id: company.organisationId },
      { token: company.token },
    );
    expect(own.data?.organisation.tableFollowUp).toEqual({ openActions: [{ title: 'Actie 3' }], openCommitments: [{ kind: 'PLACES' }] });
    const done = table.actionItems[0] as { id: string };
    expect(
      expectData(
        await app.gql('mutation ($id: ID!) { setActionItemStatus(id: $id, status: DONE) { status } }', { id: done.id }, { token }),
        'setActionItemStatus',
      ),
    ).toEqual({ status: 'DONE' });
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
      tableInput(gemeente.organisationId, {
        kind: 'LOCAL_TABLE',
        theme: 'EDUCATION',
        municipalityCode: GM.zwolle,
        capacity: 2,
        applicationDeadline: null,
      }),
    );
    const guests = [];
    for (let i = 0; i < 4; i++) guests.push(await organisationOwner(app, { name: `Gast ${i}` }));
    const invitations = await inviteAll(
      app,
      gemeente.token,
      tableId,
      guests.map((g) => g.organisationId),
    );
    const answers = [];
    for (const [i, g] of guests.entries())
      answers.push((await respond(app, g, invitations[i]?.id as string, 'ACCEPTED')).data?.respondToInvitation);
    expect(answers.map((a) => a.waitlisted)).toEqual([false, false, true, true]);
    const declined = await respond(app, guests[0] as (typeof guests)[number], invitations[0]?.id as string, 'DECLINED');
    expect(declined.errors).toBeUndefined();
    const view = await app.gql(
      'query ($id: ID!) { table(id: $id) { acceptedCount invitations { organisation { id } response waitlisted } } }',
      { id: tableId },
      { token: gemeente.token },
    );
    expect(view.data?.table.acceptedCount).toBe(2);
    const state = Object.fromEntries(
      view.data?.table.invitations.map((i: { organisation: { id: string }; response: string; waitlisted: boolean }) => [
        i.organisation.id,
        `${i.response}${i.waitlisted ? ' waitlisted' : ''}`,
      ]),
    );
    expect(state).toEqual({
      [guests[0]?.organisationId as string]: 'DECLINED',
      [guests[1]?.organisationId as string]: 'ACCEPTED',
      [guests[2]?.organisationId as string]: 'ACCEPTED',
      [guests[3]?.organisationId as string]: 'ACCEPTED waitlisted',
    });
  });
});

describe('a working group, end to end', () => {
  it('takes requests with a motivation before the deadline, refuses them after, and the organisers accept and decline', async () => {
    const organiser = await organisationOwner(app, { name: 'Alliantie Beeldvorming', kind: 'NGO' });
    const tableId = await createTable(
      app,
      organiser.token,
      tableInput(organiser.organisationId, { capacity: 1, startsOn: '2027-04-01', endsOn: '2027-06-30' }),
    );
    const [a, b, c] = [
      await organisationOwner(app, { name: 'Stichting A' }),
      await organisationOwner(app, { name: 'Stichting B' }),
      await organisationOwner(app, { name: 'Stichting C' }),
    ] as const;
    const ask = (who: typeof a, motivation?: string) =>
      app.gql(
        JOIN,
        { t: tableId, input: { organisationId: who.organisationId, motivation, needs: 'Avondbijeenkomsten' } },
        { token: who.token },
      );
    expect(errorOf(await ask(a)).fields).toHaveProperty('motivation');
    const requestA = expectData<{ id: string; status: string }>(await ask(a, 'Wij voeren campagne.'), 'requestToJoin');
    expect(requestA.status).toBe('PENDING');
    expect(codeOf(await ask(a, 'Nog eens.'))).toBe('CONFLICT');
    const requestB = expectData<{ id: string }>(await ask(b, 'Wij ook.'), 'requestToJoin');
    // Only the organisers decide.
    expect(codeOf(await app.gql(DECIDE, { id: requestA.id, a: true }, { token: a.token }))).toBe('FORBIDDEN');
    expect(expectData(await app.gql(DECIDE, { id: requestA.id, a: true }, { token: organiser.token }), 'decideJoinRequest')).toMatchObject({
      status: 'ACCEPTED',
    });
    // The one place is taken: accepting B is a CONFLICT and changes nothing.
    const before = await snapshot();
    expect(codeOf(await app.gql(DECIDE, { id: requestB.id, a: true }, { token: organiser.token }))).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    expect(expectData(await app.gql(DECIDE, { id: requestB.id, a: false }, { token: organiser.token }), 'decideJoinRequest')).toMatchObject(
      { status: 'DECLINED' },
    );
    expect(codeOf(await app.gql(DECIDE, { id: requestB.id, a: true }, { token: organiser.token }))).toBe('CONFLICT');
    // After the deadline nothing is taken.
    await app.sql("UPDATE round_table SET application_deadline = now() - interval '1 minute' WHERE id = $1", [tableId]);
    const late = await snapshot();
    expect(codeOf(await ask(c, 'Te laat?'))).toBe('CONFLICT');
    expect(await snapshot()).toEqual(late);

    const view = await app.gql(
      'query ($id: ID!) { table(id: $id) { joinRequests { status motivation needs organisation { id } person { id } } invitations { response organisation { id } } } }',
      { id: tableId },
      { token: organiser.token },
    );
    expect(view.data?.table.joinRequests.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'DECLINED']);
    expect(view.data?.table.invitations).toEqual([{ response: 'ACCEPTED', organisation: { id: a.organisationId } }]);
    const decisions = await app.sql("SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'table-join-decision'");
    expect(decisions[0]?.n).toBe(2);
  });
});

describe('a work-session series, end to end', () => {
  it('schedules every other Tuesday 19:30 across the switch to summer time, gathers needs, and updates keep the UID', async () => {
    const organiser = await organisationOwner(app, { name: 'Kenniscentrum Verhalen', kind: 'KNOWLEDGE_INSTITUTE' });
    const tableId = await createTable(
      app,
      organiser.token,
      tableInput(organiser.organisationId, {
        kind: 'WORK_SESSION_SERIES',
        title: 'Het verhaal van migratie en ontwikkelingssamenwerking',
        applicationDeadline: null,
      }),
    );
    // 19:30 Amsterdam on the Tuesday before the last Sunday of March next year (winter time), then every other Tuesday.
    const year = new Date().getUTCFullYear() + 1;
    const lastSunday = new Date(Date.UTC(year, 2, 31));
    lastSunday.setUTCDate(31 - lastSunday.getUTCDay());
    const tuesday = new Date(lastSunday.getTime() - 5 * 86_400_000);
    const first = new Date(Date.UTC(tuesday.getUTCFullYear(), tuesday.getUTCMonth(), tuesday.getUTCDate(), 18, 30));
    const sessions = expectData<{ id: string; startsAt: string; endsAt: string; joinUrl: string }[]>(
      await app.gql(
        SERIES,
        {
          t: tableId,
          input: {
            firstStartsAt: first.toISOString(),
            durationMinutes: 120,
            rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4',
            joinUrl: 'https://meet.example/verhaal',
          },
        },
        { token: organiser.token },
      ),
      'scheduleSeries',
    );
    expect(sessions.map((s) => new Date(s.startsAt).getUTCHours())).toEqual([18, 17, 17, 17]);
    expect(
      sessions.map((s) =>
        new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(s.startsAt)),
      ),
    ).toEqual(['19:30', '19:30', '19:30', '19:30']);

    for (const [i, need] of ['Voorbeelden uit de praktijk', 'Tolk Arabisch', 'Kinderopvang'].entries()) {
      const who = await organisationOwner(app, { name: `Deelnemer ${i}` });
      expectData(
        await app.gql(JOIN, { t: tableId, input: { organisationId: who.organisationId, needs: need } }, { token: who.token }),
        'requestToJoin',
      );
    }
    const needs = (
      await app.gql('query ($id: ID!) { table(id: $id) { joinRequests { needs } } }', { id: tableId }, { token: organiser.token })
    ).data?.table.joinRequests;
    expect(needs.map((r: { needs: string }) => r.needs)).toEqual(['Voorbeelden uit de praktijk', 'Tolk Arabisch', 'Kinderopvang']);

    const moved = await app.gql(
      'mutation ($id: ID!) { updateSession(id: $id, input: { location: "Bibliotheek", minutes: "Besproken: beeldvorming." }) { id minutes location } }',
      { id: sessions[0]?.id },
      { token: organiser.token },
    );
    expect(moved.data?.updateSession).toMatchObject({ minutes: 'Besproken: beeldvorming.', location: 'Bibliotheek' });
    // The moved session's reminder is withdrawn and sent anew with its new sequence.
    const reminders = await app.sql<{ key: string }>(
      "SELECT idempotency_key AS key FROM outbox_message WHERE topic = 'table-reminder' AND starts_with(idempotency_key, $1)",
      [`table-reminder:${sessions[0]?.id}:`],
    );
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((r) => r.key.startsWith(`table-reminder:${sessions[0]?.id}:1:`))).toBe(true);
    const text = await (await fetch(`${app.url}/api/tables/${tableId}/calendar.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(4);
    const updated = events.find((e) => e.getFirstPropertyValue('uid') === `${sessions[0]?.id}@koppel`);
    expect(updated?.getFirstPropertyValue('sequence')).toBe(1);
    expect(new ICAL.Event(updated).startDate.toJSDate().toISOString()).toBe(sessions[0]?.startsAt);
    expect(new ICAL.Event(events[1]).startDate.toJSDate().toISOString()).toBe(sessions[1]?.startsAt);

    // The personal subscription: a secret, revocable address with the person's tables.
    const url = expectData<string>(
      await app.gql('mutation { createCalendarToken }', {}, { token: organiser.token }),
      'createCalendarToken',
    );
    const path = new URL(url).pathname;
    const personal = await fetch(`${app.url}${path}`);
    expect(personal.status).toBe(200);
    expect(new ICAL.Component(ICAL.parse(await personal.text())).getAllSubcomponents('vevent')).toHaveLength(4);
    expect(expectData(await app.gql('mutation { revokeCalendarToken }', {}, { token: organiser.token }), 'revokeCalendarToken')).toBe(true);
    expect((await fetch(`${app.url}${path}`)).status).toBe(404);
  });
});

describe('bad input: a clear error, and nothing changes', () => {
  it.each([
    ['a slot in the past', 'slot-past'],
    ['an end before a start', 'end-before-start'],
    ['an invalid rule', 'bad-rule'],
    ['voting for an organisation one is not a member of', 'vote-other'],
    ['answering for an organisation one is not a member of', 'answer-other'],
    ['scheduling a slot of another table', 'other-slot'],
    ['a negative commitment', 'negative'],
    ['a commitment of an organisation that does not take part', 'not-participating'],
    ['a local table by a non-municipality', 'local-by-ngo'],
  ])('refuses %s', async (_, what) => {
    const gemeente = await municipality(app, `Gemeente ${what}`);
    const guest = await organisationOwner(app, { name: `Gast ${what}` });
    const tableId = await createTable(
      app,
      gemeente.token,
      tableInput(gemeente.organisationId, {
        kind: 'LOCAL_TABLE',
        theme: 'EDUCATION',
        municipalityCode: GM.zwolle,
        applicationDeadline: null,
      }),
    );
    const otherTable = await createTable(app, gemeente.token, tableInput(gemeente.organisationId, { title: 'Andere tafel' }));
    const [invitation] = await inviteAll(app, gemeente.token, tableId, [guest.organisationId]);
    const [slot] = expectData<{ id: string }[]>(
      await app.gql(PROPOSE, { t: tableId, s: [inDays(5)] }, { token: gemeente.token }),
      'proposeSlots',
    );
    const [otherSlot] = expectData<{ id: string }[]>(
      await app.gql(PROPOSE, { t: otherTable, s: [inDays(6)] }, { token: gemeente.token }),
      'proposeSlots',
    );
    const stranger = await organisationOwner(app, { name: `Vreemde ${what}` });
    const before = await snapshot();
    const attempts: Record<string, () => Promise<[string, string | undefined]>> = {
      'slot-past': async () => [
        codeOf(await app.gql(PROPOSE, { t: tableId, s: [new Date(Date.now() - 3_600_000).toISOString()] }, { token: gemeente.token })),
        'BAD_USER_INPUT',
      ],
      'end-before-start': async () => [
        codeOf(
          await app.gql(
            'mutation ($input: TableInput!) { createTable(input: $input) { id } }',
            { input: tableInput(gemeente.organisationId, { startsOn: '2027-05-01', endsOn: '2027-04-01' }) },
            { token: gemeente.token },
          ),
        ),
        'BAD_USER_INPUT',
      ],
      'bad-rule': async () => [
        codeOf(
          await app.gql(
            SERIES,
            { t: tableId, input: { firstStartsAt: inDays(3), durationMinutes: 60, rrule: 'FREQ=SOMETIMES' } },
            { token: gemeente.token },
          ),
        ),
        'BAD_USER_INPUT',
      ],
      'vote-other': async () => [
        codeOf(
          await app.gql(
            VOTE,
            { t: tableId, v: [{ slotId: slot?.id, organisationId: guest.organisationId, vote: 'YES' }] },
            { token: stranger.token },
          ),
        ),
        'NOT_FOUND',
      ],
      'answer-other': async () => [codeOf(await respond(app, stranger, invitation?.id as string, 'ACCEPTED')), 'NOT_FOUND'],
      'other-slot': async () => [
        codeOf(await app.gql(SCHEDULE, { t: tableId, s: otherSlot?.id }, { token: gemeente.token })),
        'BAD_USER_INPUT',
      ],
      negative: async () => [
        codeOf(
          await app.gql(
            'mutation ($t: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $t, input: $input) { id } }',
            { t: tableId, input: { organisationId: gemeente.organisationId, kind: 'FUNDING', amount: -5 } },
            { token: gemeente.token },
          ),
        ),
        'BAD_USER_INPUT',
      ],
      'not-participating': async () => [
        codeOf(
          await app.gql(
            'mutation ($t: ID!, $input: CommitmentInput!) { recordCommitment(tableId: $t, input: $input) { id } }',
            { t: tableId, input: { organisationId: guest.organisationId, kind: 'VENUE' } },
            { token: guest.token },
          ),
        ),
        'BAD_USER_INPUT',
      ],
      'local-by-ngo': async () => [
        codeOf(
          await app.gql(
            'mutation ($input: TableInput!) { createTable(input: $input) { id } }',
            { input: tableInput(guest.organisationId, { kind: 'LOCAL_TABLE', municipalityCode: GM.zwolle, applicationDeadline: null }) },
            { token: guest.token },
          ),
        ),
        'BAD_USER_INPUT',
      ],
    };
    const [code, expected] = await (attempts[what] as () => Promise<[string, string | undefined]>)();
    expect(code).toBe(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a member who votes for an invited organisation without editing it (FORBIDDEN)', async () => {
    const gemeente = await municipality(app, 'Gemeente Stemmen');
    const guest = await organisationOwner(app, { name: 'Gast Stemmen' });
    const other = await organisationOwner(app, { name: 'Andere Gast' });
    const tableId = await createTable(app, gemeente.token, tableInput(gemeente.organisationId));
    await inviteAll(app, gemeente.token, tableId, [guest.organisationId, other.organisationId]);
    const [slot] = expectData<{ id: string }[]>(
      await app.gql(PROPOSE, { t: tableId, s: [inDays(5)] }, { token: gemeente.token }),
      'proposeSlots',
    );
    const before = await snapshot();
    expect(
      codeOf(
        await app.gql(
          VOTE,
          { t: tableId, v: [{ slotId: slot?.id, organisationId: guest.organisationId, vote: 'YES' }] },
          { token: other.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });
});

describe('closing a table', () => {
  it('closes for its organisers only; then refuses planning and joining with CONFLICT, and keeps the outcomes open', async () => {
    const gemeente = await municipality(app, 'Gemeente Sluiting');
    const guest = await organisationOwner(app, { name: 'Gast Sluiting' });
    const tableId = await createTable(
      app,
      gemeente.token,
      tableInput(gemeente.organisationId, {
        kind: 'LOCAL_TABLE',
        theme: 'EDUCATION',
        municipalityCode: GM.zwolle,
        applicationDeadline: null,
      }),
    );
    const [invitation] = await inviteAll(app, gemeente.token, tableId, [guest.organisationId]);
    const CLOSE = 'mutation ($t: ID!) { closeTable(tableId: $t) { id status } }';

    const before = await snapshot();
    expect(codeOf(await app.gql(CLOSE, { t: tableId }, { token: guest.token }))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    expect(expectData(await app.gql(CLOSE, { t: tableId }, { token: gemeente.token }), 'closeTable').status).toBe('CLOSED');
    // Again: nothing changes.
    const closed = await snapshot();
    expect(expectData(await app.gql(CLOSE, { t: tableId }, { token: gemeente.token }), 'closeTable').status).toBe('CLOSED');
    expect(await snapshot()).toEqual(closed);

    expect(codeOf(await app.gql(PROPOSE, { t: tableId, s: [inDays(5)] }, { token: gemeente.token }))).toBe('CONFLICT');
    expect(codeOf(await app.gql(INVITE, { t: tableId, o: [guest.organisationId] }, { token: gemeente.token }))).toBe('CONFLICT');
    expect(codeOf(await respond(app, guest, invitation?.id as string, 'ACCEPTED'))).toBe('CONFLICT');
    expect(errorOf(await respond(app, guest, invitation?.id as string, 'ACCEPTED')).message).toBe('This table has been closed.');
    expect(await snapshot()).toEqual(closed);

    // The follow-up goes on: an action item can still be recorded.
    const action = await app.gql(
      'mutation ($t: ID!, $i: ActionItemInput!) { addActionItem(tableId: $t, input: $i) { id } }',
      { t: tableId, i: { title: 'Verslag rondsturen', ownerOrganisationId: gemeente.organisationId, dueOn: '2099-01-01' } },
      { token: gemeente.token },
    );
    expect(action.errors).toBeUndefined();
  });
});
