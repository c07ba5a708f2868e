import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, TEST_PASSWORD } from '../testing/accounts.js';
import {
  APPLY,
  addReviewer,
  applicant,
  applyWith,
  callInput,
  closeCall,
  createCall,
  fundWithBudget,
  openCallOf,
  RUBRIC,
  SCORE,
  scores,
} from '../testing/calls.js';
import { addMember } from '../testing/registry.js';
import { codeOf, errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';
import { awardedGrants } from './call.query.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

const AWARD = 'mutation ($a: ID!, $n: Int!) { awardApplication(applicationId: $a, amount: $n) { id status amountAwarded } }';
const REJECT = 'mutation ($a: ID!, $r: String) { rejectApplication(applicationId: $a, reason: $r) { id status reason } }';

/** What each table holds, to see that a refused request changed nothing. */
async function snapshot() {
  const [row] = await app.sql(
    `SELECT (SELECT count(*) FROM call)::int AS calls, (SELECT count(*) FROM call_application)::int AS applications,
            (SELECT count(*) FROM call_review)::int AS reviews, (SELECT count(*) FROM commitment)::int AS commitments,
            (SELECT string_agg(status || coalesce(amount_awarded::text, ''), ',' ORDER BY id) FROM call_application) AS statuses,
            (SELECT sum(budget_available) FROM fund_profile)::bigint AS budgets,
            (SELECT count(*) FROM audit_entry)::int AS audit`,
  );
  return row;
}

describe('a co-funded call, as an outside client', () => {
  it('two funds, 3 places, 3 criteria, 6 applicants, two reviewers: ranked by mean, 3 awards, the fourth CONFLICT', async () => {
    const fundA = await fundWithBudget(app, 300_000, { name: 'Fonds Arbeid' });
    const fundB = await fundWithBudget(app, 200_000, { name: 'Fonds Taal' });
    // One programme officer works for both funds: creating a co-funded call commits both funds' money.
    const officer = await addMember(app, fundA.organisationId, 'EDITOR');
    await app.sql("INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, 'EDITOR')", [
      fundB.organisationId,
      officer.accountId,
    ]);

    const input = callInput(
      [
        { fundId: fundA.organisationId, amount: 60_000 },
        { fundId: fundB.organisationId, amount: 40_000 },
      ],
      { places: 3, budget: 100_000 },
    );
    const call = await createCall(app, officer.token, input);
    expect(call.rubric).toHaveLength(3);
    // A draft is not public.
    expect(codeOf(await app.gql('query ($id: ID!) { call(id: $id) { id } }', { id: call.id }))).toBe('NOT_FOUND');
    expectData(await app.gql('mutation ($id: ID!) { openCall(id: $id) { status } }', { id: call.id }, { token: fundB.token }), 'openCall');

    // The rubric is readable without signing in.
    const publicView = await app.gql(
      'query ($id: ID!) { call(id: $id) { status budget places rubric { title maxPoints } funders { amount fund { name } } } }',
      {
        id: call.id,
      },
    );
    expect(publicView.data?.call).toEqual({
      status: 'OPEN',
      budget: 100_000,
      places: 3,
      rubric: RUBRIC.map((c) => ({ title: c.title, maxPoints: c.maxPoints })),
      funders: [
        { amount: 60_000, fund: { name: 'Fonds Arbeid' } },
        { amount: 40_000, fund: { name: 'Fonds Taal' } },
      ],
    });

    const applicants = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => applicant(app, { name: `Stichting Werk ${i}` })));
    const applications: string[] = [];
    for (const [i, a] of applicants.entries()) applications.push(await applyWith(app, a.token, call.id, a.initiativeId, 20_000 + i * 1000));

    const [r1, r2] = await Promise.all([signUp(app, { name: 'Rita Reviewer' }), signUp(app, { name: 'Rob Reviewer' })]);
    await addReviewer(app, fundA.token, call.id, r1.email);
    await addReviewer(app, officer.token, call.id, r2.email);

    // Each reviewer's points per criterion (max 10, 20, 5).
    const points1 = [
      [9, 18, 5],
      [4, 10, 2],
      [7, 15, 4],
      [10, 20, 5],
      [2, 5, 1],
      [6, 12, 3],
    ];
    const points2 = [
      [8, 16, 4],
      [6, 12, 3],
      [7, 19, 5],
      [9, 14, 2],
      [3, 4, 1],
      [5, 10, 3],
    ];
    for (const [i, id] of applications.entries()) {
      for (const [reviewer, points] of [
        [r1, points1[i]],
        [r2, points2[i]],
      ] as const) {
        const review = await app.gql(
          SCORE,
          { a: id, input: { scores: scores(call.rubric, points as number[]), comment: 'Sterk plan.' } },
          { token: reviewer.token },
        );
        expect(expectData(review, 'scoreApplication').total).toBe((points as number[]).reduce((s, p) => s + p, 0));
      }
    }
    const total = (p: number[]) => p.reduce((s, x) => s + x, 0);
    const means = applications.map((id, i) => ({ id, mean: (total(points1[i] as number[]) + total(points2[i] as number[])) / 2 }));
    const expectedRanking = [...means].sort((a, b) => b.mean - a.mean);

    await closeCall(app, fundA.token, call.id);
    const ranked = await app.gql(
      `query ($id: ID!) { call(id: $id) { status applications(first: 10) { totalCount edges { node { id status score spread reviewCount
          criterionScores { criterion { title } mean min max } reviews { total reviewer { name } scores { points } } } } } } }`,
      { id: call.id },
      { token: fundB.token },
    );
    const nodes = ranked.data?.call.applications.edges.map((e: { node: unknown }) => e.node);
    expect(ranked.data?.call.status).toBe('CLOSED');
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(expectedRanking.map((m) => m.id));
    expect(nodes.map((n: { score: number }) => n.score)).toEqual(expectedRanking.map((m) => m.mean));
    const top = applications.indexOf(expectedRanking[0]!.id);
    const [p1, p2] = [points1[top] as number[], points2[top] as number[]];
    expect(nodes[0]).toMatchObject({
      status: 'UNDER_REVIEW',
      reviewCount: 2,
      spread: Math.abs(total(p1) - total(p2)),
      criterionScores: [{ mean: (p1[0]! + p2[0]!) / 2, min: Math.min(p1[0]!, p2[0]!), max: Math.max(p1[0]!, p2[0]!) }, {}, {}],
    });
    expect(nodes[0].reviews).toHaveLength(2);

    // The applicant sees their own application and status, not the scores; nobody else's.
    const own = await app.gql(
      'query ($id: ID!) { call(id: $id) { applications { edges { node { id status score reviews { id } } } } } }',
      { id: call.id },
      { token: applicants[0]!.token },
    );
    expect(own.data?.call.applications.edges).toEqual([
      { node: { id: applications[0], status: 'UNDER_REVIEW', score: null, reviews: [] } },
    ]);

    // Three awards, in ranking order; the fourth finds no place.
    const fundsBefore = await app.sql(
      'SELECT organisation_id, budget_available FROM fund_profile WHERE organisation_id = ANY($1::uuid[])',
      [[fundA.organisationId, fundB.organisationId]],
    );
    const winners = expectedRanking.slice(0, 3);
    for (const winner of winners) {
      const awarded = await app.gql(AWARD, { a: winner.id, n: 30_000 }, { token: fundA.token });
      expect(expectData(awarded, 'awardApplication')).toMatchObject({ status: 'AWARDED', amountAwarded: 30_000 });
    }
    const fourth = await app.gql(AWARD, { a: expectedRanking[3]!.id, n: 5_000 }, { token: fundA.token });
    expect(errorOf(fourth).code).toBe('CONFLICT');

    // 90 000 over 60/40: 54 000 from A, 36 000 from B, as commitments; budgets lowered; initiatives FUNDED.
    const budgets = new Map(
      (
        await app.sql('SELECT organisation_id, budget_available FROM fund_profile WHERE organisation_id = ANY($1::uuid[])', [
          [fundA.organisationId, fundB.organisationId],
        ])
      ).map((r) => [r.organisation_id, r.budget_available]),
    );
    const before = new Map(fundsBefore.map((r) => [r.organisation_id, r.budget_available]));
    expect((before.get(fundA.organisationId) as number) - (budgets.get(fundA.organisationId) as number)).toBe(54_000);
    expect((before.get(fundB.organisationId) as number) - (budgets.get(fundB.organisationId) as number)).toBe(36_000);
    const commitments = await app.sql(
      "SELECT organisation_id, sum(amount)::int AS amount, count(*)::int AS n FROM commitment WHERE kind = 'FUNDING' GROUP BY organisation_id",
    );
    expect(new Map(commitments.map((c) => [c.organisation_id, [c.amount, c.n]]))).toEqual(
      new Map([
        [fundA.organisationId, [54_000, 3]],
        [fundB.organisationId, [36_000, 3]],
      ]),
    );
    const statuses = await app.sql('SELECT i.id, i.status FROM initiative i WHERE i.id = ANY($1::uuid[])', [
      applicants.map((a) => a.initiativeId),
    ]);
    const funded = new Set(statuses.filter((s) => s.status === 'FUNDED').map((s) => s.id));
    const winnerInitiatives = winners.map((w) => applicants[applications.indexOf(w.id)]!.initiativeId);
    expect([...funded].sort()).toEqual([...winnerInitiatives].sort());

    // Each award is a message to the applicant's OWNERs and EDITORs, in the outbox with the award; the refused fourth is none.
    const messages = await app.sql(
      "SELECT recipient, subject, body FROM outbox_message WHERE topic = 'call.decision' AND idempotency_key LIKE 'call-decision:%' ORDER BY id",
    );
    const winnerOwners = winners.map((w) => applicants[applications.indexOf(w.id)]!.token);
    expect(messages).toHaveLength(winnerOwners.length);
    expect(messages.every((m) => m.subject.startsWith('Toegekend:') && m.body.includes('/oproepen/'))).toBe(true);

    const after = await app.gql(
      'query ($id: ID!) { call(id: $id) { placesLeft budgetLeft applications(first: 1) { edges { node { commitments { amount organisation { id } } } } } } }',
      { id: call.id },
      { token: fundA.token },
    );
    expect(after.data?.call).toMatchObject({ placesLeft: 0, budgetLeft: 10_000 });
    expect(after.data?.call.applications.edges[0].node.commitments).toHaveLength(2);

    // Rejecting the rest decides the call.
    for (const rest of expectedRanking.slice(3)) {
      expect(
        expectData(await app.gql(REJECT, { a: rest.id, r: 'Geen plaats meer.' }, { token: fundB.token }), 'rejectApplication').status,
      ).toBe('REJECTED');
    }
    expect((await app.gql('query ($id: ID!) { call(id: $id) { status } }', { id: call.id })).data?.call.status).toBe('DECIDED');

    // The funders' CSV, ranked, formula-safe.
    const csv = await fetch(`${app.url}/api/calls/${call.id}/applications.csv`, { headers: { authorization: `Bearer ${fundA.token}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toContain(expectedRanking[0]!.id);
    const outsider = await fetch(`${app.url}/api/calls/${call.id}/applications.csv`, {
      headers: { authorization: `Bearer ${applicants[0]!.token}` },
    });
    expect(outsider.status).toBe(403);
    expect((await fetch(`${app.url}/api/calls/${call.id}/applications.csv`)).status).toBe(401);
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['shares that do not add up to the budget', { budget: 150_000 }, 'funders'],
    ['a maximum below the minimum', { minGrant: 50_000 }, 'maxGrant'],
    ['points of 0 in the rubric', { rubric: [{ title: 'Bereik', maxPoints: 0 }] }, 'rubric.0.maxPoints'],
    ['no rubric', { rubric: [] }, 'rubric'],
    ['no places', { places: 0 }, 'places'],
    ['a deadline in the past', { deadline: new Date(Date.now() - 60_000).toISOString() }, 'deadline'],
    ['an unknown municipality', { municipalityCodes: ['GM0000'] }, 'municipalityCodes.0'],
  ])('createCall refuses %s', async (_, overrides, field) => {
    const fund = await fundWithBudget(app);
    const before = await snapshot();
    const response = await app.gql(
      'mutation ($input: CallInput!) { createCall(input: $input) { id } }',
      { input: callInput([{ fundId: fund.organisationId, amount: 100_000 }], overrides) },
      { token: fund.token },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a share above the fund's budget available, and a fund the caller does not edit", async () => {
    const fund = await fundWithBudget(app, 50_000);
    const other = await fundWithBudget(app);
    const tooMuch = await app.gql(
      'mutation ($input: CallInput!) { createCall(input: $input) { id } }',
      { input: callInput([{ fundId: fund.organisationId, amount: 60_000 }]) },
      { token: fund.token },
    );
    expect(errorOf(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'funders.0.amount': expect.any(String) } });
    const notMine = await app.gql(
      'mutation ($input: CallInput!) { createCall(input: $input) { id } }',
      {
        input: callInput([
          { fundId: fund.organisationId, amount: 10_000 },
          { fundId: other.organisationId, amount: 10_000 },
        ]),
      },
      { token: fund.token },
    );
    expect(errorOf(notMine).code).toBe('FORBIDDEN');
  });

  it('refuses an application to a draft, after the deadline, outside the range, twice, or with a draft initiative', async () => {
    const fund = await fundWithBudget(app);
    const a = await applicant(app);
    const draft = await createCall(app, fund.token, callInput([{ fundId: fund.organisationId, amount: 100_000 }]));
    const call = await openCallOf(app, fund);
    const input = (overrides = {}) => ({ initiativeId: a.initiativeId, amountRequested: 20_000, motivation: 'Wij helpen.', ...overrides });
    const before = await snapshot();
    expect(codeOf(await app.gql(APPLY, { c: draft.id, input: input() }, { token: a.token }))).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(APPLY, { c: call.id, input: input({ amountRequested: 40_001 }) }, { token: a.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { amountRequested: expect.any(String) },
    });
    const draftInitiative = await app.gql(
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
      {
        input: { organisationId: a.organisationId, title: 'Nog een concept', themes: ['EDUCATION'] },
      },
      { token: a.token },
    );
    expect(
      errorOf(
        await app.gql(APPLY, { c: call.id, input: input({ initiativeId: draftInitiative.data?.createInitiative.id }) }, { token: a.token }),
      ).fields,
    ).toHaveProperty('initiativeId');
    const stranger = await applicant(app);
    expect(codeOf(await app.gql(APPLY, { c: call.id, input: input() }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect((await snapshot()).applications).toBe(before.applications);

    // The same initiative twice at once: one application, one CONFLICT.
    const twice = await Promise.all([1, 2].map(() => app.gql(APPLY, { c: call.id, input: input() }, { token: a.token })));
    expect(twice.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(codeOf(await app.gql(APPLY, { c: call.id, input: input() }, { token: a.token }))).toBe('CONFLICT');

    const late = await applicant(app);
    await app.sql("UPDATE call SET deadline = now() - interval '1 second' WHERE id = $1", [call.id]);
    const afterDeadline = await snapshot();
    expect(codeOf(await app.gql(APPLY, { c: call.id, input: input({ initiativeId: late.initiativeId }) }, { token: late.token }))).toBe(
      'CONFLICT',
    );
    expect(await snapshot()).toEqual(afterDeadline);
  });

  it('refuses points above a maximum, a reviewer of the applicant organisation, and a non-reviewer', async () => {
    const fund = await fundWithBudget(app);
    const call = await openCallOf(app, fund);
    const a = await applicant(app);
    const id = await applyWith(app, a.token, call.id, a.initiativeId);
    const reviewer = await signUp(app);
    await addReviewer(app, fund.token, call.id, reviewer.email);
    const colleague = await addMember(app, a.organisationId, 'VIEWER');
    await addReviewer(
      app,
      fund.token,
      call.id,
      (await app.sql('SELECT email FROM account WHERE id = $1', [colleague.accountId]))[0]?.email,
    );
    const before = await snapshot();

    const tooMany = await app.gql(SCORE, { a: id, input: { scores: scores(call.rubric, [10, 21, 5]) } }, { token: reviewer.token });
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'scores.1.points': 'At most 20 points.' } });
    const missing = await app.gql(
      SCORE,
      { a: id, input: { scores: scores(call.rubric, [10, 20]).slice(0, 2) } },
      { token: reviewer.token },
    );
    expect(errorOf(missing).fields).toHaveProperty('scores');
    expect(codeOf(await app.gql(SCORE, { a: id, input: { scores: scores(call.rubric, [1, 1, 1]) } }, { token: colleague.token }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.gql(SCORE, { a: id, input: { scores: scores(call.rubric, [1, 1, 1]) } }, { token: fund.token }))).toBe(
      'FORBIDDEN',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an award while open, outside the range, beyond the budget, or with shares that do not add up', async () => {
    const fund = await fundWithBudget(app);
    const call = await openCallOf(app, fund, { places: 5, maxGrant: 40_000 }, 50_000);
    const [a, b] = await Promise.all([applicant(app), applicant(app)]);
    const first = await applyWith(app, a.token, call.id, a.initiativeId);
    const second = await applyWith(app, b.token, call.id, b.initiativeId);
    expect(codeOf(await app.gql(AWARD, { a: first, n: 30_000 }, { token: fund.token }))).toBe('CONFLICT');
    await closeCall(app, fund.token, call.id);
    const before = await snapshot();
    expect(errorOf(await app.gql(AWARD, { a: first, n: 40_001 }, { token: fund.token })).fields).toHaveProperty('amount');
    const badShares = await app.gql(
      'mutation ($a: ID!, $s: [AwardShareInput!]) { awardApplication(applicationId: $a, amount: 30000, shares: $s) { id } }',
      { a: first, s: [{ fundId: fund.organisationId, amount: 20_000 }] },
      { token: fund.token },
    );
    expect(errorOf(badShares).fields).toHaveProperty('shares');
    expect(codeOf(await app.gql(AWARD, { a: first, n: 30_000 }, { token: a.token }))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    expectData(await app.gql(AWARD, { a: first, n: 30_000 }, { token: fund.token }), 'awardApplication');
    const beyond = await snapshot();
    expect(errorOf(await app.gql(AWARD, { a: second, n: 25_000 }, { token: fund.token })).code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(beyond);
  });

  it('lets the applicant change and withdraw until the deadline, and apply again after withdrawing', async () => {
    const fund = await fundWithBudget(app);
    const call = await openCallOf(app, fund);
    const a = await applicant(app);
    const id = await applyWith(app, a.token, call.id, a.initiativeId);
    const update = await app.gql(
      'mutation ($id: ID!, $input: ApplicationInput!) { updateApplication(id: $id, input: $input) { amountRequested } }',
      { id, input: { initiativeId: a.initiativeId, amountRequested: 25_000, motivation: 'Bijgewerkt.' } },
      { token: a.token },
    );
    expect(expectData(update, 'updateApplication').amountRequested).toBe(25_000);
    const withdrawn = await app.gql('mutation ($id: ID!) { withdrawApplication(id: $id) { status } }', { id }, { token: a.token });
    expect(expectData(withdrawn, 'withdrawApplication').status).toBe('WITHDRAWN');
    expect(await applyWith(app, a.token, call.id, a.initiativeId)).toBe(id);
    await app.sql("UPDATE call SET deadline = now() - interval '1 second' WHERE id = $1", [call.id]);
    expect(codeOf(await app.gql('mutation ($id: ID!) { withdrawApplication(id: $id) { status } }', { id }, { token: a.token }))).toBe(
      'CONFLICT',
    );
  });
});

describe('listing calls', () => {
  it('lists opened calls publicly, drafts for their funders, filtered by theme, status, fund, place and search', async () => {
    const fund = await fundWithBudget(app);
    const draft = await createCall(
      app,
      fund.token,
      callInput([{ fundId: fund.organisationId, amount: 10_000 }], { title: 'Concept taaloproep' }),
    );
    const open = await openCallOf(app, fund, { title: 'Taalcoaches gezocht', themes: ['EDUCATION'] });
    const list = (filter: object, token?: string) =>
      app
        .gql('query ($f: CallFilter) { calls(filter: $f, first: 50) { totalCount edges { node { id } } } }', { f: filter }, { token })
        .then((r) => r.data?.calls.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(await list({ fundId: fund.organisationId })).toEqual([open.id]);
    expect(await list({ fundId: fund.organisationId }, fund.token)).toEqual([open.id, draft.id]);
    expect(await list({ fundId: fund.organisationId, themes: ['EDUCATION'], statuses: ['OPEN'] })).toEqual([open.id]);
    expect(await list({ fundId: fund.organisationId, statuses: ['CLOSED'] })).toEqual([]);
    expect(await list({ fundId: fund.organisationId, provinceCodes: ['PV23'] })).toEqual([open.id]);
    expect(await list({ fundId: fund.organisationId, municipalityCodes: ['GM0363'] })).toEqual([]);
    expect(await list({ search: 'taalcoaches' })).toContain(open.id);
  });
});

describe('awards as open grants data, and a reviewer who leaves', () => {
  it('makes awarded grants with their funders available, and keeps reviews when a reviewer deletes their account', async () => {
    const fund = await fundWithBudget(app);
    const call = await openCallOf(app, fund, { title: 'Open data oproep' });
    const a = await applicant(app);
    const id = await applyWith(app, a.token, call.id, a.initiativeId);
    const reviewer = await signUp(app);
    await addReviewer(app, fund.token, call.id, reviewer.email);
    expectData(
      await app.gql(SCORE, { a: id, input: { scores: scores(call.rubric, [8, 15, 4]) } }, { token: reviewer.token }),
      'scoreApplication',
    );

    const exported = await fetch(`${app.url}/api/me/export`, { headers: { authorization: `Bearer ${reviewer.token}` } }).then((r) =>
      r.json(),
    );
    expect(JSON.stringify(exported)).toContain('"total":27');
    expect(
      codeOf(await app.gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: TEST_PASSWORD }, { token: reviewer.token })),
    ).toBe('OK');
    const kept = await app.gql(
      'query ($id: ID!) { application(id: $id) { score reviews { total reviewer { id } } } }',
      { id },
      { token: fund.token },
    );
    expect(kept.data?.application).toEqual({ score: 27, reviews: [{ total: 27, reviewer: null }] });

    await closeCall(app, fund.token, call.id);
    expectData(await app.gql(AWARD, { a: id, n: 12_345 }, { token: fund.token }), 'awardApplication');
    const grant = (await awardedGrants(app.koppel.db)).find((g) => g.applicationId === id);
    expect(grant).toMatchObject({
      callId: call.id,
      callTitle: 'Open data oproep',
      amountAwarded: 12_345,
      recipientOrganisationId: a.organisationId,
      initiativeId: a.initiativeId,
      funders: [{ fundId: fund.organisationId, amount: 12_345 }],
    });
  });
});
