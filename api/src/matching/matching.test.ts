import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, signUp } from '../testing/accounts.js';
import {
  addMember,
  createInitiative,
  createNeed,
  createOffer,
  fundProfileInput,
  GM,
  organisationOwner,
  PV,
  publishInitiative,
  rowCounts,
} from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * A crafted registry where a programme officer knows the answer: a regional education fund in Utrecht
 * and five initiatives, each off in one way.
 */
let app: TestApp;
let fund: SignedUp & { organisationId: string };
let ngo: SignedUp & { organisationId: string };
const ids: Record<string, string> = {};

const LONG = ' Wij werken met vrijwillige taalcoaches in de bibliotheek en bij mensen thuis, een jaar lang, een uur per week.'.repeat(4);
const TODAY = new Date();
const iso = (months: number) => new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() + months, 1)).toISOString().slice(0, 10);

const MATCH = `query ($fund: ID!, $weights: MatchWeightsInput, $first: Int, $all: Boolean) {
  matchInitiatives(fundId: $fund, weights: $weights, first: $first, includeDismissed: $all) {
    score decision textRank initiative { id title } reasons { criterion points maxPoints explanation }
  }
}`;

beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
  fund = await organisationOwner(app, { kind: 'FUND', name: 'Utrechts Onderwijsfonds' });
  expectData(
    await app.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      {
        o: fund.organisationId,
        input: fundProfileInput({
          themes: ['EDUCATION'],
          municipalityCodes: [GM.utrecht],
          provinceCodes: [],
          targetGroups: ['STATUSHOUDERS'],
          minGrant: 10_000,
          maxGrant: 50_000,
          budgetAvailable: 300_000,
          description: 'Wij steunen taalcoaching en taalcoaches voor statushouders: Nederlands leren met vrijwilligers.',
        }),
      },
      { token: fund.token },
    ),
    'setFundProfile',
  );
  ngo = await organisationOwner(app);
  const base = {
    summary: 'Vrijwillige taalcoaches oefenen wekelijks Nederlands met statushouders, in de bibliotheek of thuis, een jaar lang.',
    description: `Taalcoaching voor statushouders.${LONG}`,
    themes: ['EDUCATION'],
    municipalityCodes: [GM.utrecht],
    targetGroups: ['STATUSHOUDERS'],
    budgetRequested: 40_000,
    startsOn: iso(1),
    endsOn: iso(10),
  };
  const make = async (key: string, overrides: Record<string, unknown>, publish = true) => {
    ids[key] = await createInitiative(app, ngo.token, ngo.organisationId, { ...base, title: key, ...overrides });
    if (publish) await publishInitiative(app, ngo.token, ids[key]!);
  };
  await make('Taalcoaches Utrecht', {});
  await make('Sporten in Utrecht', {
    themes: ['PUBLIC_PERCEPTION'],
    summary: 'Sportclubs laten zien hoe nieuwkomers meedoen, met verhalen in de lokale media en op social media.',
    description: 'Beeldvorming via sport.',
  });
  await make('Taalcoaches Utrecht, te duur', { budgetRequested: 90_000 });
  await make('Taalcoaches Zwolle', { municipalityCodes: [GM.zwolle] });
  await make('Taalcoaches Amersfoort', { municipalityCodes: ['GM0307'] });
  await make('Taalcoaches concept', {}, false);
});
afterAll(() => app?.stop());

const matchesFor = async (variables: Record<string, unknown> = {}, token?: string, language: 'nl' | 'en' = 'nl') =>
  expectData<any[]>(await app.gql(MATCH, { fund: fund.organisationId, ...variables }, { token, language }), 'matchInitiatives');

