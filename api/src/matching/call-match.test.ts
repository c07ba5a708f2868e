import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import {
  applicant,
  applyWith,
  callInput,
  createCall,
  fundWithBudget,
  type Owner,
  openCallOf,
  publishedInitiative,
} from '../testing/calls.js';
import { createInitiative, GM, organisationOwner } from '../testing/registry.js';
import { codeOf, errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

/** `matchCalls` ranks the open calls for an initiative; `matchInitiatives(callId)` limits a fund's matches to a call's applicants. */
let app: TestApp;
let fund: Owner;
let ngo: Owner & { initiativeId: string };
const calls: Record<string, string> = {};

const MATCH_CALLS = `query ($i: ID!, $first: Int) {
  matchCalls(initiativeId: $i, first: $first) { score call { id title status } reasons { criterion points maxPoints explanation } }
}`;
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
  fund = await fundWithBudget(app, 500_000, { name: 'Fonds Werk' });
  const owner = await organisationOwner(app, { name: 'Stichting Werk Utrecht' });
  ngo = {
    ...owner,
    initiativeId: await publishedInitiative(app, owner.token, owner.organisationId, {
      municipalityCodes: [GM.utrecht],
      national: false,
      budgetRequested: 20_000,
    }),
  };
  // National, a wide grant range and weeks to go: the best fit.
  calls.national = (
    await openCallOf(app, fund, {
      title: 'Landelijk: statushouders aan het werk',
      national: true,
      municipalityCodes: [],
      deadline: days(40),
    })
  ).id;
  // Only Zwolle, small grants, three days left: a poor fit.
  calls.zwolle = (
    await openCallOf(app, fund, { title: 'Zwolle: kleine bijdragen', maxGrant: 5_000, minGrant: 1_000, deadline: days(3) }, 50_000)
  ).id;
  // Another theme: left out.
  calls.education = (
    await openCallOf(app, fund, { title: 'Onderwijs', themes: ['EDUCATION'], national: true, municipalityCodes: [] }, 50_000)
  ).id;
  // A draft: left out.
  calls.draft = (await createCall(app, fund.token, callInput([{ fundId: fund.organisationId, amount: 50_000 }], { title: 'Concept' }))).id;
});
afterAll(() => app?.stop());

describe('matchCalls', () => {
  it('ranks the open calls that share a theme, best first, one reason per criterion (NL)', async () => {
    const matches = expectData<any[]>(await app.gql(MATCH_CALLS, { i: ngo.initiativeId }, { language: 'nl' }), 'matchCalls');
    expect(matches.map((m) => m.call.id)).toEqual([calls.national, calls.zwolle]);
    expect(matches[0].score).toBeGreaterThan(matches[1].score);
    for (const match of matches) {
      expect(match.reasons.map((r: any) => r.criterion)).toEqual([
        'theme',
        'geography',
        'budget',
        'targetGroup',
        'timing',
        'text',
        'completeness',
      ]);
      expect(match.score).toBeCloseTo(
        match.reasons.reduce((sum: number, r: any) => sum + r.points, 0),
        1,
      );
    }
    const [best, poor] = matches;
    const why = (m: any, criterion: string) => m.reasons.find((r: any) => r.criterion === criterion);
    expect(why(best, 'geography').explanation).toBe('De oproep staat open voor heel Nederland');
    expect(why(best, 'budget').explanation).toBe('U vraagt € 20.000; de oproep geeft € 5.000–€ 40.000, nog € 100.000 te verdelen');
    expect(why(best, 'timing').points).toBe(why(best, 'timing').maxPoints);
    expect(why(poor, 'geography').explanation).toBe('De oproep staat niet open voor Utrecht');
    expect(why(poor, 'budget').explanation).toContain('(te veel)');
    expect(why(poor, 'timing').explanation).toMatch(/^Deadline .*: nog \d dagen$/);
    expect(why(poor, 'timing').points).toBeLessThan(why(poor, 'timing').maxPoints);
  });

  it('explains in English, and `first` limits the list', async () => {
    const matches = expectData<any[]>(await app.gql(MATCH_CALLS, { i: ngo.initiativeId, first: 1 }, { language: 'en' }), 'matchCalls');
    expect(matches).toHaveLength(1);
    const reasons = Object.fromEntries(matches[0].reasons.map((r: any) => [r.criterion, r.explanation]));
    expect(reasons.geography).toBe('The call is open to the whole country');
    expect(reasons.budget).toBe('You ask €20,000; the call grants €5,000–€40,000, €100,000 left to award');
    expect(reasons.targetGroup).toBe('The call names no target groups, so any fits');
    expect(reasons.timing).toMatch(/^Deadline .* \d+ days left$/);
  });

  it('NOT_FOUND for an unknown or hidden initiative; BAD_USER_INPUT for a draft one or `first` outside 1–100', async () => {
    expect(codeOf(await app.gql(MATCH_CALLS, { i: 'nope' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(MATCH_CALLS, { i: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const draft = await createInitiative(app, ngo.token, ngo.organisationId, { themes: ['LABOUR_MARKET'] });
    expect(codeOf(await app.gql(MATCH_CALLS, { i: draft }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(MATCH_CALLS, { i: draft }, { token: ngo.token }))).toBe('BAD_USER_INPUT');
    for (const first of [0, 101]) {
      const response = await app.gql(MATCH_CALLS, { i: ngo.initiativeId, first }, { language: 'nl' });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(errorOf(response).message).toBeTruthy();
    }
  });
});

describe('matchInitiatives limited to the applicants of a call', () => {
  const MATCH = `query ($f: ID!, $c: ID) { matchInitiatives(fundId: $f, callId: $c, first: 100) { score initiative { id } } }`;

  it("gives the fund's scores for the initiatives that applied (and not withdrawn), for the call's funders only", async () => {
    const other = await applicant(app, { name: 'Stichting Niet Aangevraagd' });
    await applyWith(app, ngo.token, calls.national!, ngo.initiativeId);
    const all = expectData<any[]>(await app.gql(MATCH, { f: fund.organisationId, c: null }, { token: fund.token }), 'matchInitiatives');
    expect(all.map((m) => m.initiative.id)).toEqual(expect.arrayContaining([ngo.initiativeId, other.initiativeId]));

    const applicants = expectData<any[]>(
      await app.gql(MATCH, { f: fund.organisationId, c: calls.national }, { token: fund.token }),
      'matchInitiatives',
    );
    expect(applicants.map((m) => m.initiative.id)).toEqual([ngo.initiativeId]);
    expect(applicants[0].score).toBe(all.find((m) => m.initiative.id === ngo.initiativeId).score);

    // Outsiders do not see who applied; a fund that does not fund the call is wrong input; an unknown call is not found.
    expect(codeOf(await app.gql(MATCH, { f: fund.organisationId, c: calls.national }, { token: other.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(MATCH, { f: fund.organisationId, c: calls.national }))).toBe('FORBIDDEN');
    const otherFund = await fundWithBudget(app, 100_000, { name: 'Ander Fonds' });
    const wrong = await app.gql(MATCH, { f: otherFund.organisationId, c: calls.national }, { token: otherFund.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(errorOf(wrong).fields).toHaveProperty('callId');
    expect(codeOf(await app.gql(MATCH, { f: fund.organisationId, c: '00000000-0000-4000-8000-000000000000' }, { token: fund.token }))).toBe(
      'NOT_FOUND',
    );
    // A published initiative that is no applicant yet (no call applied to) stays out.
    await publishedInitiative(app, other.token, other.organisationId);
  });
});
