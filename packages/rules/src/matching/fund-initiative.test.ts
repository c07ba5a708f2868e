import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS } from './criteria.js';
import {
  budgetFit,
  completenessFit,
  exactScore,
  exactScoreOf,
  type FundFacts,
  geographyFit,
  type InitiativeFacts,
  maxPointsOf,
  scoreMatch,
  targetGroupFit,
  textFit,
  themeFit,
  timingFit,
} from './fund-initiative.js';

const NAMES: Record<string, string> = {
  GM0344: 'Utrecht',
  GM0363: 'Amsterdam',
  GM0193: 'Zwolle',
  PV26: 'Utrecht (provincie)',
  PV23: 'Overijssel',
};
const placeName = (code: string) => NAMES[code] ?? code;

const FUND: FundFacts = {
  themes: ['EDUCATION', 'LABOUR_MARKET'],
  municipalityCodes: ['GM0344'],
  provinceCodes: ['PV26', 'PV23'],
  national: false,
  targetGroups: ['STATUSHOUDERS'],
  minGrant: 10_000,
  maxGrant: 50_000,
  budgetAvailable: 400_000,
  horizonMonths: 12,
  hasDescription: true,
};

const INITIATIVE: InitiativeFacts = {
  themes: ['EDUCATION'],
  municipalityCodes: ['GM0344'],
  provinceCodes: ['PV26'],
  national: false,
  targetGroups: ['STATUSHOUDERS'],
  budgetRequested: 40_000,
  startsOn: '2026-04-01',
  endsOn: '2027-03-01',
  summary: 's'.repeat(120),
  description: 'd'.repeat(400),
  coFundingSecured: 5000,
  textRank: 0.3,
};

describe('theme', () => {
  it.each([
    ['one theme, the fund’s', ['EDUCATION'], 1],
    ['two themes, one the fund’s', ['EDUCATION', 'TRAUMA_CARE'], 0.5],
    ['both the fund’s', ['EDUCATION', 'LABOUR_MARKET'], 1],
    ['another theme', ['TRAUMA_CARE'], 0],
  ] as const)('%s → %s', (_, themes, fraction) => {
    expect(themeFit(FUND, { themes }).fraction).toBe(fraction);
  });
});

describe('geography', () => {
  it.each([
    ['in one of the fund’s municipalities', { municipalityCodes: ['GM0344'], provinceCodes: ['PV26'] }, {}, 'MUNICIPALITY', 1],
    ['in one of its provinces', { municipalityCodes: ['GM0193'], provinceCodes: ['PV23'] }, {}, 'PROVINCE', 0.7],
    ['outside, but the fund is national', { municipalityCodes: ['GM0855'], provinceCodes: ['PV30'] }, { national: true }, 'NATIONAL', 0.4],
    ['a national initiative', { municipalityCodes: [], provinceCodes: [], national: true }, {}, 'NATIONAL', 0.4],
    ['outside its regions', { municipalityCodes: ['GM0855'], provinceCodes: ['PV30'] }, {}, 'NONE', 0],
  ] as const)('%s', (_, initiative, fund, level, fraction) => {
    const scored = geographyFit({ ...FUND, ...fund }, { national: false, ...initiative });
    expect(scored).toMatchObject({ fraction, fact: { level } });
  });
});

describe('budget', () => {
  it.each([
    ['inside the range', 40_000, {}, 1, 'INSIDE'],
    ['at the maximum', 50_000, {}, 1, 'INSIDE'],
    ['10% over the maximum: partial', 55_000, {}, 0.8, 'ABOVE'],
    ['50% over the maximum: none', 75_000, {}, 0, 'ABOVE'],
    ['far over: none', 500_000, {}, 0, 'ABOVE'],
    ['below the minimum: partial', 7_500, {}, 0.5, 'BELOW'],
    ['half the minimum: none', 5_000, {}, 0, 'BELOW'],
    ['inside the range but over the budget available', 40_000, { budgetAvailable: 30_000 }, 1 - 10_000 / 15_000, 'ABOVE'],
    ['no budget left', 40_000, { budgetAvailable: 0 }, 0, 'NO_BUDGET'],
    ['nothing requested', null, {}, 0, 'NO_REQUEST'],
  ] as const)('%s', (_, requested, fund, fraction, position) => {
    const scored = budgetFit({ ...FUND, ...fund }, { budgetRequested: requested });
    expect(scored.fraction).toBeCloseTo(fraction, 10);
    expect(scored.fact).toMatchObject({ position });
  });
});

describe('target group', () => {
  it.each([
    ['the fund’s group', ['STATUSHOUDERS'], ['STATUSHOUDERS'], 1],
    ['one of two', ['STATUSHOUDERS'], ['STATUSHOUDERS', 'WOMEN'], 0.5],
    ['another group', ['STATUSHOUDERS'], ['WOMEN'], 0],
    ['a fund that names none welcomes all', [], ['WOMEN'], 1],
  ] as const)('%s', (_, fundGroups, groups, fraction) => {
    expect(targetGroupFit({ targetGroups: fundGroups }, { targetGroups: groups }).fraction).toBe(fraction);
  });
});

describe('timing', () => {
  it.each([
    ['wholly within the horizon', '2026-04-01', '2026-09-30', 1],
    ['already ended', '2025-01-01', '2025-12-31', 0],
    ['starts after the horizon', '2027-06-01', '2027-12-31', 0],
    ['half already past', '2025-04-01', '2026-03-31', (2 + 1) / 365],
    ['missing dates', null, null, 0],
  ] as const)('%s', (_, startsOn, endsOn, fraction) => {
    expect(timingFit({ horizonMonths: 12 }, { startsOn, endsOn }, '2026-03-29').fraction).toBeCloseTo(fraction, 10);
  });
});

