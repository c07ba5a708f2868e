import { describe, expect, it } from 'vitest';
import { type CallFacts, type CallInitiativeFacts, callAsFund, deadlineFit, scoreCallMatch, textOverlap } from './call-initiative.js';

const CALL: CallFacts = {
  themes: ['LABOUR_MARKET'],
  municipalityCodes: [],
  provinceCodes: ['PV26'],
  national: false,
  minGrant: 5_000,
  maxGrant: 25_000,
  budgetLeft: 60_000,
  placesLeft: 2,
  deadline: '2026-06-30',
  text: 'Statushouders naar betaald werk met werkgevers en jobcoaching',
};

const INITIATIVE: CallInitiativeFacts = {
  themes: ['LABOUR_MARKET'],
  municipalityCodes: ['GM0344'],
  provinceCodes: ['PV26'],
  national: false,
  targetGroups: ['STATUSHOUDERS'],
  budgetRequested: 20_000,
  startsOn: '2026-07-01',
  endsOn: '2027-06-30',
  summary: 'x'.repeat(120),
  description: 'y'.repeat(400),
  coFundingSecured: 5_000,
  text: 'Jobcoaching voor statushouders bij werkgevers in Utrecht',
};
const situation = { today: '2026-06-01', locale: 'nl' as const, placeName: (code: string) => ({ PV26: 'Utrecht' })[code] ?? code };

describe('deadlineFit', () => {
  it.each([
    ['2026-06-30', '2026-06-01', 1, 29],
    ['2026-06-14', '2026-06-01', 1, 13],
    ['2026-06-08', '2026-06-01', 8 / 14, 7],
    ['2026-06-01', '2026-06-01', 1 / 14, 0],
    ['2026-05-31', '2026-06-01', 0, -1],
  ])('deadline %s, today %s: fraction %d, %d days left', (deadline, today, fraction, daysLeft) => {
    const fit = deadlineFit(deadline, today);
    expect(fit.fraction).toBeCloseTo(fraction, 6);
    expect(fit.daysLeft).toBe(daysLeft);
  });
});

describe('textOverlap', () => {
  it.each([
    ['statushouders werkgevers', 'Werkgevers zoeken statushouders', 1],
    ['statushouders werkgevers', 'Taalcoaches', 0],
    ['statushouders werkgevers', 'statushouders', 0.5],
    ['', 'statushouders', 0],
    ['Café ontmoeting, één', 'cafe ONTMOETING', 1],
  ])('%j in %j: %d', (call, initiative, overlap) => {
    expect(textOverlap(call, initiative)).toBeCloseTo(overlap, 6);
  });
});

describe('callAsFund', () => {
  it.each([
    [2, 60_000, 60_000],
    [0, 60_000, 0],
  ])('%d places left, %d left: budget available %d', (placesLeft, budgetLeft, available) => {
    expect(callAsFund({ ...CALL, placesLeft, budgetLeft }).budgetAvailable).toBe(available);
  });
});

describe('scoreCallMatch', () => {
  it('gives one reason per criterion, its score their sum', () => {
    const result = scoreCallMatch(CALL, INITIATIVE, situation);
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
      6,
    );
    // All points but the province's share of geography (a province, not the municipality itself: 0.7 × 25).
    expect(result.score).toBe(92.5);
  });

  it.each([
    ['theme', { themes: ['EDUCATION'] }, 'nl', "Thema's: onderwijs (niet die van de oproep)"],
    ['geography', {}, 'nl', 'De oproep staat open voor Utrecht, waar u werkt'],
    ['geography', { municipalityCodes: ['GM0193'], provinceCodes: ['PV23'] }, 'en', 'The call is not open to GM0193'],
    ['budget', {}, 'nl', 'U vraagt € 20.000; de oproep geeft € 5.000–€ 25.000, nog € 60.000 te verdelen'],
    ['budget', { budgetRequested: 30_000 }, 'en', 'You ask €30,000 (too much); the call grants €5,000–€25,000, €60,000 left to award'],
    ['budget', { budgetRequested: null }, 'nl', 'Geen bedrag gevraagd'],
    ['targetGroup', {}, 'en', 'The call names no target groups, so any fits'],
    ['timing', {}, 'nl', 'Deadline 30 juni 2026: nog 29 dagen'],
    ['text', { text: 'Iets heel anders' }, 'en', 'The text shares no words with the call'],
  ] as const)('%s with %j (%s): %s', (criterion, overrides, locale, explanation) => {
    const result = scoreCallMatch(CALL, { ...INITIATIVE, ...overrides } as CallInitiativeFacts, { ...situation, locale });
    expect(result.reasons.find((r) => r.criterion === criterion)?.explanation).toBe(explanation);
  });

  it('no place left: no budget points', () => {
    const budget = scoreCallMatch({ ...CALL, placesLeft: 0 }, INITIATIVE, situation).reasons.find((r) => r.criterion === 'budget');
    expect(budget?.points).toBe(0);
    expect(budget?.explanation).toBe('De oproep heeft geen plaats of budget meer');
  });
});