describe('matchInitiatives', () => {
  it('ranks what a programme officer expects, and explains each criterion with the fact', async () => {
    const matches = await matchesFor();
    const titles = matches.map((m) => m.initiative.title);
    expect(titles[0]).toBe('Taalcoaches Utrecht');
    expect(titles).not.toContain('Sporten in Utrecht'); // another theme: out
    expect(titles).not.toContain('Taalcoaches concept'); // a draft: out
    expect(titles.indexOf('Taalcoaches Utrecht, te duur')).toBeGreaterThan(titles.indexOf('Taalcoaches Utrecht'));
    // Outside the fund's municipality ranks below inside; in its province (Amersfoort) above outside it (Zwolle).
    expect(titles.indexOf('Taalcoaches Zwolle')).toBeGreaterThan(titles.indexOf('Taalcoaches Amersfoort'));
    expect(titles.indexOf('Taalcoaches Amersfoort')).toBeGreaterThan(titles.indexOf('Taalcoaches Utrecht'));
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
        6,
      );
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(100);
    }
    const best = Object.fromEntries(matches[0].reasons.map((r: any) => [r.criterion, r.explanation]));
    expect(best).toMatchObject({
      theme: "Thema's: onderwijs (ook het uwe)",
      geography: "Werkt in Utrecht, een van uw regio's",
      budget: 'Vraagt € 40.000; u financiert € 10.000–€ 50.000',
      targetGroup: 'Doelgroep: statushouders (ook de uwe)',
    });
    const expensive = matches.find((m) => m.initiative.title === 'Taalcoaches Utrecht, te duur');
    expect(expensive.reasons.find((r: any) => r.criterion === 'budget')).toMatchObject({
      points: 0,
      explanation: 'Vraagt € 90.000; u financiert € 10.000–€ 50.000 (te veel)',
    });
    const zwolle = matches.find((m) => m.initiative.title === 'Taalcoaches Zwolle');
    expect(zwolle.reasons.find((r: any) => r.criterion === 'geography')).toMatchObject({
      points: 0,
      explanation: "Werkt in Zwolle, buiten uw regio's",
    });
    expect(matches[0].reasons.find((r: any) => r.criterion === 'text').points).toBeGreaterThan(0);
  });

  it('speaks English when asked', async () => {
    const [best] = await matchesFor({}, undefined, 'en');
    expect(best.reasons.map((r: any) => r.explanation)).toEqual(
      expect.arrayContaining([
        'Themes: education (yours too)',
        'Works in Utrecht, one of your regions',
        'Asks €40,000; you fund €10,000–€50,000',
      ]),
    );
  });

  it('lets a query move the weights and the ranking follows', async () => {
    const onlyBudget = await matchesFor({
      weights: { theme: 0, geography: 0, targetGroup: 0, timing: 0, text: 0, completeness: 0, budget: 1 },
    });
    expect(onlyBudget.find((m) => m.initiative.title === 'Taalcoaches Utrecht, te duur').score).toBe(0);
    expect(onlyBudget.find((m) => m.initiative.title === 'Taalcoaches Zwolle').score).toBe(100);
    const noGeography = await matchesFor({ weights: { geography: 0 } });
    expect(
      noGeography.find((m) => m.initiative.title === 'Taalcoaches Zwolle').reasons.find((r: any) => r.criterion === 'geography').maxPoints,
    ).toBe(0);
  });

  it.each([
    ['an unknown fund', { fund: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ['a fund id that is no uuid', { fund: 'nope' }, 'NOT_FOUND'],
    ['a negative weight', { weights: { budget: -1 } }, 'BAD_USER_INPUT'],
    [
      'all-zero weights',
      { weights: { theme: 0, geography: 0, budget: 0, targetGroup: 0, timing: 0, text: 0, completeness: 0 } },
      'BAD_USER_INPUT',
    ],
    ['first over 100', { first: 101 }, 'BAD_USER_INPUT'],
    ['first of 0', { first: 0 }, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_, variables, code) => {
    const response = await app.gql(MATCH, { fund: fund.organisationId, ...variables });
    expect(errorOf(response).code).toBe(code);
  });

  it('refuses an organisation that is no fund', async () => {
    expect(errorOf(await app.gql(MATCH, { fund: ngo.organisationId })).code).toBe('BAD_USER_INPUT');
  });
});

describe('decisions', () => {
  const DECIDE = `mutation ($fund: ID!, $initiative: ID!, $decision: MatchDecision) {
    setMatchDecision(fundId: $fund, initiativeId: $initiative, decision: $decision) { score decision initiative { id } }
  }`;

  it('are made by the fund, audited, shown to its members, and dismissed ones are left out unless asked', async () => {
    const decided = expectData(
      await app.gql(
        DECIDE,
        { fund: fund.organisationId, initiative: ids['Taalcoaches Zwolle'], decision: 'DISMISSED' },
        { token: fund.token },
      ),
      'setMatchDecision',
    );
    expect(decided).toMatchObject({ decision: 'DISMISSED', initiative: { id: ids['Taalcoaches Zwolle'] } });
    expectData(
      await app.gql(
        DECIDE,
        { fund: fund.organisationId, initiative: ids['Taalcoaches Utrecht'], decision: 'SHORTLISTED' },
        { token: fund.token },
      ),
      'setMatchDecision',
    );
    const forMember = await matchesFor({}, fund.token);
    expect(forMember.map((m) => m.initiative.title)).not.toContain('Taalcoaches Zwolle');
    expect(forMember[0]).toMatchObject({ decision: 'SHORTLISTED' });
    const all = await matchesFor({ all: true }, fund.token);
    expect(all.find((m) => m.initiative.title === 'Taalcoaches Zwolle').decision).toBe('DISMISSED');
    // Others see the public ranking, without the fund's decisions.
    const publicView = await matchesFor();
    expect(publicView.every((m) => m.decision === null)).toBe(true);
    expect(publicView.map((m) => m.initiative.title)).toContain('Taalcoaches Zwolle');
    const audit = await app.sql("SELECT count(*)::int AS n FROM audit_entry WHERE action = 'setMatchDecision' AND organisation_id = $1", [
      fund.organisationId,
    ]);
    expect(audit[0]?.n).toBe(2);
  });

  it('downloads the shortlist as CSV for the fund’s members only', async () => {
    const url = `${app.url}/api/funds/${fund.organisationId}/shortlist.csv`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${fund.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('initiative_id;title;organisation');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Taalcoaches Utrecht;');
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${ngo.token}` } })).status).toBe(403);
    expect(
      (await fetch(`${app.url}/api/funds/${ngo.organisationId}/shortlist.csv`, { headers: { authorization: `Bearer ${ngo.token}` } }))
        .status,
    ).toBe(400);
  });

  it.each([
    [
      'on behalf of another fund',
      (): string | undefined => ngo.token,
      (): string | undefined => fund.organisationId,
      (): string | undefined => ids['Taalcoaches Amersfoort'],
      'SHORTLISTED',
      'FORBIDDEN',
    ],
    [
      'by a VIEWER of the fund',
      'viewer',
      (): string | undefined => fund.organisationId,
      (): string | undefined => ids['Taalcoaches Amersfoort'],
      'SHORTLISTED',
      'FORBIDDEN',
    ],
    [
      'on a draft',
      (): string | undefined => fund.token,
      (): string | undefined => fund.organisationId,
      (): string | undefined => ids['Taalcoaches concept'],
      'SHORTLISTED',
      'NOT_FOUND',
    ],
    [
      'for an unknown fund',
      (): string | undefined => fund.token,
      (): string | undefined => '00000000-0000-4000-8000-000000000000',
      (): string | undefined => ids['Taalcoaches Amersfoort'],
      'DISMISSED',
      'NOT_FOUND',
    ],
    [
      'for a non-fund',
      (): string | undefined => ngo.token,
      (): string | undefined => ngo.organisationId,
      (): string | undefined => ids['Taalcoaches Amersfoort'],
      'DISMISSED',
      'BAD_USER_INPUT',
    ],
    [
      'signed out',
      (): string | undefined => undefined,
      (): string | undefined => fund.organisationId,
      (): string | undefined => ids['Taalcoaches Amersfoort'],
      'DISMISSED',
      'UNAUTHENTICATED',
    ],
  ] as const)('refuses a decision %s and changes nothing', async (_, token, fundId, initiativeId, decision, code) => {
    const viewerToken = token === 'viewer' ? (await addMember(app, fund.organisationId, 'VIEWER')).token : token();
    const before = await app.sql('SELECT count(*)::int AS n FROM match_decision');
    const audit = await app.sql('SELECT count(*)::int AS n FROM audit_entry');
    const response = await app.gql(DECIDE, { fund: fundId(), initiative: initiativeId(), decision }, { token: viewerToken });
    expect(errorOf(response).code).toBe(code);
    expect(await app.sql('SELECT count(*)::int AS n FROM match_decision')).toEqual(before);
    expect(await app.sql('SELECT count(*)::int AS n FROM audit_entry')).toEqual(audit);
  });
});

describe('matchFunds', () => {
  it('lists the funds that fit an initiative with the same score, told from its side', async () => {
    const other = await organisationOwner(app, { kind: 'FUND', name: 'Landelijk Traumafonds' });
    await app.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      {
        o: other.organisationId,
        input: fundProfileInput({ themes: ['TRAUMA_CARE'], national: true, municipalityCodes: [], provinceCodes: [] }),
      },
      { token: other.token },
    );
    const response = await app.gql(
      'query ($i: ID!) { matchFunds(initiativeId: $i) { score fund { id name } reasons { criterion points explanation } } }',
      { i: ids['Taalcoaches Amersfoort'] },
      { language: 'nl' },
    );
    const matches = expectData<any[]>(response, 'matchFunds');
    expect(matches.map((m) => m.fund.name)).toEqual(['Utrechts Onderwijsfonds']);
    const fromFund = (await matchesFor({ all: true })).find((m) => m.initiative.id === ids['Taalcoaches Amersfoort']);
    expect(matches[0].score).toBe(fromFund.score);
    expect(matches[0].reasons[1].explanation).toBe('Het fonds werkt in Utrecht, waar u werkt');
  });

  it('refuses a draft (NOT_FOUND for others, BAD_USER_INPUT for its own members)', async () => {
    const query = 'query ($i: ID!) { matchFunds(initiativeId: $i) { score } }';
    expect(errorOf(await app.gql(query, { i: ids['Taalcoaches concept'] })).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(query, { i: ids['Taalcoaches concept'] }, { token: ngo.token })).code).toBe('BAD_USER_INPUT');
  });
});

describe('needs and offers', () => {
  it('match only the same kind, with their own reasons', async () => {
    const company = await organisationOwner(app, { kind: 'COMPANY', name: 'Bouwbedrijf Utrecht' });
    const need = await createNeed(app, ngo.token, ngo.organisationId, {
      kind: 'JOBS_INTERNSHIPS',
      title: 'Stageplekken in de bouw gezocht',
      description: 'Statushouders zoeken een stage in de bouw.',
      theme: 'LABOUR_MARKET',
      municipalityCode: GM.utrecht,
      quantity: 4,
    });
    await createOffer(app, company.token, company.organisationId, {
      kind: 'JOBS_INTERNSHIPS',
      title: 'Vier stageplekken in de bouw',
      description: 'Stage in de bouw voor statushouders, met een vaste begeleider.',
      theme: 'LABOUR_MARKET',
      municipalityCode: GM.utrecht,
      quantity: 4,
    });
    await createOffer(app, company.token, company.organisationId, {
      kind: 'VENUE',
      title: 'Vergaderzaal',
      municipalityCode: GM.utrecht,
      quantity: 1,
    });
    const response = await app.gql(
      'query ($n: ID!) { matchOffers(needId: $n) { score offer { title kind } reasons { criterion points maxPoints explanation } } }',
      { n: need },
      { language: 'nl' },
    );
    const matches = expectData<any[]>(response, 'matchOffers');
    expect(matches.map((m) => m.offer.title)).toEqual(['Vier stageplekken in de bouw']);
    expect(matches[0].reasons.map((r: any) => r.criterion)).toEqual(['theme', 'place', 'capacity', 'text']);
    expect(matches[0].reasons[1].explanation).toBe('In Utrecht, net als u');
    expect(matches[0].score).toBeGreaterThan(80);
  });
});

describe('statements', () => {
  it('matchInitiatives costs as many statements for 20 as for 2', async () => {
    const query = `query ($fund: ID!, $first: Int) { matchInitiatives(fundId: $fund, first: $first) {
      score decision initiative { id title organisation { name } themes { slug } municipalities { name } } reasons { criterion points explanation } } }`;
    const small = await app.countStatements(() => app.gql(query, { fund: fund.organisationId, first: 1 }, { token: fund.token }));
    const large = await app.countStatements(async () => {
      const response = await app.gql(query, { fund: fund.organisationId, first: 20 }, { token: fund.token });
      expect(expectData<any[]>(response, 'matchInitiatives').length).toBeGreaterThan(1);
    });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('bad input writes nothing', async () => {
    const before = await rowCounts(app);
    await app.gql(MATCH, { fund: fund.organisationId, weights: { budget: -5 } });
    expect(await rowCounts(app)).toEqual(before);
  });
});

void PV;