describe('text and completeness', () => {
  it.each([
    [0, 0],
    [0.15, 0.5],
    [0.3, 1],
    [0.9, 1],
  ])('a rank of %s earns %s of the text points', (rank, fraction) => {
    expect(textFit(FUND, { textRank: rank }).fraction).toBeCloseTo(fraction, 10);
  });

  it('a fund without a description gives no text points', () => {
    expect(textFit({ hasDescription: false }, { textRank: 0.5 }).fraction).toBe(0);
  });

  it.each([
    ['all filled in', 's'.repeat(100), 'd'.repeat(300), 1, 1],
    ['short description', 's'.repeat(100), 'kort', 1, 2 / 3],
    ['nothing extra', 'kort', '', 0, 0],
    ['code points, not UTF-16 units', '🙂'.repeat(100), 'd'.repeat(300), 1, 1],
  ])('%s', (_, summary, description, coFundingSecured, fraction) => {
    expect(completenessFit({ summary, description, coFundingSecured }).fraction).toBeCloseTo(fraction, 10);
  });
});

describe('the score', () => {
  it('adds up the points; the default weights give 100 for a perfect fit', () => {
    const result = scoreMatch(FUND, INITIATIVE, DEFAULT_MATCH_WEIGHTS, {
      today: '2026-03-29',
      perspective: 'fund',
      locale: 'nl',
      placeName,
    });
    expect(result.reasons.map((r) => r.criterion)).toEqual([
      'theme',
      'geography',
      'budget',
      'targetGroup',
      'timing',
      'text',
      'completeness',
    ]);
    expect(result.score).toBeCloseTo(
      result.reasons.reduce((s, r) => s + r.points, 0),
      10,
    );
    expect(result.score).toBe(100);
  });

  it.each([
    ['a perfect fit', INITIATIVE, DEFAULT_MATCH_WEIGHTS],
    [
      'a partial fit',
      { ...INITIATIVE, themes: ['EDUCATION', 'TRAUMA_CARE'], budgetRequested: 61_000, textRank: 0.17 },
      DEFAULT_MATCH_WEIGHTS,
    ],
    ['other weights', { ...INITIATIVE, targetGroups: ['WOMEN'], endsOn: '2027-09-01' }, { ...DEFAULT_MATCH_WEIGHTS, text: 3, budget: 0 }],
  ] as const)('exactScoreOf a result is exactScore to the bit: %s', (_, initiative, weights) => {
    const situation = { today: '2026-03-29', perspective: 'fund', locale: 'nl', placeName } as const;
    const maxPoints = maxPointsOf(weights);
    const facts = initiative as InitiativeFacts;
    expect(exactScoreOf(scoreMatch(FUND, facts, weights, situation), maxPoints)).toBe(exactScore(FUND, facts, maxPoints, situation.today));
  });

  it('scales weights to 100 points', () => {
    const max = maxPointsOf({ ...DEFAULT_MATCH_WEIGHTS, theme: 130 });
    expect(Object.values(max).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(max.theme).toBeCloseTo(65, 10);
  });

  it.each([
    ['all zero', { theme: 0, geography: 0, budget: 0, targetGroup: 0, timing: 0, text: 0, completeness: 0 }],
    ['negative', { ...DEFAULT_MATCH_WEIGHTS, budget: -1 }],
  ])('refuses weights that are %s', (_, weights) => {
    expect(() => maxPointsOf(weights)).toThrow(RangeError);
  });

  it.each([
    ['nl', 'theme', "Thema's: onderwijs (ook het uwe)"],
    ['nl', 'geography', "Werkt in Utrecht, een van uw regio's"],
    ['nl', 'budget', 'Vraagt € 40.000; u financiert € 10.000–€ 50.000'],
    ['nl', 'targetGroup', 'Doelgroep: statushouders (ook de uwe)'],
    ['nl', 'timing', 'Loopt 1 april 2026 – 1 maart 2027: 100% daarvan valt binnen uw horizon (vandaag tot 29 maart 2027)'],
    ['nl', 'completeness', 'Profiel compleet'],
    ['en', 'theme', 'Themes: education (yours too)'],
    ['en', 'geography', 'Works in Utrecht, one of your regions'],
    ['en', 'budget', 'Asks €40,000; you fund €10,000–€50,000'],
  ] as const)('explains in %s: %s', (locale, criterion, text) => {
    const result = scoreMatch(FUND, INITIATIVE, DEFAULT_MATCH_WEIGHTS, { today: '2026-03-29', perspective: 'fund', locale, placeName });
    expect(result.reasons.find((r) => r.criterion === criterion)?.explanation).toBe(text);
  });

  it('speaks to the initiative from its side', () => {
    const result = scoreMatch(FUND, { ...INITIATIVE, budgetRequested: 80_000 }, DEFAULT_MATCH_WEIGHTS, {
      today: '2026-03-29',
      perspective: 'initiative',
      locale: 'nl',
      placeName,
    });
    expect(result.reasons.find((r) => r.criterion === 'budget')?.explanation).toBe(
      'U vraagt € 80.000; het fonds financiert € 10.000–€ 50.000 (te veel)',
    );
  });
});
